// hapur.all.js: the HTTP error classes are inside (the SDK core uses them), so `loadDocument` takes `httpErrorFrom`
// as it is, instead of importing it on first failure (`http-error-lazy.ts`).
export { httpErrorFrom as httpError } from '../errors/http-error-from.js';
