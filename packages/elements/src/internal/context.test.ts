import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { consumeConfig, hapurConfigContext, type HapurConfig } from './context.js';
import { ContextProvider } from './context-provider.js';
import { replayLateContextRequests } from './context-root.js';

// The blocks' side of the Context Community Protocol: `consumeConfig`, against the provider <hapur-provider> uses
// and the loader's context root. (context-provider.test.ts holds the provider to @lit/context's own consumer.)

/** A block as the blocks declare it: `config` kept by `consumeConfig`, each render recording the api it saw. */
class ConfigBlock extends LitElement {
  static {
    consumeConfig(this);
  }
  protected config: HapurConfig | undefined;
  rendered: (string | undefined)[] = [];
  get api(): string | undefined {
    return this.config?.api;
  }
  protected override render() {
    this.rendered.push(this.config?.api);
    return html`${this.config?.api ?? ''}`;
  }
}
customElements.define('test-config-block', ConfigBlock);

let defined = 0;
function defineProvider(tag = `test-consume-provider-${++defined}`, api = '/first') {
  class Provider extends LitElement {
    readonly provider = new ContextProvider(this, hapurConfigContext, { api } as HapurConfig);
  }
  customElements.define(tag, Provider);
  return tag;
}
type ProviderElement = LitElement & { provider: ContextProvider<HapurConfig> };
const blockIn = (root: Element) => root.querySelector('test-config-block') as ConfigBlock;

describe('consumeConfig (the blocks take the provider’s settings)', () => {
  it('sets config from the nearest provider and renders again with every new value', async () => {
    const tag = defineProvider();
    const root = await fixture<ProviderElement>(`<${tag}><div><test-config-block></test-config-block></div></${tag}>`);
    const block = blockIn(root);
    await block.updateComplete;
    expect(block.api).to.equal('/first');
    expect(block.shadowRoot!.textContent).to.equal('/first');
    root.provider.set({ api: '/second' });
    await block.updateComplete;
    expect(block.shadowRoot!.textContent).to.equal('/second');
    expect(block.rendered.at(-1)).to.equal('/second');
  });

  it('gets the settings of a provider that upgrades after it, through the loader’s context root', async () => {
    const tag = `test-consume-provider-late-${++defined}`;
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    replayLateContextRequests(page);
    page.innerHTML = `<${tag}><test-config-block></test-config-block></${tag}>`;
    const block = blockIn(page);
    expect(block.api).to.be.undefined;
    defineProvider(tag, '/late');
    await block.updateComplete;
    expect(block.api).to.equal('/late');
    expect(block.shadowRoot!.textContent).to.equal('/late');
  });

  it('stops listening once disconnected', async () => {
    const tag = defineProvider();
    const root = await fixture<ProviderElement>(`<${tag}><test-config-block></test-config-block></${tag}>`);
    const block = blockIn(root);
    block.remove();
    root.provider.set({ api: '/after-removal' });
    expect(block.api).to.equal('/first');
  });

  it('follows the provider it is moved into, and no longer the one it left', async () => {
    const a = defineProvider(undefined, '/a');
    const b = defineProvider(undefined, '/b');
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    page.innerHTML = `<${a}><test-config-block></test-config-block></${a}><${b}></${b}>`;
    const [first, second] = [...page.children] as ProviderElement[];
    const block = blockIn(page);
    expect(block.api).to.equal('/a');
    second!.append(block);
    expect(block.api).to.equal('/b');
    first!.provider.set({ api: '/a-again' });
    expect(block.api).to.equal('/b');
    second!.provider.set({ api: '/b-again' });
    expect(block.api).to.equal('/b-again');
  });

  it('takes the settings of a nearer provider that connects inside the outer one', async () => {
    const outer = defineProvider(undefined, '/outer');
    const inner = `test-consume-provider-inner-${++defined}`;
    const root = await fixture<ProviderElement>(
      `<${outer}><${inner}><test-config-block></test-config-block></${inner}></${outer}>`,
    );
    const block = blockIn(root);
    expect(block.api).to.equal('/outer');
    defineProvider(inner, '/inner');
    expect(block.api).to.equal('/inner');
    root.provider.set({ api: '/outer-again' });
    expect(block.api).to.equal('/inner');
  });
});
