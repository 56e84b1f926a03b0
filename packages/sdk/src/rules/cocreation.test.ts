import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ParticipationOpportunity } from '../schemas/cocreation.js';
import { countResponses, filterOpportunities, localDay, opportunityDays, sortOpportunities } from './cocreation.js';
import { daysLeft } from './deadlines.js';

const o = (id: string, status: ParticipationOpportunity['status'], when: ParticipationOpportunity['when'], more = {}) =>
  ({ id, kind: 'workshop', title: { values: { sq: id } }, status, when, ...more }) as ParticipationOpportunity;

const past = o('past', 'closed', { kind: 'date', start: '2018-06-25' }, { organiserInstitutionId: 'al-k' });
const undated = o('undated', 'closed', { kind: 'unspecified' });
const open = o(
  'open',
  'open',
  { kind: 'date', start: '2027-01-04', end: '2027-01-31' },
  { inputDeadline: '2027-01-31' },
);
const soon = o('soon', 'upcoming', {
  kind: 'date_time',
  start: '2027-01-20T23:30:00Z',
  timeZone: 'Europe/Belgrade',
});
const later = o('later', 'upcoming', { kind: 'date', start: '2027-03-01' });

describe('co-creation rules', () => {
  it('days: a timed opportunity falls on the day of its own zone', () => {
    assert.equal(localDay('2027-01-20T23:30:00Z', 'Europe/Belgrade'), '2027-01-21');
    assert.deepEqual(opportunityDays(soon), { first: '2027-01-21', last: '2027-01-21' });
    assert.equal(opportunityDays(undated), undefined);
  });

  it('days left: 0 on the last day, negative after it', () => {
    assert.equal(daysLeft('2027-01-31', '2027-01-21'), 10);
    assert.equal(daysLeft('2027-01-31', '2027-01-31'), 0);
    assert.equal(daysLeft('2027-01-31', '2027-02-01'), -1);
  });

  it('order: open first, then upcoming soonest first, then the past latest first, undated last', () => {
    const sorted = sortOpportunities([undated, past, later, soon, open]).map((x) => x.id);
    assert.deepEqual(sorted, ['open', 'soon', 'later', 'past', 'undated']);
  });

  it('order on one day: by the time they start (a sorting by id put 14:00 before 09:00), past ones latest first', () => {
    const at = (id: string, status: ParticipationOpportunity['status'], start: string) =>
      o(id, status, { kind: 'date_time', start, timeZone: 'Europe/Belgrade' });
    const afternoon = at('a-afternoon', 'upcoming', '2027-02-10T14:00:00+01:00');
    const morning = at('b-morning', 'upcoming', '2027-02-10T09:00:00+01:00');
    const allDay = o('c-all-day', 'upcoming', { kind: 'date', start: '2027-02-10' });
    assert.deepEqual(
      sortOpportunities([afternoon, morning, allDay]).map((x) => x.id),
      ['c-all-day', 'b-morning', 'a-afternoon'],
    );
    const closed = [
      at('a-early', 'closed', '2026-02-10T09:00:00+01:00'),
      at('b-late', 'closed', '2026-02-10T15:00:00+01:00'),
    ];
    assert.deepEqual(
      sortOpportunities(closed).map((x) => x.id),
      ['b-late', 'a-early'],
    );
  });

  it('filter: from/to keep what overlaps, never an undated one; each key must match', () => {
    const all = [past, undated, open, soon, later];
    assert.deepEqual(
      filterOpportunities(all, { from: '2027-01-10', to: '2027-01-25' }).map((x) => x.id),
      ['open', 'soon'],
    );
    assert.deepEqual(
      filterOpportunities(all, { institution: 'al-k' }).map((x) => x.id),
      ['past'],
    );
    assert.deepEqual(
      filterOpportunities(all, { status: 'upcoming', kind: 'workshop' }).map((x) => x.id),
      ['soon', 'later'],
    );
  });

  it('counts every response status, zeros included', () => {
    const r = (status: 'adopted' | 'under_consideration') => ({ response: { status } });
    assert.deepEqual(countResponses([r('adopted'), r('under_consideration'), r('under_consideration')]), {
      adopted: 1,
      partly_adopted: 0,
      not_adopted: 0,
      under_consideration: 2,
    });
  });
});
