/**
 * Removes the SMTP password from any text we return, in every form it takes on the wire:
 * as typed, base64 (AUTH LOGIN) and base64 of "\0user\0password" (AUTH PLAIN). A server that
 * echoes our AUTH line back in its reply must not get the secret into the report.
 */
const REDACTED = '[redacted]';

const base64Forms = (value: string): string[] => {
  const encoded = Buffer.from(value, 'utf8').toString('base64');
  return [encoded, encoded.replace(/=+$/, '')];
};

export type Redactor = (text: string) => string;

export const createRedactor = (username?: string | null, password?: string | null): Redactor => {
  if (!password) return (text) => text;
  const user = username ?? '';
  const secrets = [
    password,
    ...base64Forms(password),
    ...base64Forms(`\0${user}\0${password}`),
    ...base64Forms(`${user}\0${user}\0${password}`),
    encodeURIComponent(password),
  ]
    .filter((secret) => secret.length > 0)
    // Longest first, so that a short form never leaves part of a longer one behind.
    .sort((a, b) => b.length - a.length);
  const unique = [...new Set(secrets)];
  return (text) => unique.reduce((result, secret) => result.split(secret).join(REDACTED), text);
};

/** Server replies are shown to admins: keep them one bounded, printable block. */
export const cleanReply = (reply: string | undefined, redact: Redactor): string | undefined => {
  if (!reply) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const printable = reply.replace(/\r/g, '').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
  const bounded = printable.length > 1000 ? `${printable.slice(0, 1000)}…` : printable;
  return redact(bounded.trim());
};
