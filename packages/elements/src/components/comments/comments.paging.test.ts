import { expect, fixture, html } from '@open-wc/testing';
import type { PublishedComment } from '@hapur/sdk';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { settled } from '../../internal/test/localization-contract.js';
import { $, waitUntil } from '../../internal/test/shadow.js';
import './comments.define.js';
import type { HapurComments } from './comments.js';

// Comments given as data, then others in their place (the page shows another service's): the reader starts on
// their first page. The same comments given again (a framework's re-render with an equal array) keep the page.

failOnConsole();

/** 25 comments of one subject, published on 25 days of March 2026 (the newest is number 25). */
const comments = (subject: string): PublishedComment[] =>
  Array.from({ length: 25 }, (_, i) => {
    const day = String(i + 1).padStart(2, '0');
    return {
      reference: `XK-2026-${String(100 + i).padStart(8, '0')}`,
      type: 'proposal',
      subject: { planId: 'xk-2026-2028', commitmentNumber: '1' },
      message: `${subject} comment ${i + 1}`,
      language: 'en',
      submittedAt: `2026-03-${day}T08:00:00Z`,
      publishedAt: `2026-03-${day}T12:00:00Z`,
      status: 'in_review',
    };
  });

const label = (el: HapurComments) => $(el, '[part="pagination"] [aria-current="page"]')!.textContent!.trim();
const first = (el: HapurComments) => $(el, '[part="comment"] p[lang]')!.textContent!.trim();

/** A list of 25 comments, 10 a page, on its third (last) page. */
async function onThirdPage(): Promise<HapurComments> {
  const el = await fixture<HapurComments>(
    html`<hapur-comments lang="en" .comments=${comments('Roads')}></hapur-comments>`,
  );
  await settled(el);
  for (const page of ['Page 2 of 3', 'Page 3 of 3']) {
    $(el, 'button.next')!.click();
    await waitUntil(() => label(el) === page, page);
  }
  expect(first(el)).to.equal('Roads comment 5');
  return el;
}

describe('<hapur-comments> comments given as data', () => {
  it('starts other comments at their first page', async () => {
    const el = await onThirdPage();
    el.comments = comments('Schools');
    await waitUntil(() => first(el).startsWith('Schools'), 'the other comments shown');
    expect(label(el)).to.equal('Page 1 of 3');
    expect(first(el)).to.equal('Schools comment 25');
  });

  it('keeps the page when the same comments are given again', async () => {
    const el = await onThirdPage();
    el.comments = comments('Roads');
    await settled(el);
    expect(label(el)).to.equal('Page 3 of 3');
    expect(first(el)).to.equal('Roads comment 5');
  });
});
