import { z } from 'zod';
import { emailAddressSchema, singleLineText } from './common-fields.js';

/** DNS names are at most 253 characters (RFC 1035); longer input is never a real host. */
const MAX_HOST_LENGTH = 253;

const HOST_NAME =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?$/i;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const IPV6_CHARS = /^\[?[0-9a-f:.]+\]?$/i;

/** `URL` exists in browsers and Node alike, so it validates IPv6 literals without a Node API. */
const isIpv6Literal = (value: string): boolean => {
  if (!IPV6_CHARS.test(value) || !value.includes(':')) return false;
  const bare = value.replace(/^\[|\]$/g, '');
  try {
    return new URL(`http://[${bare}]/`).hostname.length > 2;
  } catch {
    return false;
  }
};

export const isValidSmtpHost = (value: string): boolean =>
  HOST_NAME.test(value) || IPV4.test(value) || isIpv6Literal(value);

export const smtpHostSchema = z
  .string({ error: "Enter the SMTP server's host name, for example smtp.example.com." })
  .trim()
  .min(1, "Enter the SMTP server's host name, for example smtp.example.com.")
  .max(
    MAX_HOST_LENGTH,
    `The host name has at most ${MAX_HOST_LENGTH} characters; enter only the server's name.`,
  )
  .regex(
    /^\S+$/,
    'The host name must not contain spaces or line breaks; enter only the name, e.g. smtp.example.com.',
  )
  .refine(
    isValidSmtpHost,
    'Enter a valid host name or IP address without "smtp://" or a port, for example smtp.example.com (use the xn-- form for international names).',
  );

export const smtpPortSchema = z
  .number({ error: 'Enter the port as a number, for example 465 (TLS on) or 587 (TLS off).' })
  .int('The port is a whole number, for example 465 (TLS on) or 587 (TLS off).')
  .min(1, 'Enter a port between 1 and 65535, for example 465 (TLS on) or 587 (TLS off).')
  .max(65535, 'Enter a port between 1 and 65535, for example 465 (TLS on) or 587 (TLS off).');

export const smtpSettingsInputSchema = z.object({
  host: smtpHostSchema,
  port: smtpPortSchema,
  secure: z.boolean({ error: 'Choose whether TLS is on (port 465) or off (STARTTLS on port 587 or 25).' }),
  username: singleLineText('The user name', 200).optional().nullable(),
  // Not trimmed and not restricted: a password may contain anything; only its length is bounded.
  password: z
    .string({ error: 'Enter the password as text.' })
    .max(500, 'The password has at most 500 characters.')
    .optional()
    .nullable(),
  fromEmail: emailAddressSchema,
  fromName: singleLineText('The sender name', 120).optional().nullable(),
});

export type SmtpSettingsInput = z.infer<typeof smtpSettingsInputSchema>;

/** The manual's recommendation: TLS on → 465 (implicit TLS); TLS off → 587 (STARTTLS). */
export const suggestedPortFor = (secure: boolean): number => (secure ? 465 : 587);
