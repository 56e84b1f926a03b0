import { readFileSync } from 'node:fs';

/**
 * This package's version, read from its package.json (src/ and dist/ both sit one level below it), so the
 * OpenAPI document and `hapur-server --version` say the version that `changeset version` wrote.
 */
export const SERVER_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
