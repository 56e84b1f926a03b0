import type { RouteId } from '@hapur/sdk';
import type { Staff } from '../auth/tokens.js';
import type { Queryable } from '../db/types.js';
import { canonicalJson, hashText, parseIdempotencyKey } from '../feedback/idempotency.js';
import { once } from '../feedback/store.js';
import type { AnyContext } from './define.js';

/**
 * A staff request's `Idempotency-Key` (optional) in the staff namespace: the token's id and spaces, which no
 * client's key holds, so a citizen's key can never be the key of a staff write, nor one token's key another's.
 */
export function staffKey(c: AnyContext, staff: Staff): string | undefined {
  const header = c.req.header('Idempotency-Key');
  return header === undefined ? undefined : `staff ${staff.tokenId} ${parseIdempotencyKey(header)}`;
}

/**
 * A staff write that creates a record (a publication check, a progress report), run once per `Idempotency-Key`:
 * a retry of a request whose answer was lost gets the first answer again (`Idempotent-Replayed: true`) instead of
 * storing the record twice; the same key with another body is a 422, as for a submission. Without a key it runs.
 */
export async function createOnce<T extends object>(
  c: AnyContext,
  staff: Staff,
  id: RouteId,
  raw: unknown,
  create: (tx: Queryable) => Promise<T>,
): Promise<Response> {
  const { db, now } = c.get('deps');
  const hash = hashText(canonicalJson({ id, params: c.req.param(), raw }));
  const result = await once(db, staffKey(c, staff), hash, now().toISOString(), async (tx) => ({
    status: 201,
    body: await create(tx),
  }));
  if (result.replayed) c.header('Idempotent-Replayed', 'true');
  return c.json(result.body, 201);
}
