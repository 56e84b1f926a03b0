import { expect, fixture, html } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import { hapurConfigContext, type HapurConfig } from './context.js';
import { ContextProvider } from './context-provider.js';
import { replayLateContextRequests } from './context-root.js';

// The provider side <hapur-provider> uses, against @lit/context's consumer (what the blocks' @consume is) and
// context root (what the loader attaches to the page, `replayLateContextRequests`).

/** A block's side: @lit/context's subscribing consumer of the config, recording every value it is given. */
class ConfigReader extends LitElement {
  seen: HapurConfig[] = [];
  readonly consumer = new ContextConsumer(this, {
    context: hapurConfigContext,
    subscribe: true,
    callback: (value) => this.seen.push(value),
  });
}
customElements.define('test-config-reader', ConfigReader);

let defined = 0;
/** A provider element under a new tag, defined when the test says (a module that arrives late). */
function defineProvider(tag = `test-config-provider-${++defined}`) {
  class Provider extends LitElement {
    readonly provider = new ContextProvider(this, hapurConfigContext, { api: '/first' });
  }
  customElements.define(tag, Provider);
  return tag;
}

const readerIn = (root: Element) => root.querySelector('test-config-reader') as ConfigReader;

describe('ContextProvider (the Context Community Protocol, provider side)', () => {
  it('gives the blocks inside its value, and every new one', async () => {
    const tag = defineProvider();
    const root = await fixture(`<${tag}><div><test-config-reader></test-config-reader></div></${tag}>`);
    const reader = readerIn(root);
    expect(reader.consumer.value).to.deep.equal({ api: '/first' });
    const next = { api: '/second' };
    (root as LitElement & { provider: ContextProvider<HapurConfig> }).provider.set(next);
    expect(reader.consumer.value).to.equal(next);
    expect(reader.seen.map((config) => config.api)).to.deep.equal(['/first', '/second']);
  });

  it('answers blocks that asked before it upgraded, through the context root', async () => {
    const tag = `test-config-provider-late-${++defined}`;
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    replayLateContextRequests(page);
    page.innerHTML = `<${tag}><test-config-reader></test-config-reader></${tag}>`;
    const reader = readerIn(page);
    expect(reader.consumer.value).to.be.undefined;
    defineProvider(tag);
    expect(reader.consumer.value).to.deep.equal({ api: '/first' });
  });

  it('forgets a block once it is disconnected', async () => {
    const tag = defineProvider();
    const root = await fixture(`<${tag}><test-config-reader></test-config-reader></${tag}>`);
    const reader = readerIn(root);
    reader.remove();
    (root as LitElement & { provider: ContextProvider<HapurConfig> }).provider.set({ api: '/second' });
    expect(reader.seen.map((config) => config.api)).to.deep.equal(['/first']);
  });

  it('hands its blocks to a provider that connects inside it, and leaves the outer one alone', async () => {
    const outer = defineProvider();
    const inner = `test-config-provider-inner-${++defined}`;
    const root = await fixture(`<${outer}><${inner}><test-config-reader></test-config-reader></${inner}></${outer}>`);
    const reader = readerIn(root);
    expect(reader.consumer.value).to.deep.equal({ api: '/first' });
    class Inner extends LitElement {
      readonly provider = new ContextProvider(this, hapurConfigContext, { api: '/inner' } as HapurConfig);
    }
    customElements.define(inner, Inner);
    expect(reader.consumer.value).to.deep.equal({ api: '/inner' });
    (root as LitElement & { provider: ContextProvider<HapurConfig> }).provider.set({ api: '/outer-again' });
    expect(reader.consumer.value).to.deep.equal({ api: '/inner' });
  });

  it('does not answer its own requests', async () => {
    const tag = defineProvider();
    const root = await fixture(`<${tag}></${tag}>`);
    let answered = false;
    root.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: hapurConfigContext,
        callback: () => (answered = true),
        subscribe: false,
      }),
    );
    expect(answered).to.be.false;
  });
});
