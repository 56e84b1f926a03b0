import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../internal/test/shadow.js';
import '../../all.js';
import type { HapurServiceInfo } from '../service-info/service-info.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { settled, shadowText } from '../../internal/test/localization-contract.js';

failOnConsole();

// A folder the test server serves like the API: <base>/services/<id> holds one service as JSON.
const FIXTURE_API = '/packages/elements/src/internal/test/fixtures/api';

describe('<hapur-provider>', () => {
  it('gives blocks at any depth its API address and its language', async () => {
    const root = await fixture(
      html`<hapur-provider api=${FIXTURE_API} lang="sr-Latn">
        <main>
          <div><hapur-service-info service-id="example-birth-certificate"></hapur-service-info></div>
        </main>
      </hapur-provider>`,
    );
    const card = root.querySelector('hapur-service-info') as HapurServiceInfo;
    await settled(card);
    expect(shadowText(card)).to.contain('Izvod iz matične knjige rođenih').and.contain('Potrebna dokumenta');
  });

  it("lets a block's own api win over the provider's", async () => {
    const root = await fixture(
      html`<hapur-provider api="/nowhere" lang="en">
        <hapur-service-info api=${FIXTURE_API} service-id="example-birth-certificate"></hapur-service-info>
      </hapur-provider>`,
    );
    const card = root.querySelector('hapur-service-info') as HapurServiceInfo;
    await settled(card);
    // The fixture API answers after the catalogue loaded; on a busy machine that can take longer than settled() waits.
    await waitUntil(() => !card.hasState('loading'), 'the card is still loading', { timeout: 5000 });
    expect(shadowText(card)).to.contain('Birth certificate');
  });

  it('reloads the blocks inside when its api changes', async () => {
    const root = await fixture(
      html`<hapur-provider api="/packages/elements/no-such-api" lang="en">
        <hapur-service-info service-id="example-birth-certificate"></hapur-service-info>
      </hapur-provider>`,
    );
    const card = root.querySelector('hapur-service-info') as HapurServiceInfo;
    await settled(card);
    expect(card.hasState('error')).to.be.true;
    root.setAttribute('api', FIXTURE_API);
    await settled(card);
    expect(card.hasState('error')).to.be.false;
    expect(shadowText(card)).to.contain('Birth certificate');
  });

  it('does not change the layout of its content', async () => {
    const root = await fixture(html`<hapur-provider><p>text</p></hapur-provider>`);
    expect(getComputedStyle(root).display).to.equal('contents');
  });
});
