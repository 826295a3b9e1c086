import { describe, expect, it } from 'vitest';
import { createHostedDomainInputSchema, hostedDomainInputSchema } from './hosted.js';

const issues = (input: unknown) => {
  const result = hostedDomainInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('hostedDomainInputSchema', () => {
  it('normalises domain and sender', () => {
    expect(
      hostedDomainInputSchema.parse({ domain: 'Mail.München.de', fromEmail: 'News', fromName: ' Reports ' }),
    ).toEqual({
      domain: 'mail.xn--mnchen-3ya.de',
      domainUnicode: 'mail.münchen.de',
      fromEmail: 'News@mail.xn--mnchen-3ya.de',
      fromName: 'Reports',
    });
    expect(
      hostedDomainInputSchema.parse({ domain: 'münchen.de', fromEmail: 'a.b@MÜNCHEN.de' }).fromEmail,
    ).toBe('a.b@xn--mnchen-3ya.de');
  });

  it('refuses an address on another domain', () => {
    expect(issues({ domain: 'example.com', fromEmail: 'news@other.com' })).toEqual([
      'fromEmail: Sender address: it must end in @example.com; enter just the part before the @.',
    ]);
  });

  it('refuses a bad local part', () => {
    expect(issues({ domain: 'example.com', fromEmail: 'a b' })[0]).toMatch(/^fromEmail: Sender address/);
    expect(issues({ domain: 'example.com', fromEmail: '@example.com' })[0]).toMatch(/^fromEmail:/);
    expect(issues({ domain: 'example.com', fromEmail: 'a..b' })[0]).toMatch(/^fromEmail:/);
  });

  it.each([
    'Evil\r\nBcc: x@y.z',
    'Evil\nName',
    'A "quoted" name',
    'x <a@b.c>',
    'back\\slash',
    'x'.repeat(121),
  ])('refuses the sender name %j', (fromName) => {
    expect(issues({ domain: 'example.com', fromEmail: 'news', fromName })[0]).toMatch(
      /^fromName: Sender name/,
    );
  });

  it('refuses the domain with a field error, including configured platform domains', () => {
    expect(issues({ domain: 'co.uk', fromEmail: 'news' })[0]).toMatch(/^domain: Domain: /);
    const schema = createHostedDomainInputSchema(['mail.operator.example']);
    expect(schema.safeParse({ domain: 'x.mail.operator.example', fromEmail: 'a' }).success).toBe(false);
  });
});
