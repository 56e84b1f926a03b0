import { expect, fixture, html } from '@open-wc/testing';
import { ContextConsumer, ContextEvent, createContext } from '@lit/context';
import { LitElement } from 'lit';
import { hapurConfigContext, type HapurConfig } from './context.js';
import { ContextProvider } from './context-provider.js';
import { replayLateContextRequests } from './context-root.js';

// What the loader attaches to the page: blocks whose module arrives before their <hapur-provider>'s still get its
// settings once the provider upgrades.

class LateReader extends LitElement {
  seen: (HapurConfig | undefined)[] = [];
  readonly consumer = new ContextConsumer(this, {
    context: hapurConfigContext,
    subscribe: true,
    callback: (value) => this.seen.push(value),
  });
}
customElements.define('test-late-reader', LateReader);

let defined = 0;
const providerTag = () => `test-late-provider-${++defined}`;
function defineProvider(tag: string, api = '/late') {
  customElements.define(
    tag,
    class extends LitElement {
      readonly provider = new ContextProvider(this, hapurConfigContext, { api });
    },
  );
}

async function page() {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  replayLateContextRequests(root);
  return root;
}

describe('replayLateContextRequests (the loader’s context root)', () => {
  it('gives a block that upgraded first the settings of the provider that upgrades after it', async () => {
    const root = await page();
    const tag = providerTag();
    root.innerHTML = `<${tag}><div><test-late-reader></test-late-reader></div></${tag}>`;
    const reader = root.querySelector('test-late-reader') as LateReader;
    expect(reader.consumer.value).to.be.undefined;
    defineProvider(tag);
    expect(reader.consumer.value).to.deep.equal({ api: '/late' });
    expect(reader.seen).to.deep.equal([{ api: '/late' }]);
    // Answered: not asked again when another provider announces itself.
    root.dispatchEvent(Object.assign(new Event('context-provider'), { context: hapurConfigContext }));
    expect(reader.seen).to.deep.equal([{ api: '/late' }]);
  });

  it('asks again once for a request made twice, and only for the context the provider gives', async () => {
    const root = await page();
    const target = document.createElement('div');
    root.append(target);
    const values: unknown[] = [];
    const callback = (value: unknown) => values.push(value);
    const other = createContext<string>(Symbol('other'));
    target.dispatchEvent(new ContextEvent(other, target, callback, true));
    target.dispatchEvent(new ContextEvent(other, target, callback, true));
    const asked: unknown[] = [];
    root.addEventListener('context-request', (event) => asked.push((event as ContextEvent<never>).context));
    root.dispatchEvent(Object.assign(new Event('context-provider'), { context: hapurConfigContext }));
    expect(asked, 'another context: nothing asked').to.deep.equal([]);
    root.dispatchEvent(Object.assign(new Event('context-provider'), { context: other }));
    expect(asked).to.deep.equal([other]);
    root.dispatchEvent(Object.assign(new Event('context-provider'), { context: other }));
    expect(asked, 'still unanswered: kept for the next provider, once').to.deep.equal([other, other]);
  });

  it('keeps no one-time request (subscribe false): a late answer would not reach it', async () => {
    const root = await page();
    const target = document.createElement('div');
    root.append(target);
    target.dispatchEvent(new ContextEvent(hapurConfigContext, target, () => undefined, false));
    const asked: unknown[] = [];
    root.addEventListener('context-request', () => asked.push(1));
    root.dispatchEvent(Object.assign(new Event('context-provider'), { context: hapurConfigContext }));
    expect(asked).to.deep.equal([]);
  });
});
