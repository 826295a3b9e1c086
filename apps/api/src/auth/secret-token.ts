import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret. Only its SHA-256 is ever stored. */
export function createSecretToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
