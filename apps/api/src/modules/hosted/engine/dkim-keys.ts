import { createPrivateKey, createPublicKey, generateKeyPair } from 'node:crypto';
import { promisify } from 'node:util';

const generateKeyPairAsync = promisify(generateKeyPair);

export type DkimKeyPair = {
  /** SubjectPublicKeyInfo DER in base64: exactly what the DKIM record's `p=` holds. */
  publicKeyBase64: string;
  /** PKCS#8 PEM; encrypt before storing, never return it. */
  privateKeyPem: string;
};

/** 2048 bits: the size receivers expect today and still fits a TXT record in two strings. */
export const DKIM_KEY_BITS = 2048;

export const generateDkimKeyPair = async (): Promise<DkimKeyPair> => {
  const { publicKey, privateKey } = await generateKeyPairAsync('rsa', {
    modulusLength: DKIM_KEY_BITS,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKeyBase64: publicKey.toString('base64'), privateKeyPem: privateKey };
};

/** The `p=` value for a stored private key: lets the service re-render records without keeping the public half. */
export const dkimPublicKeyFromPrivate = (privateKeyPem: string): string =>
  createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'der' }).toString('base64');
