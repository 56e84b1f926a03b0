import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PublicServiceSchema } from './service.js';
import { ServiceInputSchema } from './service-upkeep.js';
import { sq } from './fixtures.test-helpers.js';

const service = {
  id: 'prishtina-birth-certificate',
  identifier: 'XK-PR-CS-001',
  name: sq('Certifikata e lindjes'),
  description: sq('Lëshimi i certifikatës së lindjes.'),
  competentAuthorityIds: ['xk-prishtina'],
  channels: [{ id: 'counter', type: 'in_person', address: sq('Sheshi Skënderbeu') }],
  costs: [{ id: 'fee', value: 1.5, currency: 'EUR', description: sq('Taksa') }],
  processingTime: 'P1D',
  legalDeadline: {
    duration: 'P15D',
    text: sq('15 ditë'),
    legalBasis: { title: sq('Ligji për procedurën administrative'), number: 'Ligji Nr. 05/L-031' },
  },
  languages: ['sq', 'sr-Latn'],
  status: 'active',
  lastReviewedAt: '2026-10-01',
  example: true,
};

describe('PublicServiceSchema', () => {
  it('accepts a CPSV-AP service with costs, deadline and channels, flagged as an example', () => {
    const s = PublicServiceSchema.parse(service);
    assert.equal(s.example, true);
  });
  it('requires the CPSV-AP mandatory fields: identifier, name, description, competent authority', () => {
    for (const key of ['identifier', 'name', 'description'] as const) {
      const { [key]: _drop, ...rest } = service;
      assert.equal(PublicServiceSchema.safeParse(rest).success, false, key);
    }
    assert.equal(PublicServiceSchema.safeParse({ ...service, competentAuthorityIds: [] }).success, false);
  });
  it('refuses a negative fee, a duration written in words, an unknown channel and a javascript: link', () => {
    assert.equal(
      PublicServiceSchema.safeParse({ ...service, costs: [{ ...service.costs[0], value: -1 }] }).success,
      false,
    );
    assert.equal(PublicServiceSchema.safeParse({ ...service, processingTime: '1 day' }).success, false);
    assert.equal(PublicServiceSchema.safeParse({ ...service, channels: [{ id: 'x', type: 'fax' }] }).success, false);
    assert.equal(
      PublicServiceSchema.safeParse({ ...service, channels: [{ id: 'x', type: 'online', url: 'javascript:alert(1)' }] })
        .success,
      false,
    );
  });
});

describe('ServiceInputSchema', () => {
  const input = { ...service, languages: ['sq'], lastReviewedAt: undefined, example: undefined };
  const problems = (value: unknown) =>
    (ServiceInputSchema.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join('.')} ${i.message}`);
  it('accepts a card written in every language it declares', () => {
    assert.deepEqual(problems(input), []);
  });
  it('refuses a text without a value in its source language, at that language’s value', () => {
    const name = { values: { sq: 'Certifikata e lindjes' }, source: 'en' };
    assert.deepEqual(problems({ ...input, name }), ['name.values.en required']);
  });
  it('refuses a text missing a language the card declares, also beside other problems', () => {
    const costs = [{ ...service.costs[0], value: 'abc' }];
    assert.deepEqual(problems({ ...input, languages: ['sq', 'sr-Latn'], costs }).sort(), [
      'channels.0.address.values.sr-Latn required',
      'costs.0.description.values.sr-Latn required',
      'costs.0.value Invalid input',
      'description.values.sr-Latn required',
      'legalDeadline.legalBasis.title.values.sr-Latn required',
      'legalDeadline.text.values.sr-Latn required',
      'name.values.sr-Latn required',
    ]);
  });
});
