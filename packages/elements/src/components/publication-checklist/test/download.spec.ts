import { createClient } from '@hapur/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { exportChunk } from '../checklist-export-load.js';
import '../publication-checklist.define.js';
import type { HapurPublicationChecklist } from '../publication-checklist.js';
import { pressDownload, restoreOnline, setOnline } from '../../../internal/test/offline.js';
import { API, fakeChecklistApi, loadExampleData, settled } from './fake-api.js';

// Imported before the specs that press a download button: from here on, every load of the downloads' module the
// checklist asks for (the first press loads it; the pure export spec imports the writers, not this module).
const realLoad = exportChunk.load;
let loads = 0;
exportChunk.load = () => ((loads += 1), realLoad());

async function checklist(): Promise<HapurPublicationChecklist> {
  const api = fakeChecklistApi(await loadExampleData());
  const client = createClient({ baseUrl: `${location.origin}${API}`, fetch: api.fetch, retry: 0 });
  const root = await fixture(
    html`<div lang="en">
      <hapur-publication-checklist institution="xk-mf" .client=${client}></hapur-publication-checklist>
    </div>`,
  );
  const el = root.querySelector('hapur-publication-checklist')!;
  await settled(el);
  return el;
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const csvButton = (el: HapurPublicationChecklist) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="download-button"][data-format="csv"]')!;
const alertOf = (el: HapurPublicationChecklist) => el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]');

/** Presses the button and returns the files handed to the browser once `done` holds. */
const press = (_el: HapurPublicationChecklist, button: HTMLElement, done: (blobs: Blob[]) => unknown) =>
  pressDownload(button, done);

describe('<hapur-publication-checklist> loads its downloads when a reader first presses one', () => {
  it('shows the checklist with its download buttons, without the export code', async () => {
    const el = await checklist();
    const buttons = [...el.shadowRoot!.querySelectorAll('.downloads [part="download-button"]')];
    expect(buttons.map((b) => [b.localName, b.getAttribute('type'), text(b)])).to.deep.equal([
      ['button', 'button', 'Download CSV'],
      ['button', 'button', 'Download JSON'],
    ]);
    expect(loads).to.equal(0);
  });

  it('says why the export code cannot load: a module that does not run, or the browser offline; then downloads', async () => {
    const load = exportChunk.load;
    // The module arrives but cannot run (a truncated or corrupted file: a syntax error).
    const broken = 'data:text/javascript,export const checklistFile = ;';
    exportChunk.load = () => import(/* @vite-ignore */ broken);
    try {
      const el = await checklist();
      expect(await press(el, csvButton(el), () => alertOf(el))).to.deep.equal([]);
      const alert = alertOf(el)!;
      expect(alert.classList.contains('state--error')).to.equal(true);
      expect(alert.checkVisibility()).to.equal(true);
      expect(text(alert)).to.equal('The download could not start. The server had a problem. Please try again later.');
      await expect(el).to.be.accessible();
      // The browser knows it is offline: the press asks for no module (one that failed to load may stay failed for
      // the page) and the message, a new alert, says to check the connection.
      exportChunk.load = load;
      setOnline(false);
      const before = loads;
      expect(await press(el, csvButton(el), () => alertOf(el) && alertOf(el) !== alert)).to.deep.equal([]);
      expect(loads).to.equal(before + 1);
      expect(text(alertOf(el))).to.equal(
        'The download could not start. The connection failed. Check that you are online and try again.',
      );
      // Online again: the same button downloads, and the message is gone.
      setOnline(true);
      const [blob] = await press(el, csvButton(el), (blobs) => blobs.length > 0);
      expect(alertOf(el)).to.equal(null);
      expect(blob!.type).to.contain('text/csv');
      const bytes = new Uint8Array(await blob!.arrayBuffer());
      // One byte-order mark, the one `downloadFile` writes.
      expect([...bytes.slice(0, 6)]).to.deep.equal([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('per')]);
      await expect(el).to.be.accessible();
    } finally {
      exportChunk.load = load;
      restoreOnline();
    }
  });
});
