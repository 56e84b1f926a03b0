import { expect } from '@open-wc/testing';
import { html } from 'lit';
import './commitment-tracker.define.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { until } from '../../internal/test/shadow.js';
import { idle, kosovo, q, renderTracker, qa, search, shownNumbers } from './tracker-test-helpers.js';

failOnConsole();

/** The invented Macedonian plan (test/fixtures/: a test fixture, not real data), mk source with English. */
const MK_URL = '/test/fixtures/mk-test-plan.json';

/** The tracker on the fixture in `lang`, every commitment opened (milestones and due dates shown). */
async function mkTracker(lang: string) {
  const el = await renderTracker(
    html`<div lang=${lang}>
      <hapur-commitment-tracker data-src=${MK_URL} today="2026-01-15"></hapur-commitment-tracker>
    </div>`,
  );
  for (const toggle of qa(el, '[part~="commitment-toggle"]')) toggle.click();
  await idle(el);
  return el;
}

const CYRILLIC = /[\u0400-\u04FF]/;

describe('<hapur-commitment-tracker> with a plan from another country in another language', () => {
  for (const lang of ['sq', 'sr-Latn']) {
    it(`shows the Macedonian source text to ${lang} readers, each part in its own lang="mk", and names the language`, async () => {
      const el = await mkTracker(lang);
      const text = el.shadowRoot?.textContent ?? '';
      expect(text).to.contain('Отворени податоци за буџетот');
      const marked = qa(el, '[lang="mk"]');
      expect(marked.length).to.be.greaterThan(0);
      // Every Cyrillic text the block shows is data in its own language, never UI text in the reader's.
      for (const node of qa(el, '*')) {
        const own = [...node.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent)
          .join('');
        if (CYRILLIC.test(own)) expect(node.closest('[lang]')?.getAttribute('lang'), own).to.equal('mk');
      }
      // The quiet note names the language (Intl.DisplayNames, or the catalogue where the browser lacks the reader's).
      expect(text).to.match(lang === 'sr-Latn' ? /makedonski/ : /maqedonisht/);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the English translation to English readers; only dates as written stay Macedonian, marked so', async () => {
    const el = await mkTracker('en');
    const text = el.shadowRoot?.textContent ?? '';
    expect(text).to.contain('Open budget data');
    expect(text).not.to.contain('Отворени податоци за буџетот');
    for (const node of qa(el, '[lang="mk"]')) expect(node.textContent).to.match(CYRILLIC);
    await expect(el).to.be.accessible();
  });

  it('reads its due dates as written in Macedonian: a half, a range of months (whole), the end of a year, ongoing', async () => {
    const one = await renderTracker(
      html`<div lang="en">
        <hapur-commitment-tracker data-src=${MK_URL} commitment="1"></hapur-commitment-tracker>
      </div>`,
    );
    const first = one.shadowRoot?.textContent ?? '';
    expect(first).to.contain('прва половина од 2026');
    expect(first).to.match(/between January 1, 2026 and June 30, 2026|between 1 January 2026 and 30 June 2026/);
    expect(first).to.contain('септември 2025 – јуни 2026');
    expect(first).to.match(/between September 1, 2025 and June 30, 2026|between 1 September 2025 and 30 June 2026/);
    const two = await renderTracker(
      html`<div lang="en">
        <hapur-commitment-tracker data-src=${MK_URL} commitment="2"></hapur-commitment-tracker>
      </div>`,
    );
    const second = two.shadowRoot?.textContent ?? '';
    expect(second).to.match(/by (December 31, 2026|31 December 2026)/);
    expect(second).to.contain('ongoing');
  });
});

describe('<hapur-commitment-tracker> for a reader of Serbian Latin', () => {
  // Before any Cyrillic reader's block: that one loads the transliteration for the whole page.
  it('finds commitments by words typed in Cyrillic (a Serbian reader types either script)', async () => {
    const el = await kosovo('sr-Latn', 'no-url-state');
    await search(el, 'Е-Комуна');
    await until(() => shownNumbers(el).join() === '1', 'commitment 1 found by its Cyrillic words');
    await search(el, 'приватност');
    expect(shownNumbers(el)).to.deep.equal(['3']);
    await search(el, 'e-komuna');
    expect(shownNumbers(el)).to.deep.equal(['1']);
  });
});

describe('<hapur-commitment-tracker> for a reader of Serbian Cyrillic', () => {
  it('finds commitments by the Cyrillic words it shows (the plan is stored in Latin)', async () => {
    const el = await kosovo('sr-Cyrl', 'no-url-state');
    await search(el, 'Е-Комуна');
    expect(shownNumbers(el)).to.deep.equal(['1']);
    await search(el, 'приватност');
    expect(shownNumbers(el)).to.deep.equal(['3']);
    await search(el, 'zzzz нема');
    expect(shownNumbers(el)).to.deep.equal([]);
  });

  it('labels the plan’s machine-translated Serbian, shown transliterated, as both', async () => {
    // The Kosovo plan's sr-Latn texts are machine translations of the Albanian (origin.kind "machine").
    const el = await kosovo('sr-Cyrl', 'no-url-state');
    const note = q(el, '[part~="language-note"]').textContent ?? '';
    expect(note).to.contain('Аутоматско пресловљавање').and.contain('Машински превод');
  });
});
