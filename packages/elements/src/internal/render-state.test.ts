import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { waitUntil } from './test/shadow.js';
import { DataController } from './controllers/data.js';
import type { LocalizeController } from './controllers/localize.js';
import { renderDataState } from './render-state.js';
import en from '../translations/en.js';

/** A data block reduced to its states: fails while `failing`, then shows its content. */
class RetryHost extends LitElement {
  failing = true;
  readonly data = new DataController<string>(this, {
    task: () => ({
      source: 'api',
      key: 'one',
      run: async () => {
        if (this.failing) throw Object.assign(new Error('down'), { name: 'NetworkError' });
        return 'The plan';
      },
    }),
  });
  toggleState(): void {}
  override render() {
    const localize = { t: en } as unknown as LocalizeController;
    return html`<button id="before">before</button>
      ${renderDataState(this.data, localize, '') ?? html`<section part="base"><p>${this.data.data}</p></section>`}`;
  }
}
customElements.define('render-state-retry-host', RetryHost);

const retryButton = (host: RetryHost) => host.shadowRoot!.querySelector<HTMLElement>('[part="retry-button"]');

async function failedHost(): Promise<RetryHost> {
  const host = document.createElement('render-state-retry-host') as RetryHost;
  document.body.append(host);
  await waitUntil(() => retryButton(host), 'no retry button');
  return host;
}

describe('renderDataState: the retry button', () => {
  // The button goes away with the error it answers. Before: focus fell to <body> (seen on every citizen block of the
  // example pages at 320 px, offline then online), so the next Tab started again at the top of the page.
  it('keeps keyboard focus in the block when the retry succeeds', async () => {
    const host = await failedHost();
    host.failing = false;
    retryButton(host)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => host.data.status === 'success', 'not reloaded');
    await waitUntil(() => host.shadowRoot!.activeElement !== null, 'focus left the block');
    expect(host.shadowRoot!.activeElement).to.equal(host.shadowRoot!.querySelector('[part="base"]'));
    host.remove();
  });

  it('keeps keyboard focus in the block when the retry fails again: on the error, its retry button next', async () => {
    const host = await failedHost();
    retryButton(host)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => host.shadowRoot!.activeElement !== null, 'focus left the block');
    const error = host.shadowRoot!.querySelector('[part="base"]')!;
    expect(host.shadowRoot!.activeElement).to.equal(error);
    expect(error.getAttribute('role')).to.equal('alert');
    await sendKeys({ press: 'Tab' });
    expect(host.shadowRoot!.activeElement).to.equal(retryButton(host));
    host.remove();
  });

  it('leaves focus alone when the reader moved on while it loaded', async () => {
    const host = await failedHost();
    host.failing = false;
    retryButton(host)!.click();
    const before = host.shadowRoot!.querySelector<HTMLElement>('#before')!;
    before.focus();
    await waitUntil(() => host.data.status === 'success', 'not reloaded');
    await host.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host.shadowRoot!.activeElement).to.equal(before);
    host.remove();
  });
});
