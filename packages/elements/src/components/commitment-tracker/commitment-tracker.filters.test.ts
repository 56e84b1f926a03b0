import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './commitment-tracker.define.js';
import { ANNOUNCE_DELAY_MS } from '../../internal/announce.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { pressDownload } from '../../internal/test/offline.js';
import { until } from '../../internal/test/shadow.js';
import type { HapurCommitmentTracker } from './commitment-tracker.js';
import {
  choose,
  idle,
  kosovo,
  KOSOVO_URL,
  q,
  renderTracker,
  qa,
  resetHash,
  search,
  shownNumbers,
  textOf,
  timelineShown,
} from './tracker-test-helpers.js';

failOnConsole();

const hashParams = () => new URLSearchParams(location.hash.slice(1));

describe('<hapur-commitment-tracker> filters, URL state and export', () => {
  beforeEach(resetHash);
  afterEach(resetHash);

  describe('filters and search', () => {
    it('filters by status and says how many are shown', async () => {
      const el = await kosovo();
      await choose(el, 'f-status', 'delayed');
      expect(shownNumbers(el)).to.deep.equal(['3']);
      expect(textOf(q(el, '[part~="result-count"]'))).to.equal('Showing 1 of 5 commitments');
    });

    it('filters by lead institution and by OGP value, together', async () => {
      const el = await kosovo();
      await choose(el, 'f-lead', 'xk-mapl');
      expect(shownNumbers(el)).to.deep.equal(['1', '5']);
      await choose(el, 'f-value', 'civic_participation');
      expect(shownNumbers(el)).to.deep.equal(['1']);
      const leads = qa(el, '#f-lead option').map((o) => o.textContent?.trim());
      expect(leads).to.include('Information and Privacy Agency');
    });

    it('lists the lead institutions by the names the reader sees, not by their ids', async () => {
      const el = await kosovo();
      expect(qa(el, '#f-lead option').map((o) => textOf(o))).to.deep.equal([
        'All institutions',
        'Agency for the Prevention of Corruption',
        'Information and Privacy Agency',
        'Ministry of Finance',
        'Ministry of Local Government Administration',
      ]);
    });

    it('searches titles, milestones and institutions in any language, ignoring accents', async () => {
      const el = await kosovo();
      await search(el, 'E-Komuna');
      expect(shownNumbers(el)).to.deep.equal(['1']);
      await search(el, 'Agjencia për Informim');
      expect(shownNumbers(el)).to.deep.equal(['3']);
      await search(el, 'privatesi');
      expect(shownNumbers(el)).to.deep.equal(['3']);
    });

    it('says when nothing matches, and clears all filters with one button', async () => {
      const el = await kosovo();
      await search(el, 'zzzz no such words');
      expect(shownNumbers(el)).to.deep.equal([]);
      expect(textOf(q(el, '[part~="no-matches"]'))).to.equal('No commitment matches these filters.');
      q<HTMLButtonElement>(el, '[part~="clear-button"]').click();
      await idle(el);
      expect(shownNumbers(el)).to.have.length(5);
      expect(el.shadowRoot!.activeElement?.id).to.equal('q');
    });

    it('sorts by progress, most first', async () => {
      const el = await kosovo();
      await choose(el, 'f-sort', 'progress-desc');
      const values = qa(el, '[part~="progress"]').map((bar) => Number(bar.getAttribute('aria-valuenow')));
      expect(values).to.deep.equal([...values].sort((a, b) => b - a));
      expect(shownNumbers(el)).to.not.deep.equal(['1', '2', '3', '4', '5']);
    });

    it('applies the filters to the timeline too', async () => {
      const el = await kosovo();
      await choose(el, 'f-lead', 'xk-apk');
      q<HTMLButtonElement>(el, '[part~="view-button"]:nth-child(2)').click();
      await timelineShown(el);
      const rows = qa(el, '[part~="timeline-table"] tbody th').map((th) => th.textContent?.trim().split(/\s+/)[0]);
      expect(rows).to.deep.equal(['4.1', '4.2']);
    });
  });

  describe('the result count for screen readers', () => {
    /**
     * From now on, each new text the block's live regions say (what a screen reader announces), in order, and each
     * new text of the visible count.
     */
    function record(el: HapurCommitmentTracker): { said: string[]; shown: string[]; stop: () => void } {
      const said: string[] = [];
      const shown: string[] = [];
      const saying = () =>
        qa(el, '[role="status"], [aria-live]:not([aria-live="off"])').map(textOf).filter(Boolean).join(' | ');
      const counting = () => textOf(q(el, '[part~="result-count"]'));
      let saidNow = saying();
      let shownNow = counting();
      const observer = new MutationObserver(() => {
        if (saying() !== saidNow) {
          saidNow = saying();
          if (saidNow) said.push(saidNow);
        }
        if (counting() !== shownNow) shown.push((shownNow = counting()));
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      return { said, shown, stop: () => observer.disconnect() };
    }

    /** Waits for the announcement, then as long again as the pause: `text` was said, once, and nothing after it. */
    async function heardOnce(said: string[], stop: () => void, text: string): Promise<void> {
      await until(() => said.length > 0, 'the count to be announced');
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_DELAY_MS * 2));
      stop();
      expect(said).to.deep.equal([text]);
    }

    it('shows the count at every key typed, and announces it once, with the final count, after typing pauses', async () => {
      const el = await kosovo();
      const { said, shown, stop } = record(el);
      q(el, '#q').focus();
      await sendKeys({ type: 'finance' });
      await idle(el);
      // The visible count followed the keys at once (it went through more than one count on the way)...
      expect(shown.length).to.be.greaterThan(1);
      expect(shown.at(-1)).to.equal('Showing 1 of 5 commitments');
      expect(textOf(q(el, '[part~="result-count"]'))).to.equal('Showing 1 of 5 commitments');
      // ...while a screen reader heard nothing yet: no count at every key.
      expect(said).to.deep.equal([]);
      await heardOnce(said, stop, 'Showing 1 of 5 commitments');
      await expect(el).to.be.accessible();
    });

    it('announces the count after a filter is chosen, once', async () => {
      const el = await kosovo();
      const { said, stop } = record(el);
      await choose(el, 'f-status', 'delayed');
      expect(textOf(q(el, '[part~="result-count"]'))).to.equal('Showing 1 of 5 commitments');
      // The same pause as typing: one rule for the count, whatever changed it.
      expect(said).to.deep.equal([]);
      await heardOnce(said, stop, 'Showing 1 of 5 commitments');
    });
  });

  describe('URL state', () => {
    it('writes filters, sort, view and the open commitment into the hash', async () => {
      const el = await kosovo();
      await choose(el, 'f-status', 'in_progress');
      await search(el, 'transparency');
      q<HTMLButtonElement>(el, '[data-number="2"] [part~="commitment-toggle"]').click();
      await idle(el);
      expect(Object.fromEntries(hashParams())).to.deep.equal({
        'ct-status': 'in_progress',
        'ct-q': 'transparency',
        'ct-open': '2',
      });
    });

    it('reopens the same view from a link', async () => {
      history.replaceState(null, '', '#ct-lead=xk-mapl&ct-open=5&ct-sort=title');
      const el = await kosovo();
      expect(shownNumbers(el)).to.have.members(['1', '5']);
      expect(q(el, '[data-number="5"] [part~="commitment-toggle"]').getAttribute('aria-expanded')).to.equal('true');
      expect(q<HTMLSelectElement>(el, '#f-lead').value).to.equal('xk-mapl');
      expect(q<HTMLSelectElement>(el, '#f-sort').value).to.equal('title');
    });

    it('brings the commitment a link opens into view', async () => {
      history.replaceState(null, '', '#ct-open=5');
      const spacer = document.createElement('div');
      spacer.style.blockSize = '3000px';
      document.body.prepend(spacer);
      try {
        const el = await kosovo();
        const top = q(el, '[data-number="5"]').getBoundingClientRect().top;
        expect(top).to.be.within(-1, window.innerHeight);
      } finally {
        spacer.remove();
        window.scrollTo(0, 0);
      }
    });

    it('goes back to the previous view with the back button', async () => {
      const el = await kosovo();
      await choose(el, 'f-status', 'delayed');
      await choose(el, 'f-status', 'in_progress');
      expect(shownNumbers(el)).to.not.include('3');
      history.back();
      await until(() => hashParams().get('ct-status') === 'delayed', 'history.back()');
      await idle(el);
      expect(shownNumbers(el)).to.deep.equal(['3']);
      expect(q<HTMLSelectElement>(el, '#f-status').value).to.equal('delayed');
    });

    it("keeps the page's own hash parameters and leaves the URL alone with no-url-state", async () => {
      history.replaceState(null, '', '#tab=plans');
      const el = await kosovo();
      await choose(el, 'f-status', 'complete');
      expect(hashParams().get('tab')).to.equal('plans');
      resetHash();
      const quiet = await kosovo('en', 'no-url-state');
      await choose(quiet, 'f-status', 'delayed');
      expect(location.hash).to.equal('');
      expect(shownNumbers(quiet)).to.deep.equal(['3']);
    });
  });

  describe('export', () => {
    it('exports the current view as CSV: a header and one line per milestone of the commitments shown', async () => {
      const el = await kosovo();
      await choose(el, 'f-lead', 'xk-apk');
      const file = await el.exportView('csv');
      const lines = file.content.trim().split('\r\n');
      expect(file.fileName).to.equal('xk-2026-2028-xk-apk.csv');
      expect(lines[0]).to.contain('Commitment,Commitment title,Lead institution');
      expect(lines.slice(1).map((l) => l.split(',')[0])).to.deep.equal(['4', '4']);
      expect(lines[2]).to.contain('Q3 2026 (Korrik 2026)').and.contain('At risk');
    });

    it('says on every CSV line when the progress is invented; a plan with real data has no such column', async () => {
      // The Kosovo plan with the demonstration progress log: the progress is invented.
      const lines = (await (await kosovo()).exportView('csv')).content.trim().split('\r\n');
      expect(lines[0]!.split(',').at(-1)).to.equal('Demonstration data');
      expect(lines.length).to.be.greaterThan(10);
      for (const line of lines.slice(1))
        expect(line).to.match(
          /,Demonstration data: the progress shown here is invented to show how tracking works\. [^,]*$/,
        );
      // The plan alone, as published: nothing invented, no column.
      const wrapper = document.createElement('div');
      wrapper.lang = 'en';
      wrapper.innerHTML = `<hapur-commitment-tracker data-src="${KOSOVO_URL}" today="2026-11-23"></hapur-commitment-tracker>`;
      const real = await renderTracker(html`${wrapper}`);
      const header = (await real.exportView('csv')).content.split('\r\n')[0]!;
      expect(header).to.contain('Commitment,Commitment title').and.not.contain('Demonstration');
    });

    it('exports the current view as JSON with the view that produced it', async () => {
      const el = await kosovo();
      await choose(el, 'f-status', 'delayed');
      const doc = JSON.parse((await el.exportView('json')).content) as {
        view: { status: string };
        commitments: { number: string; milestones: unknown[] }[];
      };
      expect(doc.view.status).to.equal('delayed');
      expect(doc.commitments.map((c) => c.number)).to.deep.equal(['3']);
      expect(doc.commitments[0]!.milestones).to.have.length(3);
    });

    it('downloads the file when the button is pressed, as UTF-8 with a byte-order mark', async () => {
      const el = await kosovo('sq');
      // The export code loads on the first press (a chunk of its own), then the file goes to the browser.
      const blobs = await pressDownload(
        q<HTMLButtonElement>(el, '[part~="download-button"][data-format="csv"]'),
        (files) => files.length > 0,
      );
      expect(blobs).to.have.length(1);
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const text = await blobs[0]!.text();
      expect(text).to.contain('Titulli i zotimit');
      expect(blobs[0]!.type).to.contain('text/csv');
    });
  });
});
