import { describe, expect, it } from 'vitest';
import { normalizeHostedDomain, relativeHost } from './domain.js';
import { decodePunycode } from './punycode.js';

const platformDomains = ['ametrika.com', 'analytics-report.com'];
const ok = (input: string) => {
  const result = normalizeHostedDomain(input, { platformDomains });
  if (!result.ok) throw new Error(result.message);
  return result.domain;
};
const code = (input: string) => {
  const result = normalizeHostedDomain(input, { platformDomains });
  return result.ok ? 'OK' : result.code;
};

describe('normalizeHostedDomain', () => {
  it('lower-cases, trims and finds the registrable zone', () => {
    expect(ok(' Mail.Example.COM. ')).toEqual({
      ascii: 'mail.example.com',
      unicode: 'mail.example.com',
      registrable: 'example.com',
    });
    expect(ok('news.example.co.uk').registrable).toBe('example.co.uk');
  });

  it('converts IDN to Punycode and shows both forms', () => {
    expect(ok('München.de')).toEqual({
      ascii: 'xn--mnchen-3ya.de',
      unicode: 'münchen.de',
      registrable: 'xn--mnchen-3ya.de',
    });
    expect(ok('xn--mnchen-3ya.de').unicode).toBe('münchen.de');
    expect(ok('mail.例え.jp')).toMatchObject({ ascii: 'mail.xn--r8jz45g.jp', unicode: 'mail.例え.jp' });
    expect(ok('ｅｘａｍｐｌｅ．ｃｏｍ').ascii).toBe('example.com');
  });

  it.each([
    ['', 'EMPTY'],
    ['192.0.2.1', 'IP_LITERAL'],
    ['1.2.3', 'IP_LITERAL'],
    ['[2001:db8::1]', 'IP_LITERAL'],
    ['2001:db8::1', 'IP_LITERAL'],
    ['localhost', 'SINGLE_LABEL'],
    ['example', 'SINGLE_LABEL'],
    ['com', 'SINGLE_LABEL'],
    ['co.uk', 'PUBLIC_SUFFIX'],
    ['github.io', 'PUBLIC_SUFFIX'],
    [`${'a'.repeat(64)}.com`, 'LABEL_TOO_LONG'],
    [`${'abcdefghi.'.repeat(25)}example.com`, 'NAME_TOO_LONG'],
    ['exa mple.com', 'INVALID_CHARACTERS'],
    ['ex_ample.com', 'INVALID_CHARACTERS'],
    ['a..b.com', 'INVALID_CHARACTERS'],
    ['-ab.com', 'INVALID_CHARACTERS'],
    ['https://example.com/', 'NOT_A_DOMAIN'],
    ['news@example.com', 'NOT_A_DOMAIN'],
    ['ametrika.com', 'PLATFORM_DOMAIN'],
    ['mail.Analytics-Report.com', 'PLATFORM_DOMAIN'],
  ])('refuses %j with %s', (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it('names the field and the fix in every message', () => {
    const result = normalizeHostedDomain('co.uk');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Domain: .*example\.co\.uk/);
  });

  it('gives hosts relative to the zone', () => {
    expect(relativeHost('example.com', 'example.com')).toBe('@');
    expect(relativeHost('_dmarc.mail.example.com', 'example.com')).toBe('_dmarc.mail');
  });
});

describe('decodePunycode', () => {
  it('decodes RFC 3492 samples and refuses garbage', () => {
    expect(decodePunycode('mnchen-3ya')).toBe('münchen');
    expect(decodePunycode('r8jz45g')).toBe('例え');
    expect(decodePunycode('zz!')).toBeNull();
  });
});
