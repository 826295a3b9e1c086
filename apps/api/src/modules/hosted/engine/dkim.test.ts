import { createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DKIM_KEY_BITS, dkimPublicKeyFromPrivate, generateDkimKeyPair } from './dkim-keys.js';
import { hostedMessageOptions } from './dkim-signing.js';

describe('DKIM keys', () => {
  it('generates a 2048-bit RSA pair whose public half is the SPKI DER that p= wants', async () => {
    const { publicKeyBase64, privateKeyPem } = await generateDkimKeyPair();
    const key = createPublicKey({ key: Buffer.from(publicKeyBase64, 'base64'), format: 'der', type: 'spki' });
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(DKIM_KEY_BITS);
    expect(publicKeyBase64).toMatch(/^MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA[A-Za-z0-9+/]+={0,2}$/);
    expect(privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(dkimPublicKeyFromPrivate(privateKeyPem)).toBe(publicKeyBase64);
  });
});

describe('hostedMessageOptions', () => {
  it('signs as the domain, bounces to bounce.<domain> and keeps a stable Message-ID', () => {
    const sender = {
      domain: 'mail.example.com',
      dkimSelector: 'am202611',
      dkimPrivateKeyPem: 'PEM',
      fromEmail: 'news@mail.example.com',
      fromName: 'News',
    };
    expect(hostedMessageOptions(sender, { to: 'a@b.test', messageKey: 'row-1' })).toEqual({
      from: { name: 'News', address: 'news@mail.example.com' },
      envelope: { from: 'bounces@bounce.mail.example.com', to: ['a@b.test'] },
      messageId: '<row-1@mail.example.com>',
      dkim: { domainName: 'mail.example.com', keySelector: 'am202611', privateKey: 'PEM' },
    });
    expect(hostedMessageOptions(sender, { to: ['x@y.test'] }).messageId).toMatch(
      /^<[0-9a-f-]{36}@mail\.example\.com>$/,
    );
  });
});
