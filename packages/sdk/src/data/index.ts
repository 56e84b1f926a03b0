// Browser-safe data helpers. assemble.ts (node:fs) is for scripts and tests only.
export {
  validateImportFile,
  assertImportFile,
  parseDueDates,
  jsonPath,
  ImportFileError,
  type DataProblem,
  type ImportResult,
} from './load.js';
export { checkReferences, idsOf, type KnownIds } from './references.js';
export { findUnknownKeys } from './unknown-keys.js';
