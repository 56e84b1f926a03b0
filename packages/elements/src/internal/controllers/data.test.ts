import { expect } from '@open-wc/testing';
import { waitUntil } from '../test/shadow.js';
import { LitElement } from 'lit';
import { DataController } from './data.js';

/** A bare host: what the controller needs from an element, nothing else. */
class Host extends LitElement {
  states = new Set<string>();
  release!: (value: string) => void;
  fail!: (error: Error) => void;
  readonly data = new DataController<string>(this, {
    task: () => ({
      source: 'api',
      key: 'one',
      run: () =>
        new Promise<string>((resolve, reject) => {
          this.release = resolve;
          this.fail = reject;
        }),
    }),
  });
  toggleState(name: string, on: boolean): void {
    if (on) this.states.add(name);
    else this.states.delete(name);
  }
  override render() {
    return this.data.data ?? '';
  }
}
customElements.define('data-controller-host', Host);

describe('DataController', () => {
  it('renders a large answer in a task of its own, after the one that received it', async () => {
    const host = document.createElement('data-controller-host') as Host;
    document.body.append(host);
    await host.updateComplete;
    expect(host.data.status).to.equal('loading');
    host.release('the plan');
    // Every microtask of the receiving task has run: still loading, nothing rendered yet.
    await Promise.resolve();
    await Promise.resolve();
    expect(host.data.status).to.equal('loading');
    expect(host.shadowRoot!.textContent).to.equal('');
    await waitUntil(() => host.data.status === 'success', 'the answer is applied in a later task');
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('the plan');
    expect(host.states.has('loading')).to.be.false;
    host.remove();
  });

  /** A host whose first load succeeded with 'first', and the events it fires from then on. */
  async function loadedHost(): Promise<{ host: Host; events: string[] }> {
    const host = document.createElement('data-controller-host') as Host;
    document.body.append(host);
    await host.updateComplete;
    host.release('first');
    await waitUntil(() => host.data.status === 'success');
    return { host, events: [] };
  }

  it('refresh() fetches again in the background: the old data stays on screen, no loading state, no events', async () => {
    const { host, events } = await loadedHost();
    host.addEventListener('hapur-load', (e) => events.push(e.type));
    host.addEventListener('hapur-error', (e) => events.push(e.type));
    const refreshed = host.data.refresh();
    await host.updateComplete;
    expect(host.data.status).to.equal('success');
    expect(host.shadowRoot!.textContent).to.equal('first');
    expect(host.states.has('loading')).to.be.false;
    host.release('second');
    await refreshed;
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('second');
    expect(events).to.deep.equal([]);
    host.remove();
  });

  it('refresh(true) that fails keeps what is on screen and rejects with the error (no error state, no events)', async () => {
    const { host, events } = await loadedHost();
    host.addEventListener('hapur-error', (e) => events.push(e.type));
    const refreshed = host.data.refresh(true);
    await host.updateComplete;
    const offline = new TypeError('Failed to fetch');
    host.fail(offline);
    let caught: unknown;
    await refreshed.catch((error: unknown) => (caught = error));
    await host.updateComplete;
    expect(caught).to.equal(offline);
    expect(host.data.status).to.equal('success');
    expect(host.shadowRoot!.textContent).to.equal('first');
    expect(events).to.deep.equal([]);
    host.remove();
  });
});
