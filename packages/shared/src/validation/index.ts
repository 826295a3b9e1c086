export * from './common-fields.js';
export * from './smtp.js';
export * from './hosted.js';
export * from './templates.js';
export * from './sender.js';
