import { z } from 'zod';
import { normalizeHostedDomain } from '../dns/domain.js';
import { singleLineText } from './common-fields.js';

/** The operator's defaults (DESIGN.md); the API passes its configured domains instead. */
export const DEFAULT_PLATFORM_MAIL_DOMAINS = ['ametrika.com', 'analytics-report.com'] as const;

// RFC 5322 dot-atom: what a local part may hold without quoting. Quoted local parts and
// UTF-8 local parts are valid but break at enough receivers that we do not offer them.
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

export type HostedDomainInput = { domain: string; fromEmail: string; fromName?: string | null };

/**
 * The hosted-domain form: the SPA validates with it and the API parses with it again.
 * The output is normalised: `domain` in Punycode, `fromEmail` as a full address on it.
 */
export const createHostedDomainInputSchema = (
  platformDomains: readonly string[] = DEFAULT_PLATFORM_MAIL_DOMAINS,
) =>
  z
    .object({
      domain: z.string({ error: 'Domain: enter the domain you send from, such as example.com.' }),
      fromEmail: z.string({ error: 'Sender address: enter a name such as news, or news@your-domain.' }),
      fromName: singleLineText('Sender name', 120)
        .regex(/^[^"<>\\]*$/, 'Sender name: remove quotes ("), angle brackets (< >) and backslashes.')
        .optional()
        .nullable(),
    })
    .transform((input, ctx) => {
      const normalized = normalizeHostedDomain(input.domain, { platformDomains });
      if (!normalized.ok) {
        ctx.addIssue({ code: 'custom', path: ['domain'], message: normalized.message });
        return z.NEVER;
      }
      const { ascii } = normalized.domain;
      const raw = input.fromEmail.trim();
      const at = raw.lastIndexOf('@');
      const local = at >= 0 ? raw.slice(0, at) : raw;
      if (at >= 0) {
        const addressDomain = normalizeHostedDomain(raw.slice(at + 1));
        if (!addressDomain.ok || addressDomain.domain.ascii !== ascii) {
          ctx.addIssue({
            code: 'custom',
            path: ['fromEmail'],
            message: `Sender address: it must end in @${normalized.domain.unicode}; enter just the part before the @.`,
          });
          return z.NEVER;
        }
      }
      if (local === '' || local.length > 64 || !DOT_ATOM.test(local)) {
        ctx.addIssue({
          code: 'custom',
          path: ['fromEmail'],
          message:
            'Sender address: use up to 64 letters, digits, dots, hyphens or underscores before the @ (for example news or no-reply).',
        });
        return z.NEVER;
      }
      const fromName = input.fromName ? input.fromName : null;
      return {
        domain: ascii,
        domainUnicode: normalized.domain.unicode,
        fromEmail: `${local}@${ascii}`,
        fromName,
      };
    });

export const hostedDomainInputSchema = createHostedDomainInputSchema();
export type HostedDomainInputParsed = z.output<typeof hostedDomainInputSchema>;
