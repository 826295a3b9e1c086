import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('configuration', () => {
  it('runs on defaults: SQLite in ./data, port 4000, built-in mailbox', () => {
    const config = parseConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toMatchObject({ type: 'sqlite' });
    expect(config.relaySmtpUrl).toBeUndefined();
    expect(config.smtpAllowedPorts).toEqual([25, 465, 587, 2525]);
    expect(config.platformMailDomain).toBe('ametrika.com');
    expect(config.whiteLabelMailDomain).toBe('analytics-report.com');
  });

  it('names the variable and the fix for every bad value', () => {
    expect(problems({ PORT: 'abc' })[0]).toMatch(/^PORT must be a whole number/);
    expect(problems({ DATABASE_URL: 'mysql://x' })[0]).toMatch(/^DATABASE_URL must start with postgres:\/\//);
    expect(problems({ APP_SECRET: 'short' })[0]).toMatch(
      /^APP_SECRET must be at least 32 characters; generate/,
    );
    expect(problems({ SMTP_ALLOW_PRIVATE_HOSTS: 'maybe' })[0]).toMatch(
      /^SMTP_ALLOW_PRIVATE_HOSTS must be true or false/,
    );
    expect(problems({ RELAY_SMTP_URL: 'relay.example.com' })[0]).toMatch(
      /^RELAY_SMTP_URL must look like smtp:\/\//,
    );
    expect(problems({ SMTP_CA_FILE: '/nope.pem' })[0]).toMatch(/^SMTP_CA_FILE: no file at \/nope.pem/);
    expect(problems({ PORT: '70000', ADMIN_EMAIL: 'x' })).toHaveLength(2);
  });

  it('marks cookies Secure when the public URL is https', () => {
    expect(parseConfig({ PUBLIC_URL: 'https://mail.example.com/' }).secureCookies).toBe(true);
    expect(parseConfig({ PUBLIC_URL: 'https://mail.example.com/' }).publicUrl).toBe(
      'https://mail.example.com',
    );
  });
});
