export * from './schemas/index.js';
export * from './dates/index.js';
export * from './i18n/index.js';
export * from './jsonld/index.js';
export * from './openapi/index.js';
export * from './data/index.js';
export * from './errors/index.js';
export * from './client/index.js';
