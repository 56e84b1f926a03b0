import type * as z from 'zod/mini';
import { API_ROUTES, problemStatuses, type ParamDoc, type RouteOutput, type RouteSpec } from '../routes/table.js';
import { NAMED_SCHEMAS } from './components.js';
import type { Json } from './helpers.js';

const NAMES = new Map<unknown, string>(Object.entries(NAMED_SCHEMAS).map(([name, schema]) => [schema, name]));

/** A `$ref` to a named schema; a schema the document does not name is a mistake in the route table. */
function ref(schema: z.ZodMiniType): Json {
  const name = NAMES.get(schema);
  if (name === undefined) throw new Error('Route table: a schema without a name in NAMED_SCHEMAS');
  return { $ref: `#/components/schemas/${name}` };
}

/** The header of a `201` that created a resource at its own URL. */
const LOCATION: Json = {
  Location: { description: 'The URL of the created resource', schema: { type: 'string', format: 'uri-reference' } },
};

function success(output: RouteOutput): Json {
  const description = output.description ?? 'OK';
  if ('content' in output) {
    const content = Object.fromEntries(Object.entries(output.content).map(([type, schema]) => [type, { schema }]));
    return { description, content };
  }
  if ('json' in output) return { description, content: { 'application/json': { schema: output.json } } };
  const schema = output.list
    ? { type: 'object', properties: { items: { type: 'array', items: ref(output.schema) } }, required: ['items'] }
    : ref(output.schema);
  const others = Object.entries(output.alternatives ?? {}).map(([type, alt]) => [type, { schema: alt }]);
  return { description, content: { 'application/json': { schema }, ...Object.fromEntries(others) } };
}

const parameter = (where: 'path' | 'query', [name, doc]: [string, ParamDoc]): Json => ({
  name,
  in: where,
  required: where === 'path',
  description: doc.description,
  schema: doc.schema ?? { type: 'string' },
});

function operation(route: RouteSpec): Json {
  const parameters = [
    ...Object.entries(route.pathParams as Record<string, ParamDoc>).map((e) => parameter('path', e)),
    ...Object.entries(route.queryParams as Record<string, ParamDoc>).map((e) => parameter('query', e)),
    ...(route.headers ?? []),
    ...(route.method === 'GET' ? [{ $ref: '#/components/parameters/IfNoneMatch' }] : []),
  ];
  const problems = problemStatuses(route).map((s) => [String(s), { $ref: `#/components/responses/Problem${s}` }]);
  return {
    operationId: route.id,
    summary: route.summary,
    ...(route.staff ? { security: [{ bearer: [] }] } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    // A body every field of which is optional may be left out (the server reads none as `{}`).
    ...(route.input
      ? {
          requestBody: {
            required: !route.input.safeParse({}).success,
            content: { 'application/json': { schema: ref(route.input) } },
          },
        }
      : {}),
    responses: {
      [String(route.output.status ?? 200)]: success(route.output),
      ...(route.output.created
        ? { '201': { ...success({ ...route.output, description: route.output.created }), headers: LOCATION } }
        : {}),
      // Every read answers with an ETag, and 304 to a request that sends it back (the server's conditional.test.ts).
      ...(route.method === 'GET' ? { '304': { $ref: '#/components/responses/NotModified' } } : {}),
      ...Object.fromEntries(problems),
    },
  };
}

/** The document's `paths`, one operation per entry of the route table. */
export function apiPaths(): Json {
  const paths: Record<string, Json> = {};
  for (const route of Object.values(API_ROUTES) as RouteSpec[]) {
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation(route) };
  }
  return paths;
}
