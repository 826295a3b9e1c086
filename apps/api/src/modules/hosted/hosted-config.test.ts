import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../config/config.js';

describe("the platform's DNS identity in the configuration", () => {
  it('derives the defaults from PLATFORM_MAIL_DOMAIN', () => {
    expect(parseConfig({ PLATFORM_MAIL_DOMAIN: 'mail.example.org' }).platformDns).toEqual({
      spfInclude: '_spf.mail.example.org',
      bounceHost: 'bounce.mail.example.org',
      dmarcRua: 'dmarc@mail.example.org',
    });
  });

  it('takes explicit values, with underscores and a trailing dot', () => {
    const config = parseConfig({
      PLATFORM_SPF_INCLUDE: '_SPF.Relay.example.net.',
      PLATFORM_BOUNCE_HOST: 'returns.example.net',
      DMARC_RUA: 'Reports@example.net',
    });
    expect(config.platformDns).toEqual({
      spfInclude: '_spf.relay.example.net',
      bounceHost: 'returns.example.net',
      dmarcRua: 'reports@example.net',
    });
  });

  it('refuses bad values with a message naming the variable', () => {
    for (const [name, value] of [
      ['PLATFORM_SPF_INCLUDE', 'include:_spf.example.net'],
      ['PLATFORM_BOUNCE_HOST', 'http://bounce.example.net'],
      ['DMARC_RUA', 'mailto:dmarc@example.net'],
    ] as const) {
      const attempt = () => parseConfig({ [name]: value });
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow(new RegExp(`${name} must be`));
    }
  });
});
