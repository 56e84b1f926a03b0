import { createClient } from '@hapur/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { restoreOnline, setOnline } from '../../internal/test/offline.js';
import { until } from '../../internal/test/shadow.js';
import './publication-checklist.define.js';
import type { HapurPublicationChecklist } from './publication-checklist.js';
import { API, fakeChecklistApi, loadExampleData, settled } from './test/fake-api.js';

failOnConsole();

// Its own file (its own page): the monitoring template's module has not been asked for before this runs.
const fetched: string[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const path = new URL(entry.name).pathname;
    if (path.endsWith('/publication-checklist/checklist-staff.ts')) fetched.push(path);
  }
}).observe({ type: 'resource' });

describe('<hapur-publication-checklist> switched to monitor mode while offline', () => {
  afterEach(restoreOnline);

  it('asks for the template only once the browser is online again, then shows it', async () => {
    const data = await loadExampleData();
    const api = fakeChecklistApi(data, { 'staff-mf': 'xk-mf' });
    const client = createClient({ baseUrl: `${location.origin}${API}`, fetch: api.fetch, retry: 0, token: 'staff-mf' });
    const root = await fixture(
      html`<div lang="en">
        <hapur-publication-checklist
          institution="xk-mf"
          period="2026-Q4"
          .client=${client}
        ></hapur-publication-checklist>
      </div>`,
    );
    const el = root.querySelector<HapurPublicationChecklist>('hapur-publication-checklist')!;
    await settled(el);
    setOnline(false);
    el.mode = 'monitor';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Still the public view, busy, and nothing asked for: a request now would fail and could stay failed.
    expect(fetched).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#monitor-heading')).to.equal(null);
    restoreOnline();
    window.dispatchEvent(new Event('online'));
    await until(() => el.shadowRoot!.querySelector('#monitor-heading'), 'the monitoring template');
    expect(el.shadowRoot!.querySelector('#monitor-heading')!.textContent!.trim()).to.equal(
      'Monitoring template for Q4 2026',
    );
    expect(fetched.length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.hasAttribute('aria-busy')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
