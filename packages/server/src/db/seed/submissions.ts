import type { SubmissionSeed } from '@hapur/sdk';
import type { Queryable } from '../driver.js';
import { sha256 } from '../../auth/tokens.js';
import { newStatusToken } from '../../feedback/reference.js';
import { respondBy } from '../../feedback/deadline.js';

/**
 * Inserts a demonstration submission from a data file with its history and response. Its status token
 * is random and discarded: nobody can follow a seeded item. Returns false if the reference exists.
 */
export async function insertSeedSubmission(
  tx: Queryable,
  s: SubmissionSeed,
  demonstration: boolean,
  closed: boolean,
): Promise<boolean> {
  const submittedAt = new Date(s.submittedAt);
  const lastAt = s.history.at(-1)?.at ?? s.submittedAt;
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO submissions (reference, status_token_hash, type, status, institution_id, plan_id, commitment_number, input,
       submitted_at, respond_by, closed_at, published_at, demonstration)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::timestamptz, $10::timestamptz, $11::timestamptz, $12::timestamptz, $13)
     ON CONFLICT (reference) DO NOTHING RETURNING id`,
    [
      s.reference,
      sha256(newStatusToken()),
      s.type,
      s.status,
      s.institutionId,
      s.subject.planId ?? null,
      s.subject.commitmentNumber ?? null,
      JSON.stringify({
        type: s.type,
        subject: s.subject,
        institutionId: s.institutionId,
        message: s.message,
        language: s.language,
      }),
      s.submittedAt,
      respondBy(submittedAt, s.reference.slice(0, 2), s.type).toISOString(),
      closed ? lastAt : null,
      s.published ? (s.publishedAt ?? lastAt) : null,
      demonstration,
    ],
  );
  const id = rows[0]?.id;
  if (id === undefined) return false;
  for (const h of s.history) {
    await tx.query(
      'INSERT INTO submission_events (submission_id, status, at, note, institution_id) VALUES ($1, $2, $3::timestamptz, $4::jsonb, $5)',
      [id, h.status, h.at, h.note ? JSON.stringify(h.note) : null, s.institutionId],
    );
  }
  if (s.response) {
    await tx.query(
      'INSERT INTO submission_responses (submission_id, doc, responded_at) VALUES ($1, $2::jsonb, $3::timestamptz)',
      [id, JSON.stringify(s.response), s.response.respondedAt],
    );
  }
  return true;
}
