import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiFiles } from './files.js';
import { buildOpenApiDocument } from './generate.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'openapi');
const { version: SDK_VERSION } = JSON.parse(readFileSync(join(OUT, '..', 'package.json'), 'utf8')) as {
  version: string;
};

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) refs(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) k === '$ref' && typeof v === 'string' ? out.push(v) : refs(v, out);
  }
  return out;
}

describe('OpenAPI document', () => {
  const doc = buildOpenApiDocument('1.2.3') as {
    openapi: string;
    info: { version: string };
    paths: Record<string, Record<string, { operationId: string }>>;
    components: Record<string, Record<string, unknown>>;
  };
  it('is OpenAPI 3.1 and every $ref resolves inside the document', () => {
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(doc.info.version, '1.2.3', 'the version given, never a constant');
    for (const r of refs(doc)) {
      const [, section, name] = /^#\/components\/(schemas|responses|parameters)\/(.+)$/.exec(r) ?? [];
      assert.ok(section && name && doc.components[section]?.[name] !== undefined, `unresolved ${r}`);
    }
  });
  it('lists each value of an enum once (a generated client would repeat the member of its enum type)', () => {
    const repeated: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}[${i}]`));
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'enum' && Array.isArray(v) && new Set(v).size !== v.length) repeated.push(at);
          walk(v, `${at}.${k}`);
        }
      }
    };
    walk(doc, '');
    assert.deepEqual(repeated, []);
  });
  it('has every path of the API contract, each operation named once', () => {
    const want = [
      '/plans',
      '/plans/{planId}',
      '/plans/{planId}/commitments/{number}',
      '/plans/{planId}/export.csv',
      '/plans/{planId}/export.json',
      '/plans/{planId}/export.xlsx',
      '/plans/{planId}/commitments/{number}/comments',
      '/plans/{planId}/milestones/{milestoneId}/progress',
      '/plans/{planId}/self-assessment',
      '/plans/{planId}/self-assessment.csv',
      '/services',
      '/services/{serviceId}',
      '/services/{serviceId}/history',
      '/services/{serviceId}/revision',
      '/services/{serviceId}/withdraw',
      '/services/{serviceId}/review',
      '/institutions',
      '/feedback',
      '/feedback/{statusToken}',
      '/feedback/{reference}/status',
      '/feedback/{reference}/publish',
      '/participation/stats',
      '/publication-checklists/{institutionId}',
      '/publication-checklists/{institutionId}/periods',
      '/publication-checks',
      '/staff/me',
      '/staff/submissions',
      '/staff/submissions.csv',
      '/staff/submissions/{reference}',
      '/staff/submissions/{reference}/assign',
      '/staff/submissions/{reference}/notes',
      '/staff/submissions/{reference}/unpublish',
      '/staff/submissions/{reference}/transfer',
      '/staff/submissions/{reference}/release',
      '/staff/webhook-deliveries',
      '/participation/opportunities',
      '/participation/opportunities.ics',
      '/participation/opportunities/{opportunityId}',
      '/participation/opportunities/{opportunityId}/calendar.ics',
      '/cocreation/{processId}',
      '/cocreation/contributions/{contributionId}/response',
      '/openapi.json',
    ];
    assert.deepEqual(Object.keys(doc.paths).sort(), [...want].sort());
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
    assert.equal(new Set(ids).size, ids.length);
  });
  it('a PUT that creates answers 201 with Location; a body with only optional fields is not required', () => {
    const put = doc.paths['/services/{serviceId}']!['put'] as unknown as {
      responses: Record<string, { headers?: Record<string, unknown> }>;
    };
    assert.ok(put.responses['200'], 'replace');
    assert.ok(put.responses['201']?.headers?.['Location'], 'create');
    const body = (path: string) =>
      (doc.paths[path]!['post'] as unknown as { requestBody: { required: boolean } }).requestBody.required;
    assert.equal(body('/services/{serviceId}/withdraw'), false);
    assert.equal(body('/feedback'), true);
  });
  it('carries the input rules a client needs: strict objects and length limits', () => {
    const input = doc.components['schemas']?.['FeedbackInput'] as {
      additionalProperties: boolean;
      properties: { message: { minLength: number; maxLength: number } };
    };
    assert.equal(input.additionalProperties, false);
    assert.deepEqual([input.properties.message.minLength, input.properties.message.maxLength], [10, 5000]);
  });
});

describe('committed files in packages/sdk/openapi', () => {
  it('are up to date with the schemas (npm run openapi:build -w @hapur/sdk)', () => {
    const files = openApiFiles(SDK_VERSION);
    assert.equal(
      (JSON.parse(files['openapi.json']!) as { info: { version: string } }).info.version,
      SDK_VERSION,
      'the committed document has the SDK package.json version',
    );
    for (const [name, text] of Object.entries(files)) {
      const path = join(OUT, name);
      assert.ok(existsSync(path), `openapi/${name} missing: run npm run openapi:build -w @hapur/sdk`);
      assert.equal(
        readFileSync(path, 'utf8'),
        text,
        `openapi/${name} is stale: run npm run openapi:build -w @hapur/sdk`,
      );
    }
    const extra = readdirSync(join(OUT, 'schemas')).filter((f) => !(`schemas/${f}` in files));
    assert.deepEqual(extra, [], 'schema files with no zod schema behind them');
  });
});
