import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedbackReceiptSchema } from '@hapur/sdk';
import { createHarness } from '../testing/harness.js';
import { runMaintenance } from './maintenance.js';

test('retention deletes the contact details of a quarantined submission, which staff never close', async () => {
  const h = await createHarness();
  try {
    const send = async (key: string, website: string | undefined) =>
      FeedbackReceiptSchema.parse(
        await (
          await h.request('/api/v1/feedback', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
            body: JSON.stringify({
              type: 'feedback',
              subject: { topic: 'Parking' },
              message: 'The parking sign is broken.',
              language: 'en',
              consent: true,
              contact: { email: 'person@example.org' },
              ...(website === undefined ? {} : { website }),
            }),
          })
        ).json(),
      );
    const bot = await send('bot', 'https://spam.example');
    const person = await send('person', undefined);
    const contacts = async (reference: string) =>
      (
        await h.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM submission_contacts c JOIN submissions s ON s.id = c.submission_id WHERE s.reference = $1',
          [reference],
        )
      ).rows[0]?.n;
    const config = { contactRetentionDays: 30, idempotencyRetentionDays: 7 };
    await runMaintenance(h.db, config, new Date('2026-03-31T00:00:00Z'));
    assert.equal(await contacts(bot.reference), 1, 'kept within the retention period');
    await runMaintenance(h.db, config, new Date('2026-04-02T00:00:00Z'));
    assert.equal(await contacts(bot.reference), 0, 'deleted 31 days after it was sent');
    assert.equal(await contacts(person.reference), 1, 'an open, real submission keeps its contact');
  } finally {
    await h.close();
  }
});
