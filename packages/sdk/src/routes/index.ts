// @hapur/sdk/routes: the route table (ADR 0006). paths.ts is zod-free; table.ts carries the schemas.
export * from './paths.js';
export * from './table.js';
