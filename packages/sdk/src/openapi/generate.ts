import { componentSchemas } from './components.js';
import { PROBLEM_TITLES, type Json } from './helpers.js';
import { apiPaths } from './paths.js';

/**
 * The OpenAPI 3.1 document of Hapur's HTTP API (`/api/v1`), built from the route table and the zod schemas.
 * `version` is the releasing package's (`info.version`): the server passes its own, the committed
 * `openapi/openapi.json` has the SDK's, both read from their package.json.
 */
export function buildOpenApiDocument(version: string): Json {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Hapur API',
      version,
      description:
        'Open-government data: action plans, public services, feedback, proactive publication. Errors are RFC 9457 problem details.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/api/v1' }],
    paths: apiPaths(),
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Staff token' } },
      parameters: {
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description:
            'The ETag of a copy the client holds: the answer is 304, with no body, while that copy is current.',
          schema: { type: 'string' },
        },
      },
      responses: {
        NotModified: {
          description: 'Not Modified: the copy named in If-None-Match is current.',
          headers: { ETag: { description: 'The current version', schema: { type: 'string' } } },
        },
        ...Object.fromEntries(
          Object.entries(PROBLEM_TITLES).map(([code, description]) => [
            `Problem${code}`,
            {
              description,
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
            },
          ]),
        ),
      },
    },
  };
}
