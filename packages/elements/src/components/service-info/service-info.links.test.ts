// Links in the card reach it by four paths (API, inline JSON, data-src, the `service` property); only
// https: URLs may become links on every one of them.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { createClient, type PublicService } from '@hapur/sdk';
import '../../all.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { fakeFetch, fullService, json } from '../../internal/test/fixtures/services.js';
import { render, shadowText } from '../../internal/test/localization-contract.js';
import type { HapurServiceInfo } from './service-info.js';

failOnConsole();

const BAD = 'javascript:window.hacked=1';

/** The example service with every URL field set to `url`. */
function withUrls(url: string): PublicService {
  return {
    ...fullService,
    channels: [{ id: 'web', type: 'e_kosova', url }, ...fullService.channels.slice(1)],
    contactPoint: { ...fullService.contactPoint!, contactPage: url },
    complaint: { ...fullService.complaint!, url },
    legalResources: [{ ...fullService.legalResources![0]!, url }],
    sourceUrl: url,
  };
}

/** Every link the card shows, as the browser resolved it. */
const links = (el: HapurServiceInfo) =>
  [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
const scripted = (el: HapurServiceInfo) => links(el).filter((href) => !/^(https|tel|mailto):/.test(href));

describe('<hapur-service-info> links', () => {
  it('renders a javascript: URL set through the property as text, never as a link', async () => {
    const el = await render<HapurServiceInfo>(
      html`<hapur-service-info lang="en" .service=${withUrls(BAD)}></hapur-service-info>`,
    );
    expect(shadowText(el)).to.contain('Birth certificate').and.contain('Example law');
    expect(scripted(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="apply-link"]')).to.equal(null);
    expect(shadowText(el), 'the address is still shown, as text').to.contain(BAD);
    const compact = await render<HapurServiceInfo>(
      html`<hapur-service-info lang="en" variant="compact" .service=${withUrls(BAD)}></hapur-service-info>`,
    );
    expect(compact.shadowRoot!.querySelector('[part="details-link"]')).to.equal(null);
  });

  it('refuses a javascript: href attribute on the compact card', async () => {
    const el = await render<HapurServiceInfo>(
      html`<hapur-service-info lang="en" variant="compact" href=${BAD} .service=${fullService}></hapur-service-info>`,
    );
    expect(scripted(el)).to.deep.equal([]);
  });

  it('shows no link other than https: from the API, inline JSON or data-src either', async () => {
    const body = JSON.stringify(withUrls(BAD));
    const fetch = fakeFetch({ [`/api/v1/services/${fullService.id}`]: () => json(JSON.parse(body)) });
    const client = createClient({ baseUrl: new URL('/api/v1', location.href), fetch, retry: 0 });
    const file = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    const els = [
      await render<HapurServiceInfo>(
        html`<hapur-service-info lang="en" service-id=${fullService.id} .client=${client}></hapur-service-info>`,
      ),
      await render<HapurServiceInfo>(
        html`<hapur-service-info lang="en"
          ><script type="application/json">
            ${body}
          </script></hapur-service-info
        >`,
      ),
      await render<HapurServiceInfo>(html`<hapur-service-info lang="en" data-src=${file}></hapur-service-info>`),
    ];
    URL.revokeObjectURL(file);
    for (const el of els) expect(scripted(el)).to.deep.equal([]);
  });

  it('still links every https: URL', async () => {
    const el = await render<HapurServiceInfo>(
      html`<hapur-service-info lang="en" .service=${withUrls('https://example.org/x')}></hapur-service-info>`,
    );
    // Apply online, the channel, the contact page, the complaint page and the law.
    expect(links(el).filter((href) => href === 'https://example.org/x')).to.have.length(5);
  });
});
