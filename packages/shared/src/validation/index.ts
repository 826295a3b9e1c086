export * from './common-fields.js';
