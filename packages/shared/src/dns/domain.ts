import { getDomain } from 'tldts';
import { decodePunycode } from './punycode.js';

export type NormalizedDomain = {
  /** Punycode form, lower case: what DNS and the records use. */
  ascii: string;
  /** The same name for display (IDN labels decoded). */
  unicode: string;
  /** The zone the admin edits: the name one level below its public suffix. */
  registrable: string;
};

export type DomainErrorCode =
  | 'EMPTY'
  | 'NOT_A_DOMAIN'
  | 'IP_LITERAL'
  | 'INVALID_CHARACTERS'
  | 'SINGLE_LABEL'
  | 'LABEL_TOO_LONG'
  | 'NAME_TOO_LONG'
  | 'PUBLIC_SUFFIX'
  | 'PLATFORM_DOMAIN';

export type DomainNormalization =
  | { ok: true; domain: NormalizedDomain }
  | { ok: false; code: DomainErrorCode; message: string };

const fail = (code: DomainErrorCode, message: string): DomainNormalization => ({ ok: false, code, message });

const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
// Letters and digits of any script, marks (for IDN), dots (also the ideographic full stops
// that UTS 46 maps to a dot) and hyphens. Everything else is refused before parsing so that
// the URL parser never sees `/`, `@`, `%` or spaces.
const RAW_ALLOWED = /^[\p{L}\p{M}\p{N}.\u3002\uff0e\uff61-]+$/u;
const IPV4_LIKE = /^[0-9.]+$/;

const toAscii = (name: string): string | null => {
  try {
    return new URL(`http://${name}`).hostname;
  } catch {
    return null;
  }
};

/** `xn--mnchen-3ya.de` → `münchen.de`, or null when a label is not valid Punycode. */
export const asciiToUnicodeDomain = (ascii: string): string | null => {
  const labels: string[] = [];
  for (const label of ascii.split('.')) {
    if (!label.startsWith('xn--')) {
      labels.push(label);
      continue;
    }
    const decoded = decodePunycode(label.slice(4));
    if (decoded === null || decoded === '') return null;
    labels.push(decoded);
  }
  return labels.join('.');
};

const isSameOrSubdomain = (name: string, parent: string) => name === parent || name.endsWith(`.${parent}`);

/**
 * Turns what an admin typed into the name we generate records for, or says why not.
 * `platformDomains` are the operator's own sending domains: nobody may claim them.
 */
export const normalizeHostedDomain = (
  input: string,
  options: { platformDomains?: readonly string[] } = {},
): DomainNormalization => {
  const trimmed = input.trim().replace(/\.$/, '');
  if (trimmed === '') return fail('EMPTY', 'Domain: enter the domain you send from, such as example.com.');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || trimmed.includes('/')) {
    return fail('NOT_A_DOMAIN', 'Domain: enter only the name, without http:// or a path (example.com).');
  }
  if (trimmed.includes('@')) {
    return fail('NOT_A_DOMAIN', 'Domain: enter the domain only, not an email address (example.com).');
  }
  if (trimmed.includes(':') || trimmed.startsWith('[') || IPV4_LIKE.test(trimmed)) {
    return fail(
      'IP_LITERAL',
      'Domain: an IP address cannot send email; enter a domain name such as example.com.',
    );
  }
  if (!RAW_ALLOWED.test(trimmed)) {
    return fail(
      'INVALID_CHARACTERS',
      'Domain: use only letters, digits, hyphens and dots (no spaces or underscores).',
    );
  }
  const ascii = toAscii(trimmed);
  if (ascii === null)
    return fail('INVALID_CHARACTERS', 'Domain: this is not a valid domain name; check the spelling.');
  const labels = ascii.split('.');
  // The WHATWG parser reads `1.2.3` or `0x7f.1` as IPv4; TLDs are never numeric.
  if (/^(?:0x[0-9a-f]*|[0-9]+)$/i.test(labels[labels.length - 1] ?? '')) {
    return fail(
      'IP_LITERAL',
      'Domain: an IP address cannot send email; enter a domain name such as example.com.',
    );
  }
  if (labels.length < 2) {
    return fail(
      'SINGLE_LABEL',
      'Domain: enter a full domain with its ending, such as example.com, not just a name.',
    );
  }
  if (labels.some((label) => label.length > 63)) {
    return fail('LABEL_TOO_LONG', 'Domain: each part between dots has at most 63 characters; shorten it.');
  }
  if (ascii.length > 253) {
    return fail('NAME_TOO_LONG', 'Domain: a domain name has at most 253 characters; use a shorter one.');
  }
  if (!labels.every((label) => LABEL.test(label))) {
    return fail(
      'INVALID_CHARACTERS',
      'Domain: parts may not be empty or start or end with a hyphen, and may contain only letters, digits and hyphens.',
    );
  }
  const unicode = asciiToUnicodeDomain(ascii);
  if (unicode === null)
    return fail('INVALID_CHARACTERS', 'Domain: this is not a valid international domain name.');
  // Private suffixes (github.io, herokuapp.com) count too: their owners, not the admin, run those zones.
  const registrable = getDomain(ascii, { allowPrivateDomains: true });
  if (!registrable) {
    return fail(
      'PUBLIC_SUFFIX',
      `Domain: "${unicode}" is a public ending that nobody owns; enter your own domain below it, such as example.${unicode}.`,
    );
  }
  for (const platform of options.platformDomains ?? []) {
    const platformAscii = toAscii(platform.trim().replace(/\.$/, '')) ?? platform.toLowerCase();
    if (isSameOrSubdomain(ascii, platformAscii)) {
      return fail(
        'PLATFORM_DOMAIN',
        `Domain: ${platformAscii} belongs to the platform; enter your own domain.`,
      );
    }
  }
  return { ok: true, domain: { ascii, unicode, registrable } };
};

/** The name relative to its zone, as DNS panels ask for it: `@` for the apex. */
export const relativeHost = (name: string, zone: string): string => {
  if (name === zone) return '@';
  return name.endsWith(`.${zone}`) ? name.slice(0, -(zone.length + 1)) : name;
};
