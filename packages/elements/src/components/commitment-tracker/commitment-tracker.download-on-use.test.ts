import { expect } from '@open-wc/testing';
import './commitment-tracker.define.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { pressDownload, restoreOnline, setOnline } from '../../internal/test/offline.js';
import type { HapurCommitmentTracker } from './commitment-tracker.js';
import { exportChunk } from './tracker-export-load.js';
import { kosovo, q, qa, resetHash, textOf } from './tracker-test-helpers.js';

failOnConsole();

// From here on: every load of the downloads' module the tracker asks for, and every export file the page fetches (the
// test runner serves each source module as its own file).
const realLoad = exportChunk.load;
let loads = 0;
exportChunk.load = () => ((loads += 1), realLoad());
const fetched: string[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const path = new URL(entry.name).pathname;
    if (/\/(tracker-download|tracker-export|download|csv)\.ts$/.test(path)) fetched.push(path);
  }
}).observe({ type: 'resource' });

const csvButton = (el: HapurCommitmentTracker) =>
  q<HTMLButtonElement>(el, '[part~="download-button"][data-format="csv"]');

const press = pressDownload;

// Its own file (its own page): no other test has loaded the downloads' module before these run, and they run in order.
describe('<hapur-commitment-tracker> loads its downloads when a reader first presses one', () => {
  beforeEach(resetHash);
  afterEach(resetHash);

  it('shows the plan without the export code', async () => {
    const el = await kosovo('en', 'no-url-state');
    expect(qa(el, '[part~="download-button"]')).to.have.length(2);
    expect(loads).to.equal(0);
    expect(fetched).to.deep.equal([]);
  });

  it('says why the export code cannot load: the server answered an error, or the browser is offline; then downloads', async () => {
    const load = exportChunk.load;
    // The server answers 404 for the module (a missing file after a deploy; a 500 fails the same way).
    const missing = new URL('./no-such-chunk.js', import.meta.url).href;
    exportChunk.load = () => import(/* @vite-ignore */ missing);
    try {
      const el = await kosovo('en', 'no-url-state');
      const alertShown = () => el.shadowRoot!.querySelector('[role="alert"]');
      expect(await press(csvButton(el), alertShown)).to.deep.equal([]);
      const alert = q(el, '.toolbar [role="alert"]');
      expect(alert.classList.contains('state--error')).to.equal(true);
      expect(alert.checkVisibility()).to.equal(true);
      expect(textOf(alert)).to.equal('The download could not start. The server had a problem. Please try again later.');
      await expect(el).to.be.accessible();
      // The browser knows it is offline: the press asks for no module (one that failed to load may stay failed for
      // the page) and the message, a new alert, says to check the connection.
      exportChunk.load = load;
      setOnline(false);
      const before = loads;
      const again = await press(csvButton(el), () => alertShown() && alertShown() !== alert);
      expect(again).to.deep.equal([]);
      expect(loads).to.equal(before + 1);
      expect(fetched).to.deep.equal([]);
      expect(textOf(alertShown()!)).to.equal(
        'The download could not start. The connection failed. Check that you are online and try again.',
      );
      // Online again: the same button downloads, and the message is gone.
      setOnline(true);
      const [blob] = await press(csvButton(el), (blobs) => blobs.length > 0);
      expect(alertShown()).to.equal(null);
      expect(await blob!.text()).to.contain('Commitment,Commitment title,Lead institution');
      expect(fetched).to.include('/packages/elements/src/components/commitment-tracker/tracker-download.ts');
      // exportView gives the file too (the module is here now).
      expect((await el.exportView('json')).fileName).to.equal('xk-2026-2028.json');
    } finally {
      exportChunk.load = load;
      restoreOnline();
    }
  });
});
