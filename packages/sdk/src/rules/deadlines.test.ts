import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RESPONSE_DAYS, responseDays, respondByFrom, transferRespondBy, type DeadlineRule } from './deadlines.js';

const rules: DeadlineRule[] = [
  { country: 'AL', types: ['information_request'], days: 14, basis: 'a rule for this test, not a law' },
];

test('the answer period: a country’s rule for the type, else the general 15 days', () => {
  assert.equal(RESPONSE_DAYS, 15);
  assert.equal(responseDays('XK', 'complaint'), 15, 'no rule in force: the general period');
  assert.equal(responseDays('AL', 'information_request', rules), 14);
  assert.equal(responseDays('AL', 'complaint', rules), 15, 'another type of the same country');
  assert.equal(responseDays('XK', 'information_request', rules), 15, 'the same type in another country');
});

test('respondBy: that many calendar days later, same time of day; a transfer restarts the receiver’s period', () => {
  assert.equal(respondByFrom('2026-12-06T10:30:00Z', 14).toISOString(), '2026-12-20T10:30:00.000Z');
  assert.equal(respondByFrom('2026-12-06T10:30:00Z').toISOString(), '2026-12-21T10:30:00.000Z');
  // Handed over on the 10th to an institution with 14 days: the 24th, later than the first deadline.
  assert.equal(
    transferRespondBy('2026-12-21T10:30:00Z', '2026-12-10T09:00:00Z', 14).toISOString(),
    '2026-12-24T09:00:00.000Z',
  );
  // Never less time than the first deadline left.
  assert.equal(
    transferRespondBy('2026-12-30T00:00:00Z', '2026-12-10T09:00:00Z', 14).toISOString(),
    '2026-12-30T00:00:00.000Z',
  );
});
