// DNS rules of the hosted domain: universal, so the SPA shows exactly what the API checks.
export * from './types.js';
export * from './domain.js';
export * from './punycode.js';
export * from './spf.js';
export * from './selector.js';
export * from './records.js';
export * from './normalize.js';
export * from './compare.js';
export * from './domain-status.js';
export * from './zone-file.js';
export * from './providers.js';
export * from './provider-guides.js';
export * from './cloudflare.js';
