import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../components/commitment-tracker/commitment-tracker.define.js';
import '../../components/service-info/service-info.define.js';
import type { HapurErrorEvent } from '../../events/index.js';

// A block with nothing to say where its data comes from tells its embedder, in the `hapur-error` event's error, what
// to set, without naming another block's attribute (it told every block to set `service-id`).

async function missingSource(block: ReturnType<typeof html>): Promise<Error> {
  const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
  const failed = oneEvent(wrapper, 'hapur-error') as Promise<HapurErrorEvent>;
  const { render } = await import('lit');
  render(block, wrapper);
  return (await failed).detail.error as Error;
}

describe('a block without a data source', () => {
  it('says what to set, not another block’s attribute', async () => {
    const error = await missingSource(
      html`<hapur-commitment-tracker plan-id="xk-2026-2028"></hapur-commitment-tracker>`,
    );
    expect(error.name).to.equal('MissingSourceError');
    expect(error.message).to.equal('No data source: set api, data-src, or an inline JSON child');
  });

  it('says the same on the service card, whose id attribute is set', async () => {
    const error = await missingSource(html`<hapur-service-info service-id="x"></hapur-service-info>`);
    expect(error.message).to.equal('No data source: set api, data-src, or an inline JSON child');
  });
});
