/**
 * Resolves a customer's SMTP host exactly once and pins the address, so that a DNS answer that
 * changes between check and connect (DNS rebinding) cannot steer us into an internal network.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Localized } from '../../../i18n/localized.js';
import { checkAddress, parseNumericIpv4 } from './address-policy.js';
import { policyText } from './messages.js';

export const DEFAULT_SMTP_PORTS: readonly number[] = [25, 465, 587, 2525];

export type SmtpPolicyRule = 'INVALID_HOST' | 'UNRESOLVABLE' | 'PRIVATE_ADDRESS' | 'PORT_NOT_ALLOWED';

export class SmtpPolicyError extends Error {
  override readonly name = 'SmtpPolicyError';
  constructor(
    readonly rule: SmtpPolicyRule,
    /** The refusal in both languages; `message` is the English one, for logs and the delivery log. */
    readonly text: Localized,
    /** The system code behind UNRESOLVABLE (ENOTFOUND, EAI_AGAIN), for the hint. */
    readonly errorCode?: string,
  ) {
    super(text.en);
  }
}

export type LookupAddress = { address: string; family: number };
/** Same contract as `dns.promises.lookup(host, { all: true })`; tests inject their own answers. */
export type LookupFn = (host: string) => Promise<LookupAddress[]>;

export type ResolveSmtpHostOptions = {
  port: number;
  allowPrivate: boolean;
  allowedPorts?: readonly number[];
  lookup?: LookupFn;
};

export type ResolvedSmtpHost = { host: string; address: string; family: 4 | 6 };

const systemLookup: LookupFn = (host) => dnsLookup(host, { all: true, verbatim: true });

/** Checks the port, resolves the host once and refuses special addresses (unless allowPrivate). */
export const resolveSmtpHost = async (
  rawHost: string,
  options: ResolveSmtpHostOptions,
): Promise<ResolvedSmtpHost> => {
  assertSmtpPortAllowed(options.port, options.allowedPorts);
  return resolveSmtpAddress(rawHost, options);
};

export const assertSmtpPortAllowed = (
  port: number,
  allowedPorts: readonly number[] = DEFAULT_SMTP_PORTS,
): void => {
  if (allowedPorts.includes(port)) return;
  throw new SmtpPolicyError('PORT_NOT_ALLOWED', policyText.portNotAllowed(port, allowedPorts));
};

/** The address half of resolveSmtpHost, for callers that try several ports of one host. */
export const resolveSmtpAddress = async (
  rawHost: string,
  options: { allowPrivate: boolean; lookup?: LookupFn },
): Promise<ResolvedSmtpHost> => {
  const host = rawHost.trim().replace(/^\[(.*)\]$/, '$1');
  if (!host || /[\s/\\@]/.test(host) || host.length > 253) {
    throw new SmtpPolicyError('INVALID_HOST', policyText.invalidHost(host.slice(0, 80)));
  }
  const addresses = await lookupAll(host, options.lookup ?? systemLookup);
  if (!options.allowPrivate) {
    // Every answer must pass, not just the pinned one: a mixed answer is a rebinding attempt or a misconfiguration.
    for (const candidate of addresses) {
      const verdict = checkAddress(candidate.address);
      if (verdict.allowed) continue;
      throw new SmtpPolicyError(
        'PRIVATE_ADDRESS',
        policyText.privateAddress(host, verdict.address, verdict.reason),
      );
    }
  }
  const pinned = addresses[0];
  return { host, address: pinned.address, family: pinned.family === 6 ? 6 : 4 };
};

const lookupAll = async (host: string, lookup: LookupFn): Promise<LookupAddress[]> => {
  // Literal and numeric hosts never go to DNS: they are the address the OS would connect to.
  const literalFamily = isIP(host);
  if (literalFamily) return [{ address: host, family: literalFamily }];
  const numeric = parseNumericIpv4(host);
  if (numeric) return [{ address: numeric, family: 4 }];

  let answers: LookupAddress[];
  try {
    answers = await lookup(host);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EDNS';
    const text =
      code === 'ENOTFOUND' || code === 'ENODATA'
        ? policyText.notInDns(host)
        : policyText.unresolvable(host, code);
    throw new SmtpPolicyError('UNRESOLVABLE', text, code);
  }
  if (answers.length === 0) throw new SmtpPolicyError('UNRESOLVABLE', policyText.noAddress(host), 'ENODATA');
  // An answer that is not a clean IP cannot be checked; refuse the host rather than skip the answer.
  if (answers.some((answer) => !isIP(answer.address))) {
    throw new SmtpPolicyError('UNRESOLVABLE', policyText.notAnIp(host), 'EBADRESP');
  }
  return answers;
};
