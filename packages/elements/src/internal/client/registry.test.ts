import { expect } from '@open-wc/testing';
import type { HapurClient } from '@hapur/sdk';
import { clientFor, pickClient, type MethodSet } from './registry.js';

const made: string[] = [];
const plans: MethodSet<'getPlan'> = (entry) => {
  made.push(`plans ${entry.base.href}`);
  return { getPlan: async (id) => ({ id }) as unknown as Awaited<ReturnType<HapurClient['getPlan']>> };
};
const stats: MethodSet<'getParticipationStats'> = (entry) => {
  made.push(`stats ${entry.base.href}`);
  return { getParticipationStats: async () => ({}) as Awaited<ReturnType<HapurClient['getParticipationStats']>> };
};

describe('client registry', () => {
  it('gives every block on one API base the same client, with the methods each asked for', () => {
    const a = clientFor('/registry-test/v1', plans);
    const b = clientFor('/registry-test/v1/', stats);
    expect(b).to.equal(a);
    expect(typeof (a as Partial<HapurClient>).getPlan).to.equal('function');
    expect(typeof (a as Partial<HapurClient>).getParticipationStats).to.equal('function');
    const base = new URL('/registry-test/v1/', document.baseURI).href;
    expect(made).to.include(`plans ${base}`).and.to.include(`stats ${base}`);
    expect(clientFor('/registry-other/', plans)).to.not.equal(a);
  });

  it('keeps the first implementation of a method for a base', () => {
    const first = clientFor('/registry-keep/', plans).getPlan;
    const again: MethodSet<'getPlan'> = () => ({ getPlan: async () => Promise.reject(new Error('second')) });
    expect(clientFor('/registry-keep/', again).getPlan).to.equal(first);
  });

  it('picks the block’s own client, then the provider’s, then the registry’s for the block’s or the provider’s api', () => {
    const own = { getPlan: plans({ base: new URL(location.href) }).getPlan };
    const provided = { getPlan: own.getPlan } as unknown as HapurClient;
    expect(pickClient(plans, own, '/x/', { client: provided })).to.equal(own);
    expect(pickClient(plans, undefined, '/x/', { client: provided })).to.equal(provided);
    expect(pickClient(plans, undefined, '/registry-pick/', { api: '/other/' })).to.equal(
      clientFor('/registry-pick/', plans),
    );
    expect(pickClient(plans, undefined, undefined, { api: '/registry-provided/' })).to.equal(
      clientFor('/registry-provided/', plans),
    );
    expect(pickClient(plans, undefined, undefined, undefined)).to.equal(undefined);
  });
});
