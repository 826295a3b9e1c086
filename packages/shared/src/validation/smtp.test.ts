import { describe, expect, it } from 'vitest';
import { smtpSettingsInputSchema, suggestedPortFor } from './smtp.js';

const valid = { host: 'smtp.example.com', port: 465, secure: true, fromEmail: 'news@example.com' };

const errorFor = (input: unknown, field: string): string | undefined => {
  const result = smtpSettingsInputSchema.safeParse(input);
  if (result.success) return undefined;
  return result.error.issues.find((issue) => issue.path[0] === field)?.message;
};

describe('smtpSettingsInputSchema', () => {
  it('accepts host names and IP literals', () => {
    for (const host of [
      'smtp.example.com',
      'mail-1.example.co.uk',
      '203.0.113.7',
      '2001:db8::1',
      '[2001:db8::1]',
    ]) {
      expect(smtpSettingsInputSchema.safeParse({ ...valid, host }).success, host).toBe(true);
    }
  });

  it.each([
    ['', /host name, for example smtp\.example\.com/],
    ['smtp .example.com', /spaces or line breaks/],
    ['smtp.example.com\r\nRCPT TO:<x>', /spaces or line breaks/],
    ['smtp://smtp.example.com', /valid host name/],
    ['smtp.example.com:587', /valid host name/],
    [`${'a'.repeat(2048)}.com`, /at most 253/],
  ])('refuses host %j with a message naming the field and the fix', (host, message) => {
    expect(errorFor({ ...valid, host }, 'host')).toMatch(message);
  });

  it.each([0, 70000, 25.5])('refuses port %s', (port) => {
    expect(errorFor({ ...valid, port }, 'port')).toMatch(/port/i);
  });

  it('refuses control characters in the sender name and bad addresses', () => {
    expect(errorFor({ ...valid, fromName: 'Ametrika\r\nBcc: x@example.com' }, 'fromName')).toMatch(
      /sender name/,
    );
    expect(errorFor({ ...valid, fromEmail: 'not-an-address' }, 'fromEmail')).toMatch(/valid email/);
    expect(errorFor({ ...valid, username: 'u'.repeat(201) }, 'username')).toMatch(/200/);
    expect(errorFor({ ...valid, password: 'p'.repeat(501) }, 'password')).toMatch(/500/);
  });
});

describe('suggestedPortFor', () => {
  it('proposes 465 for TLS on and 587 for TLS off', () => {
    expect(suggestedPortFor(true)).toBe(465);
    expect(suggestedPortFor(false)).toBe(587);
  });
});
