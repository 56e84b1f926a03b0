import { expect } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { flushOutbox, isTransient, rateLimitSeconds } from './delivery.js';
import { EMPTY_VALUES } from './feedback-form.types.js';
import { IdbOutbox, MAX_SERVER_FAILURES, MemoryOutbox, type OutboxEntry } from './outbox.js';
import { fakeApi } from './test/fake-api.js';

failOnConsole();

const entry = (key: string, queuedAt: number, scope = ''): OutboxEntry => ({
  key,
  scope,
  form: 'f',
  queuedAt,
  input: { type: 'feedback', subject: { topic: 'Parks' }, message: `Queued message ${key}`, language: 'en' },
  values: { ...EMPTY_VALUES, message: `Queued message ${key}` },
});

describe('feedback outbox delivery', () => {
  it('sends each queued entry with its own original key, oldest first, and removes it', async () => {
    const api = fakeApi('ok');
    const store = new MemoryOutbox();
    await store.put(entry('k2', 2));
    await store.put(entry('k1', 1));
    const results = await flushOutbox(store, '', (input, o) => api.client.submitFeedback(input, o), 'mem-1');
    expect(results.map((r) => r.outcome)).to.deep.equal(['sent', 'sent']);
    expect(api.posts.map((p) => p.key)).to.deep.equal(['k1', 'k2']);
    expect(store.entries.size).to.equal(0);
  });

  it('keeps entries when the network is still down and stops at the first failure', async () => {
    const api = fakeApi('offline');
    const store = new MemoryOutbox();
    await store.put(entry('k1', 1));
    await store.put(entry('k2', 2));
    const results = await flushOutbox(store, '', (input, o) => api.client.submitFeedback(input, o), 'mem-2');
    expect(results.map((r) => r.outcome)).to.deep.equal(['kept']);
    expect(api.posts).to.have.length(1);
    expect(store.entries.size).to.equal(2);
  });

  it('runs once when flushed twice at the same time (online event during the page-load flush)', async () => {
    const api = fakeApi('ok');
    const store = new MemoryOutbox();
    await store.put(entry('k1', 1));
    const send = (input: OutboxEntry['input'], o: { idempotencyKey: string }) => api.client.submitFeedback(input, o);
    const [a, b] = await Promise.all([flushOutbox(store, '', send, 'mem-3'), flushOutbox(store, '', send, 'mem-3')]);
    expect(a).to.equal(b);
    expect(api.posts).to.have.length(1);
  });

  it('drops an entry the server refuses outright and reports it with the typed values', async () => {
    const api = fakeApi('invalid');
    const store = new MemoryOutbox();
    await store.put(entry('k1', 1));
    const [result] = await flushOutbox(store, '', (input, o) => api.client.submitFeedback(input, o), 'mem-4');
    expect(result?.outcome).to.equal('refused');
    expect(result?.entry.values.message).to.equal('Queued message k1');
    expect(store.entries.size).to.equal(0);
  });

  it('keeps an entry the server failed on (5xx) with a wait, and goes on with the others', async () => {
    const failing = fakeApi('server-error');
    const ok = fakeApi('ok');
    const store = new MemoryOutbox();
    await store.put(entry('k1', 1));
    await store.put(entry('k2', 2));
    const before = Date.now();
    const results = await flushOutbox(
      store,
      '',
      (input, o) => (o.idempotencyKey === 'k1' ? failing : ok).client.submitFeedback(input, o),
      'mem-5xx-1',
    );
    expect(results.map((r) => [r.entry.key, r.outcome])).to.deep.equal([
      ['k1', 'kept'],
      ['k2', 'sent'],
    ]);
    const kept = store.entries.get('k1');
    expect(kept?.serverFailures).to.equal(1);
    expect(kept!.notBefore! - before).to.be.within(30_000, 31_000);
    expect([...store.entries.keys()]).to.deep.equal(['k1']);
  });

  it('does not try an entry again before its wait, and hands it back after the last server failure', async () => {
    const api = fakeApi('server-error');
    const store = new MemoryOutbox();
    await store.put({ ...entry('waiting', 1), serverFailures: 1, notBefore: Date.now() + 60_000 });
    await store.put({ ...entry('last', 2), serverFailures: MAX_SERVER_FAILURES - 1, notBefore: Date.now() - 1 });
    const results = await flushOutbox(store, '', (input, o) => api.client.submitFeedback(input, o), 'mem-5xx-2');
    expect(results.map((r) => [r.entry.key, r.outcome])).to.deep.equal([
      ['waiting', 'kept'],
      ['last', 'refused'],
    ]);
    expect(api.posts.map((p) => p.key)).to.deep.equal(['last']);
    // Handed back: the form puts the text back from the result; nothing of it stays on the device.
    expect(results[1]?.entry.values.message).to.equal('Queued message last');
    expect([...store.entries.keys()]).to.deep.equal(['waiting']);
  });

  it('does not send what a form queued after the run began (its own send just failed), only what was there before', async () => {
    const api = fakeApi('ok');
    const store = new MemoryOutbox();
    await store.put(entry('earlier', Date.now() - 60_000));
    // The run's read is slow (a cold IndexedDB on a busy machine); meanwhile the form queues the message it just
    // failed to send. Sending it again at once would post it twice in a row to a server that has just failed.
    const list = store.list.bind(store);
    store.list = async (scope) => {
      await store.put(entry('just-queued', Date.now()));
      return list(scope);
    };
    const started = Date.now() - 1;
    const results = await flushOutbox(
      store,
      '',
      (input, o) => api.client.submitFeedback(input, o),
      'mem-6',
      false,
      started,
    );
    expect(results.map((r) => [r.entry.key, r.outcome])).to.deep.equal([['earlier', 'sent']]);
    expect(api.posts.map((p) => p.key)).to.deep.equal(['earlier']);
    expect([...store.entries.keys()]).to.deep.equal(['just-queued']);
  });

  it('only sends entries of its own API scope', async () => {
    const api = fakeApi('ok');
    const store = new MemoryOutbox();
    await store.put(entry('mine', 1, '/api/v1'));
    await store.put(entry('other', 2, 'https://other.example/api/v1'));
    await flushOutbox(store, '/api/v1', (input, o) => api.client.submitFeedback(input, o), 'mem-5');
    expect(api.posts.map((p) => p.key)).to.deep.equal(['mine']);
    expect([...store.entries.keys()]).to.deep.equal(['other']);
  });

  it('classifies SDK errors: network and 5xx are kept, 429 waits, 4xx is final', () => {
    expect(isTransient({ name: 'NetworkError' })).to.be.true;
    expect(isTransient({ name: 'HttpError', status: 502 })).to.be.true;
    expect(isTransient({ name: 'InputValidationError', status: 422 })).to.be.false;
    expect(rateLimitSeconds({ name: 'RateLimitError', retryAfter: 30 })).to.equal(30);
    expect(rateLimitSeconds({ name: 'RateLimitError' })).to.equal(undefined);
    expect(rateLimitSeconds({ name: 'ServerError', status: 500 })).to.equal(false);
  });

  it('stores entries in IndexedDB across connections', async () => {
    const name = `hapur-feedback-test-${Math.random()}`;
    const first = new IdbOutbox(name);
    await first.put(entry('k1', 1));
    await first.close();
    const second = new IdbOutbox(name);
    expect((await second.list('')).map((e) => e.input.message)).to.deep.equal(['Queued message k1']);
    await second.remove('k1');
    expect(await second.list('')).to.deep.equal([]);
    await second.close();
    indexedDB.deleteDatabase(name);
  });
});
