import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { VisibleInterval } from './visible-interval.js';

/** A bare controller host: the test connects and disconnects it by hand. */
function host() {
  const controllers: ReactiveController[] = [];
  const h: ReactiveControllerHost = {
    addController: (c) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
  return {
    h,
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
}

let visibility: DocumentVisibilityState = 'visible';
const setVisibility = (state: DocumentVisibilityState) => {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('VisibleInterval (the staff inbox’s minute refresh)', () => {
  before(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility }));
  after(() => delete (document as { visibilityState?: unknown }).visibilityState);
  afterEach(() => (visibility = 'visible'));

  it('ticks while the page is visible, not while it is hidden, and at once when it comes back late', async () => {
    const { h, connect, disconnect } = host();
    let ticks = 0;
    new VisibleInterval(h, 40, () => (ticks += 1));
    connect();
    await wait(150);
    const visibleTicks = ticks;
    expect(visibleTicks).to.be.within(2, 4);
    setVisibility('hidden');
    await wait(150);
    expect(ticks, 'no request from a hidden tab').to.equal(visibleTicks);
    setVisibility('visible');
    expect(ticks, 'back after more than the interval: refreshed at once').to.equal(visibleTicks + 1);
    disconnect();
    const stopped = ticks;
    await wait(100);
    expect(ticks, 'nothing after the block left the page').to.equal(stopped);
  });

  it('does not tick while it is not enabled (signed out)', async () => {
    const { h, connect, disconnect } = host();
    let ticks = 0;
    new VisibleInterval(
      h,
      30,
      () => (ticks += 1),
      () => false,
    );
    connect();
    await wait(120);
    expect(ticks).to.equal(0);
    disconnect();
  });
});
