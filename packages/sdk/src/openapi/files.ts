import { NAMED_SCHEMAS, standaloneSchema, type SchemaName } from './components.js';
import { buildOpenApiDocument } from './generate.js';

const text = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

/** Every generated file under packages/sdk/openapi/, path → content; `version`: the SDK's package.json version. */
export function openApiFiles(version: string): Record<string, string> {
  const files: Record<string, string> = { 'openapi.json': text(buildOpenApiDocument(version)) };
  for (const name of Object.keys(NAMED_SCHEMAS) as SchemaName[])
    files[`schemas/${name}.json`] = text(standaloneSchema(name));
  return files;
}
