// Universal code only: no Node or DOM APIs. The SPA and the API import the same functions,
// so the live preview and the sent email come from one renderer.
export * from './common.js';
export * from './validation/index.js';
export * from './templates/index.js';
export * from './render/index.js';
export * from './smtp/index.js';
export * from './dns/index.js';
