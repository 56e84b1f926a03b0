import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import './commitment-tracker.define.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { until } from '../../internal/test/shadow.js';
import type { HapurCommitmentTracker } from './commitment-tracker.js';
import type { HapurFeedbackRequestEvent } from '../../events/feedback-request.js';
import {
  idle,
  KOSOVO_PROGRESS_URL,
  KOSOVO_URL,
  q,
  qa,
  renderTracker,
  resetHash,
  shownNumbers,
  timelineShown,
} from './tracker-test-helpers.js';

failOnConsole();

const focused = (el: HapurCommitmentTracker) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab (or Shift+Tab) until the focused element inside the tracker matches, as a keyboard user would. */
async function tabTo(
  el: HapurCommitmentTracker,
  matches: (node: HTMLElement) => boolean,
  back = false,
): Promise<HTMLElement> {
  for (let i = 0; i < 60; i++) {
    const node = focused(el);
    if (node && matches(node)) return node;
    if (back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (back) await sendKeys({ up: 'Shift' });
    await idle(el);
  }
  throw new Error('tabTo: never reached the wanted control');
}

async function start(): Promise<{ el: HapurCommitmentTracker; before: HTMLButtonElement }> {
  const el = await renderTracker(
    html`<div lang="en">
      <button id="before">Before</button>
      <hapur-commitment-tracker
        data-src=${`${KOSOVO_URL} ${KOSOVO_PROGRESS_URL}`}
        today="2026-11-23"
      ></hapur-commitment-tracker>
    </div>`,
  );
  const before = el.parentElement!.querySelector<HTMLButtonElement>('#before')!;
  before.focus();
  return { el, before };
}

describe('<hapur-commitment-tracker> keyboard', () => {
  beforeEach(resetHash);
  afterEach(resetHash);

  it('searches, filters and clears with the keyboard only', async () => {
    const { el } = await start();
    await tabTo(el, (n) => n.id === 'q');
    await sendKeys({ type: 'Komuna' });
    await idle(el);
    expect(shownNumbers(el)).to.deep.equal(['1']);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ press: 'Backspace' });
    await idle(el);
    expect(shownNumbers(el)).to.have.length(5);

    await tabTo(el, (n) => n.id === 'f-lead');
    await sendKeys({ press: 'ArrowDown' });
    await idle(el);
    const lead = q<HTMLSelectElement>(el, '#f-lead').value;
    expect(lead).to.not.equal('');
    expect(shownNumbers(el).length).to.be.lessThan(5);

    await tabTo(el, (n) => n.getAttribute('part') === 'clear-button');
    await sendKeys({ press: 'Enter' });
    await idle(el);
    expect(shownNumbers(el)).to.have.length(5);
    expect(focused(el)?.id).to.equal('q');
  });

  it('opens a commitment, reaches its milestones and asks for feedback with Enter and Space', async () => {
    const { el } = await start();
    const events: HapurFeedbackRequestEvent[] = [];
    el.addEventListener('hapur-feedback-request', (e) => (events.push(e), e.preventDefault()));
    const toggle = await tabTo(
      el,
      (n) => n.closest('li')?.dataset['number'] === '3' && n.getAttribute('part') === 'commitment-toggle',
    );
    await sendKeys({ press: 'Enter' });
    await idle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(qa(el, '[data-number="3"] [part~="milestone"]')).to.have.length(3);
    await tabTo(el, (n) => n.getAttribute('part') === 'feedback-button');
    await sendKeys({ press: ' ' });
    expect(events.map((e) => e.detail.commitmentNumber)).to.deep.equal(['3']);
    await tabTo(el, (n) => n === toggle, true);
    await sendKeys({ press: 'Enter' });
    await idle(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps the focus on the view button when the view switches, both ways', async () => {
    const { el } = await start();
    const button = (name: string) =>
      (qa(el, '[part~="view-button"]') as HTMLButtonElement[]).find((b) => b.textContent?.trim() === name)!;
    await tabTo(el, (n) => n === button('Timeline'));
    await sendKeys({ press: 'Enter' });
    await timelineShown(el);
    expect(el.shadowRoot!.activeElement).to.equal(button('Timeline'));
    expect(button('Timeline').getAttribute('aria-pressed')).to.equal('true');
    await tabTo(el, (n) => n === button('List'), true);
    await sendKeys({ press: 'Enter' });
    await idle(el);
    expect(el.shadowRoot!.activeElement).to.equal(button('List'));
    expect(button('List').getAttribute('aria-pressed')).to.equal('true');
  });

  it('switches to the timeline, scrolls its table and downloads with the keyboard', async () => {
    const { el } = await start();
    await tabTo(el, (n) => n.getAttribute('part') === 'view-button' && n.textContent?.trim() === 'Timeline');
    await sendKeys({ press: 'Enter' });
    await timelineShown(el);
    expect(qa(el, '[part~="timeline-table"]')).to.have.length(1);
    await tabTo(el, (n) => n.classList.contains('table-wrap'));
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:about:blank');
    try {
      await tabTo(el, (n) => n.dataset['format'] === 'json', true);
      await sendKeys({ press: 'Enter' });
      // The export code loads on the first press (a chunk of its own), then the file goes to the browser.
      await until(() => blobs.length > 0, 'the download');
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs).to.have.length(1);
    const doc = JSON.parse(await blobs[0]!.text()) as { view: { view: string } };
    expect(doc.view.view).to.equal('timeline');
  });
});
