// Type tests: every `@ts-expect-error` line must fail to compile (`npx tsc -b packages/sdk` checks this file);
// the runtime test checks that what the types hide is really absent.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ActionPlanDetail, FeedbackReceipt, PublicService } from '../schemas/index.js';
import { NotFoundError, type HapurErrorName } from '../errors/index.js';
import { createClient, createStaticClient, type HapurClient, type HapurStaffClient } from './create-client.js';
import { createCore } from './core.js';
import { getService, type listServices } from './services.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(_ok: T): void => undefined;

const publicClient = createClient({ baseUrl: 'https://data.example.org/api/v1' });
const staffClient = createClient({ baseUrl: 'https://data.example.org/api/v1', token: 'secret' });
const staticClient = createStaticClient('https://example.org/data/');
const core = createCore({ baseUrl: 'https://data.example.org/api/v1' });

// Unused on purpose: compiled, never called (calls would hit the network).
export function typeChecks(): void {
  expectType<Equal<typeof publicClient, HapurClient>>(true);
  expectType<Equal<typeof staffClient, HapurStaffClient>>(true);
  expectType<Equal<Awaited<ReturnType<typeof publicClient.getPlan>>, ActionPlanDetail>>(true);
  expectType<Equal<Awaited<ReturnType<typeof publicClient.submitFeedback>>, FeedbackReceipt>>(true);
  expectType<Equal<Awaited<ReturnType<typeof listServices>>, PublicService[]>>(true);
  const name: 'NotFoundError' = new NotFoundError({ status: 404, method: 'GET', url: '/x' }).name;
  const names: HapurErrorName = name;
  void names;

  // @ts-expect-error staff writes exist only on a client created with a token
  void publicClient.publishComment('HP-2026-000001');
  // @ts-expect-error a static client has no staff writes
  void staticClient.postProgressUpdate('p', 'm', { status: 'on_track', narrative: { values: { sq: 'x' } } });
  // @ts-expect-error a static client cannot take a token
  createClient({ staticBaseUrl: '/data/', token: 't' });
  // @ts-expect-error baseUrl and staticBaseUrl exclude each other
  createClient({ baseUrl: '/api/v1', staticBaseUrl: '/data/' });
  // @ts-expect-error one of baseUrl / staticBaseUrl is required
  createClient({ locale: 'sq' });
  // @ts-expect-error ids are strings
  void publicClient.getService(42);
  void publicClient.submitFeedback({
    // @ts-expect-error unknown feedback type
    type: 'complaint',
    subject: { topic: 'x' },
    message: 'x'.repeat(20),
    language: 'sq',
  });
  // @ts-expect-error the message is required
  void publicClient.submitFeedback({ type: 'feedback', subject: { topic: 'Orari' }, language: 'sq' });
  // @ts-expect-error filters are named
  void publicClient.listServices('xk-mf');
  // @ts-expect-error tree-shakable functions take the core first
  void getService('example-birth-certificate');
  void publicClient.submitFeedback(
    { type: 'feedback', subject: { topic: 'Orari' }, message: 'x'.repeat(20), language: 'sq' },
    // @ts-expect-error idempotencyKey is a string
    { idempotencyKey: 1 },
  );
  void getService(core, 'example-birth-certificate');
}

describe('client types match the runtime', () => {
  it('a client without a token has no staff methods at all; one with a token has all four', () => {
    const staff = ['postProgressUpdate', 'changeSubmissionStatus', 'publishComment', 'recordPublicationCheck'];
    for (const method of staff) {
      assert.equal(method in publicClient, false, method);
      assert.equal(method in staticClient, false, method);
      assert.equal(typeof (staffClient as unknown as Record<string, unknown>)[method], 'function', method);
    }
    assert.equal(staticClient.mode, 'static');
    assert.equal(publicClient.mode, 'api');
  });
});
