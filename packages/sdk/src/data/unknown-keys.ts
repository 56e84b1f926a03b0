import { standaloneSchema } from '../openapi/components.js';

type Schema = {
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Problem = { path: string; reason: string };

let importFileSchema: Schema | undefined;

function walk(value: unknown, schema: Schema | undefined, path: string, out: Problem[]): void {
  if (!schema || value === null || typeof value !== 'object') return;
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const tries = branches.map((b) => {
      const found: Problem[] = [];
      walk(value, b, path, found);
      return found;
    });
    out.push(...(tries.sort((a, b) => a.length - b.length)[0] ?? []));
    return;
  }
  for (const part of schema.allOf ?? []) walk(value, part, path, out);
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, schema.items, `${path}[${i}]`, out));
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    // Own properties only: `constructor` or `__proto__` must not find Object.prototype's.
    const known = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
    const extra = schema.additionalProperties;
    if (known) walk(v, known, `${path}.${key}`, out);
    else if (typeof extra === 'object') walk(v, extra, `${path}.${key}`, out);
    else if (schema.properties && extra === false)
      out.push({ path: `${path}.${key}`, reason: `unknown field "${key}" (not part of hapur/v1 — a typo?)` });
  }
}

/**
 * Fields a `hapur/v1` file has that the format does not. Resource schemas drop unknown fields
 * silently (so clients survive additions); for hand-written data a stray field is usually a typo.
 */
export function findUnknownKeys(json: unknown): Problem[] {
  importFileSchema ??= standaloneSchema('ImportFile') as Schema;
  const out: Problem[] = [];
  walk(json, importFileSchema, '$', out);
  return out;
}
