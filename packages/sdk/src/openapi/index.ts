export { buildOpenApiDocument } from './generate.js';
export { NAMED_SCHEMAS, componentSchemas, standaloneSchema, type SchemaName } from './components.js';
