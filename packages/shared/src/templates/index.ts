export * from './catalog.js';
export { FOOTER_DEFINITION } from './footer.js';
export { GLOBAL_VARIABLES } from './globals.js';
export * from './types.js';
