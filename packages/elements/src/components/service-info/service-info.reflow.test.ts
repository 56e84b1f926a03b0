// Reflow at 320 px (WCAG 1.4.10: a 288 px card on a 320 px screen) and text spacing (1.4.12): a web address
// longer than the card is wide, in "Where to apply", stays inside the card.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import type { PublicService } from '@hapur/sdk';
import '../../all.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { fullService } from '../../internal/test/fixtures/services.js';
import { render } from '../../internal/test/localization-contract.js';
import { $$ } from '../../internal/test/shadow.js';
import { forceTextSpacing, inside, overflowing } from '../../internal/test/reflow.js';
import type { HapurServiceInfo } from './service-info.js';

failOnConsole();

const URL = 'https://e-kosova.rks-gov.net/sherbimet/certifikata-e-lindjes/aplikimi-online?gjuha=sq';
const service: PublicService = {
  ...fullService,
  channels: [{ id: 'web', type: 'e_kosova', url: URL }, ...fullService.channels.slice(1)],
};

describe('<hapur-service-info> at 320 px', () => {
  // The card's facts stack below a 30rem window (a media query): the window is a phone's too.
  before(() => setViewport({ width: 320, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const spacing of [false, true])
    it(`keeps a long web address of "Where to apply" inside the card (en${spacing ? ', text spacing' : ''})`, async () => {
      const el = await render<HapurServiceInfo>(
        html`<hapur-service-info lang="en" style="width: 288px" .service=${service}></hapur-service-info>`,
      );
      if (spacing) forceTextSpacing(el);
      for (const details of $$(el, 'details')) (details as HTMLDetailsElement).open = true;
      const link = $$(el, '.office a').find((a) => a.textContent === URL)!;
      expect(link, 'the address is shown').to.exist;
      const card = $$(el, '.card')[0]!;
      expect(inside(link, card), 'the address inside the card').to.equal(true);
      expect(overflowing([el, card]), 'the card and the block do not scroll sideways').to.deep.equal([]);
    });
});
