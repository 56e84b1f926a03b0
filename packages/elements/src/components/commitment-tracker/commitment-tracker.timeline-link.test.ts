import { expect, html } from '@open-wc/testing';
import './commitment-tracker.define.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { until } from '../../internal/test/shadow.js';
import { timelineChunk } from './tracker-timeline-load.js';
import { KOSOVO_URL, qa, renderTracker, resetHash, timelineShown } from './tracker-test-helpers.js';

failOnConsole();

// Its own file (its own page): the timeline's module has not been asked for before this runs.
const realLoad = timelineChunk.load;
let loads = 0;
timelineChunk.load = () => ((loads += 1), realLoad());

describe('<hapur-commitment-tracker> opened by a link to its timeline', () => {
  beforeEach(resetHash);
  afterEach(resetHash);

  it('asks for the timeline’s module while the plan is still on its way, then shows the timeline', async () => {
    history.replaceState(null, '', '#ct-view=timeline');
    // The plan's file waits until the test lets it through.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const realFetch = window.fetch;
    window.fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith(KOSOVO_URL)) await held;
      return realFetch(input, init);
    };
    try {
      const el = await renderTracker(
        html`<div lang="en">
          <hapur-commitment-tracker data-src=${KOSOVO_URL} today="2026-11-23"></hapur-commitment-tracker>
        </div>`,
        false,
      );
      await until(() => loads === 1, 'the timeline module to be asked for');
      expect(el.hasState('loading')).to.equal(true);
      expect(qa(el, '[part~="timeline"]')).to.have.length(0);
      release();
      await timelineShown(el);
      expect(qa(el, '[part~="timeline-table"] tbody tr').length).to.be.greaterThan(0);
      expect(loads).to.equal(1);
    } finally {
      release();
      window.fetch = realFetch;
    }
  });
});
