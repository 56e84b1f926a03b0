// Runs in its own page (web-test-runner gives each file one), so no language catalogue is loaded yet.
import { expect } from '@open-wc/testing';
import { waitUntil } from './test/shadow.js';
import '../all.js';
import { minimalService } from './test/fixtures/services.js';
import type { HapurServiceInfo } from '../components/service-info/service-info.js';

describe('a block whose strings are still loading', () => {
  it('keeps its room and :state(loading) even when its data is already there, then shows the content', async () => {
    const el = document.createElement('hapur-service-info') as HapurServiceInfo;
    el.lang = 'sr-Latn';
    el.service = minimalService;
    document.body.append(el);
    await el.updateComplete;
    // Data is in hand (a property), but the Serbian strings are not: a box with height, still "loading".
    expect(el.shadowRoot!.querySelector('.state--language')).to.not.equal(null);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.matches(':state(loading)')).to.be.true;
    await waitUntil(() => !el.matches(':state(loading)'), 'the block leaves the loading state', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('.state--language')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Minimalna usluga');
    el.remove();
  });
});
