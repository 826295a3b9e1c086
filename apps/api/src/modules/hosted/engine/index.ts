// Node side of the hosted domain: DNS lookups, verification, DKIM keys and signing options.
export * from './dns-client.js';
export * from './verify-records.js';
export * from './dkim-keys.js';
export * from './dkim-signing.js';
