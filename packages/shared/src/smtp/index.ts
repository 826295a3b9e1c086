export * from './classify.js';
export * from './hints-de.js';
export * from './hints-en.js';
export * from './stages.js';
