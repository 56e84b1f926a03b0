import { expect } from '@open-wc/testing';
import './commitment-tracker.define.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { droppedImport } from '../../internal/test/offline.js';
import { until } from '../../internal/test/shadow.js';
import type { HapurCommitmentTracker } from './commitment-tracker.js';
import { timelineChunk } from './tracker-timeline-load.js';
import { idle, kosovo, q, qa, resetHash, shownNumbers, textOf, timelineShown } from './tracker-test-helpers.js';

failOnConsole();

// From here on: every load of the timeline's module the tracker asks for, and every timeline file the page fetches (the
// test runner serves each source module as its own file; an observer sees them all, the timeline's buffer may not).
const realLoad = timelineChunk.load;
let loads = 0;
timelineChunk.load = () => ((loads += 1), realLoad());
const fetched: string[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const path = new URL(entry.name).pathname;
    if (/\/(render-timeline|tracker-timeline|tracker-timeline\.styles|tracker-timeline-view)\.ts$/.test(path))
      fetched.push(path);
  }
}).observe({ type: 'resource' });

/** Whether the tracker's sheets hold the timeline's rules (the chart's grid). */
const hasTimelineStyles = (el: HapurCommitmentTracker) =>
  el.shadowRoot!.adoptedStyleSheets.some((sheet) =>
    [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.chart__bar--span')),
  );

const timelineButton = (el: HapurCommitmentTracker) => q<HTMLButtonElement>(el, '[part~="view-button"]:nth-child(2)');

// Its own file (its own page): no other test has loaded the timeline before these run, and they run in order.
describe('<hapur-commitment-tracker> loads its timeline when it is first shown', () => {
  beforeEach(resetHash);
  afterEach(resetHash);

  it('shows the list, the default view, without the timeline’s module or styles', async () => {
    const el = await kosovo('en', 'no-url-state');
    expect(shownNumbers(el)).to.have.length.greaterThan(0);
    expect(qa(el, '[part~="timeline"]')).to.have.length(0);
    expect(loads).to.equal(0);
    expect(fetched).to.deep.equal([]);
    expect(hasTimelineStyles(el)).to.equal(false);
  });

  it('shows the loading state while it loads, an error with a retry if it cannot, then the timeline', async () => {
    const load = timelineChunk.load;
    let fail = true;
    timelineChunk.load = () => (fail ? droppedImport() : load());
    try {
      const el = await kosovo('en', 'no-url-state');
      timelineButton(el).click();
      await el.updateComplete;
      // The module is on its way: the block's loading state where the timeline goes, below the toolbar, which stays
      // in place (the same buttons) until the timeline has come.
      const button = timelineButton(el);
      const pending = q(el, '.state[aria-busy="true"]');
      expect(textOf(pending.querySelector('[role="status"]')!)).to.equal('Loading…');
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      // It could not load: the error state, with a retry.
      await until(() => el.shadowRoot!.querySelector('.state--error'), 'the error state');
      const alert = q(el, '.state--error');
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(textOf(alert)).to.contain('The connection failed.');
      await expect(el).to.be.accessible();
      fail = false;
      q<HTMLButtonElement>(el, '.state--error [part~="retry-button"]').click();
      await timelineShown(el);
      expect(qa(el, '.state')).to.have.length(0);
      expect(timelineButton(el)).to.equal(button);
      expect(qa(el, '[part~="timeline-table"] tbody tr').length).to.be.greaterThan(0);
      expect(loads).to.equal(1);
      expect(fetched).to.include.members([
        '/packages/elements/src/components/commitment-tracker/tracker-timeline-view.ts',
        '/packages/elements/src/components/commitment-tracker/render-timeline.ts',
      ]);
      // Its styles came with it: the chart is a grid, and no rule of the tracker's own sheet lost its place.
      expect(hasTimelineStyles(el)).to.equal(true);
      expect(getComputedStyle(q(el, '.chart')).display).to.equal('grid');
      const sheets = el.shadowRoot!.adoptedStyleSheets;
      const timelineAt = sheets.findIndex((sheet) => [...sheet.cssRules].some((r) => r.cssText.startsWith('.chart {')));
      const ownAt = sheets.findIndex((sheet) => [...sheet.cssRules].some((r) => r.cssText.startsWith('.tracker {')));
      expect(timelineAt).to.be.lessThan(ownAt);
      await expect(el).to.be.accessible();
    } finally {
      timelineChunk.load = load;
    }
  });

  it('opens on the timeline from a link, and another tracker shows it at once', async () => {
    history.replaceState(null, '', '#ct-view=timeline');
    const el = await kosovo('en');
    await timelineShown(el);
    expect(qa(el, '[part~="timeline-table"]')).to.have.length(1);
    expect(hasTimelineStyles(el)).to.equal(true);
    el.remove();
    const other = await kosovo('en', 'no-url-state');
    timelineButton(other).click();
    await idle(other);
    expect(qa(other, '[part~="timeline-table"]')).to.have.length(1);
    expect(loads).to.equal(1);
    expect(hasTimelineStyles(other)).to.equal(true);
    await expect(other).to.be.accessible();
  });
});
