import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ContributionSchema,
  OpportunityInputSchema,
  OpportunityWhenSchema,
  ParticipationOpportunitySchema,
  ResponseInputSchema,
} from './cocreation.js';
import { sq } from './fixtures.test-helpers.js';

const reasons = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}:${i.message}`);

const workshop = {
  id: 'al-ogp-2018-2020-workshop',
  kind: 'workshop',
  title: sq('Workshopi me grupin e koordinatorëve të OGP-së'),
  organiserInstitutionId: 'al-kryeministria',
  processId: 'al-ogp-2018-2020',
  when: { kind: 'date', start: '2018-06-25' },
  status: 'closed',
};

describe('participation opportunity', () => {
  it('takes a day (all day), a time with its zone, or no date at all', () => {
    assert.ok(ParticipationOpportunitySchema.safeParse(workshop).success);
    const timed = { kind: 'date_time', start: '2027-01-20T10:00:00+01:00', timeZone: 'Europe/Belgrade' };
    assert.ok(OpportunityWhenSchema.safeParse(timed).success);
    assert.ok(OpportunityWhenSchema.safeParse({ kind: 'unspecified' }).success);
  });

  it('refuses a date the kind does not announce, a time without its zone, an end before the start', () => {
    assert.deepEqual(reasons(OpportunityWhenSchema.safeParse({ kind: 'unspecified', start: '2027-01-01' })), [
      'start:not_with_unspecified',
    ]);
    assert.deepEqual(reasons(OpportunityWhenSchema.safeParse({ kind: 'date_time', start: '2027-01-20T10:00:00Z' })), [
      'timeZone:required',
    ]);
    assert.deepEqual(reasons(OpportunityWhenSchema.safeParse({ kind: 'date', start: '2027-01-20T10:00:00Z' })), [
      'start:date_expected',
    ]);
    assert.deepEqual(
      reasons(OpportunityWhenSchema.safeParse({ kind: 'date', start: '2027-01-20', end: '2027-01-19' })),
      ['end:end_before_start'],
    );
  });

  it('refuses a time zone that has the outline of one but does not exist (it would break every calendar)', () => {
    const at = (timeZone: string) =>
      reasons(OpportunityWhenSchema.safeParse({ kind: 'date_time', start: '2027-02-10T10:00:00+01:00', timeZone }));
    assert.deepEqual(at('Mars/Olympus'), ['timeZone:unknown_time_zone']);
    assert.deepEqual(at('Europe/Belgrad'), ['timeZone:unknown_time_zone']);
    for (const real of ['Europe/Belgrade', 'Europe/Tirane', 'UTC', 'America/Argentina/Buenos_Aires'])
      assert.deepEqual(at(real), [], real);
  });

  it('links only over https, and staff input names its organiser and nothing unknown', () => {
    const http = { ...workshop, onlineUrl: 'http://meet.example.org/x' };
    assert.equal(ParticipationOpportunitySchema.safeParse(http).success, false);
    const { id: _id, ...input } = workshop;
    assert.ok(OpportunityInputSchema.safeParse(input).success);
    const { organiserInstitutionId: _o, ...noOrganiser } = input;
    assert.equal(OpportunityInputSchema.safeParse(noOrganiser).success, false);
    assert.equal(OpportunityInputSchema.safeParse({ ...input, demonstration: true }).success, false);
  });
});

describe('reasoned response', () => {
  it('requires a reason when not adopted', () => {
    assert.deepEqual(reasons(ResponseInputSchema.safeParse({ status: 'not_adopted' })), ['reason:reason_required']);
    assert.ok(ResponseInputSchema.safeParse({ status: 'not_adopted', reason: sq('Jashtë fushës së planit.') }).success);
  });

  it('requires the commitment that took an adopted idea in, and links none while under consideration', () => {
    assert.deepEqual(reasons(ResponseInputSchema.safeParse({ status: 'adopted' })), [
      'adoptedInto:commitment_required',
    ]);
    const link = [{ planId: 'xk-2026-2028', commitmentNumber: '1' }];
    assert.ok(ResponseInputSchema.safeParse({ status: 'adopted', adoptedInto: link }).success);
    assert.ok(ResponseInputSchema.safeParse({ status: 'partly_adopted' }).success);
    assert.deepEqual(reasons(ResponseInputSchema.safeParse({ status: 'under_consideration', adoptedInto: link })), [
      'adoptedInto:not_with_status',
    ]);
  });
});

describe('contribution', () => {
  const base = {
    id: 'c-1',
    processId: 'xk-ogp-2026-2030',
    text: sq('Forcimi i mekanizmave të konsultimit publik'),
    response: { status: 'under_consideration' },
  };
  it('names an organisation, or the participants together, never a person', () => {
    assert.ok(ContributionSchema.safeParse({ ...base, from: { kind: 'participants' } }).success);
    assert.ok(ContributionSchema.safeParse({ ...base, from: { kind: 'organisation', name: sq('AMSHC') } }).success);
    assert.deepEqual(reasons(ContributionSchema.safeParse({ ...base, from: { kind: 'participant', name: sq('X') } })), [
      'from.name:organisation_only',
    ]);
    assert.equal(ContributionSchema.safeParse({ ...base, from: { kind: 'participant', person: 'X' } }).success, false);
  });
});
