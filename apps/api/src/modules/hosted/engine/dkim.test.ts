import { createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DKIM_KEY_BITS, dkimPublicKeyFromPrivate, generateDkimKeyPair } from './dkim-keys.js';
import { hostedDkimOptions, hostedEnvelopeFrom } from './dkim-signing.js';

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

describe('hostedDkimOptions', () => {
  const transport = {
    kind: 'hosted' as const,
    domain: 'mail.example.com',
    selector: 'am202611',
    privateKeySealed: 'v1:sealed',
  };

  it("signs as the snapshot's domain and selector with the opened key", () => {
    expect(hostedDkimOptions(transport, 'PEM')).toEqual({
      domainName: 'mail.example.com',
      keySelector: 'am202611',
      privateKey: 'PEM',
    });
  });

  it('bounces to bounce.<domain>', () => {
    expect(hostedEnvelopeFrom('mail.example.com')).toBe('bounces@bounce.mail.example.com');
  });
});
