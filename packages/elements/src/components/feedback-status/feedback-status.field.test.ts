import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { settled } from '../../internal/test/localization-contract.js';
import { $, until } from '../../internal/test/shadow.js';
import { fakeReads, json } from '../feedback-form/test/fake-api.js';
import './feedback-status.define.js';
import type { HapurFeedbackStatus } from './feedback-status.js';

// The code field holds what the citizen sees in it: the code a link or the page gave, until they change it.

failOnConsole();

const TOKEN = 'tok_pending_00000000001';
const status = {
  reference: 'HP-2026-000124',
  type: 'request',
  status: 'received',
  submittedAt: '2026-03-02T09:00:00Z',
  history: [{ status: 'received', at: '2026-03-02T09:00:00Z' }],
};

async function view(token = '') {
  const api = fakeReads({ [`/feedback/${TOKEN}`]: () => json(status) });
  const el = await fixture<HapurFeedbackStatus>(
    html`<hapur-feedback-status lang="sq" token=${token} .client=${api.client}></hapur-feedback-status>`,
  );
  await settled(el);
  return { el, api, field: $<HTMLInputElement>(el, '#token')! };
}

describe('<hapur-feedback-status> code field', () => {
  it('checks again the code the page gave when the citizen presses Check, with no format error', async () => {
    const { el, api, field } = await view(TOKEN);
    await until(() => $(el, '[part="status"]'), 'the status');
    expect(field.value).to.equal(TOKEN);
    field.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => api.calls.length === 2, 'the status read again');
    await settled(el);
    expect($(el, '#token-error'), 'no error for the code shown').to.equal(null);
    expect(field.getAttribute('aria-invalid')).to.equal('false');
    expect($(el, '[part="status"]')).to.exist;
  });

  it('stays empty when the citizen clears it to type another code', async () => {
    const { el, field } = await view(TOKEN);
    await until(() => $(el, '[part="status"]'), 'the status');
    field.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '2' });
    field.select();
    await sendKeys({ press: 'Backspace' });
    await settled(el);
    expect(field.value, 'the old code does not come back').to.equal('');
    await sendKeys({ type: 'tok' });
    await settled(el);
    expect(field.value).to.equal('tok');
  });
});
