// The example bodies in docs/api.md ("Staff writes") are what the server accepts: each is parsed by the SDK
// input schema it names, and every staff write with a body in the table has an example.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod/mini';
import { OpportunityInputSchema, ResponseInputSchema } from './cocreation.js';
import { LocalizedTextSchema } from './common.js';
import { ProgressUpdateInputSchema } from './progress-update.js';
import { PublicationCheckInputSchema } from './publication.js';
import { ServiceInputSchema, ServiceWithdrawInputSchema } from './service-upkeep.js';
import { StatusChangeInputSchema } from './submission-staff.js';
import {
  AssignInputSchema,
  InternalNoteInputSchema,
  ReleaseInputSchema,
  TransferInputSchema,
  UnpublishInputSchema,
} from './submission-inbox.js';

const SCHEMAS: Record<string, z.ZodMiniType> = {
  LocalizedText: LocalizedTextSchema,
  ProgressUpdateInput: ProgressUpdateInputSchema,
  ServiceInput: ServiceInputSchema,
  ServiceWithdrawInput: ServiceWithdrawInputSchema,
  StatusChangeInput: StatusChangeInputSchema,
  PublicationCheckInput: PublicationCheckInputSchema,
  AssignInput: AssignInputSchema,
  InternalNoteInput: InternalNoteInputSchema,
  UnpublishInput: UnpublishInputSchema,
  TransferInput: TransferInputSchema,
  ReleaseInput: ReleaseInputSchema,
  OpportunityInput: OpportunityInputSchema,
  ResponseInput: ResponseInputSchema,
};

const doc = readFileSync(fileURLToPath(new URL('../../../../docs/api.md', import.meta.url)), 'utf8');
const staff = doc.slice(doc.indexOf('## Staff writes'), doc.indexOf('\n## ', doc.indexOf('## Staff writes') + 1));
const examples = [...staff.matchAll(/<!-- example: (\w+) -->\s*```json\n([\s\S]*?)\n```/g)].map(([, name, json]) => ({
  name: name ?? '',
  json: json ?? '',
}));

describe('docs/api.md staff examples', () => {
  it('has an example body for every staff write that takes one', () => {
    const bodies = [...staff.matchAll(/^\| `POST [^`]+` \| `(\w+)`/gm)].map(([, schema]) => schema);
    assert.ok(bodies.length >= 3, `staff writes with a body in the table: ${bodies.join(', ')}`);
    for (const body of bodies)
      assert.ok(
        examples.some((e) => e.name === body),
        `no example for ${body}`,
      );
  });

  for (const { name, json } of examples) {
    it(`${name}: the documented body is valid`, () => {
      const schema = SCHEMAS[name];
      assert.ok(schema, `docs/api.md names ${name}, which this test does not know: add its schema to SCHEMAS`);
      const result = schema.safeParse(JSON.parse(json));
      assert.ok(result.success, JSON.stringify(result.error?.issues, null, 2));
    });
  }
});
