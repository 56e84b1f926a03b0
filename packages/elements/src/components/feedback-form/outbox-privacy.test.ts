// The offline outbox keeps only what will be sent, and not for ever.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../internal/test/shadow.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { settled } from '../../internal/test/localization-contract.js';
import './feedback-form.define.js';
import type { HapurFeedbackForm } from './feedback-form.js';
import { EMPTY_VALUES } from './feedback-form.types.js';
import { MemoryOutbox, OUTBOX_MAX_AGE_MS, type OutboxEntry } from './outbox.js';
import { fakeApi } from './test/fake-api.js';

failOnConsole();

async function form(api: ReturnType<typeof fakeApi>, outbox: MemoryOutbox): Promise<HapurFeedbackForm> {
  const root = await fixture<HTMLElement>(
    html`<div lang="en"><hapur-feedback-form .client=${api.client} .outbox=${outbox}></hapur-feedback-form></div>`,
  );
  const el = root.querySelector('hapur-feedback-form')!;
  await settled(el);
  return el;
}

async function type(el: HapurFeedbackForm, name: string, value: string): Promise<void> {
  const control = el.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function click(el: HapurFeedbackForm, selector: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
}

const queued = (key: string, queuedAt: number): OutboxEntry => ({
  key,
  scope: '',
  form: 'other-form',
  queuedAt,
  input: { type: 'feedback', subject: { topic: 'Parks' }, message: `Queued message ${key}`, language: 'en' },
  values: { ...EMPTY_VALUES, message: `Queued message ${key}` },
});

describe('<hapur-feedback-form> offline outbox', () => {
  it('does not keep contact details the person un-ticked', async () => {
    const outbox = new MemoryOutbox();
    const el = await form(fakeApi('offline'), outbox);
    await click(el, 'input[value="issue_report"]');
    await type(el, 'subject', 'Street lighting');
    await type(el, 'message', 'The lamp on Rruga B has been dark for a week.');
    await click(el, '[name="wantsContact"]');
    await type(el, 'name', 'Arta Krasniqi');
    await type(el, 'email', 'arta@example.org');
    await click(el, '[name="wantsContact"]');
    setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click());
    await oneEvent(el, 'hapur-queued');
    const [entry] = [...outbox.entries.values()];
    const kept = JSON.stringify(entry);
    expect(kept).to.contain('dark for a week');
    expect(kept).to.not.contain('arta@example.org').and.not.contain('Arta Krasniqi');
  });

  it('deletes entries older than 7 days without sending them, and sends younger ones', async () => {
    const outbox = new MemoryOutbox();
    const now = Date.now();
    await outbox.put(queued('old', now - OUTBOX_MAX_AGE_MS - 60_000));
    await outbox.put(queued('young', now - 24 * 3600 * 1000));
    const api = fakeApi('ok');
    await form(api, outbox);
    await waitUntil(() => outbox.entries.size === 0, 'outbox not emptied');
    expect(api.posts.map((p) => p.key)).to.deep.equal(['young']);
  });
});
