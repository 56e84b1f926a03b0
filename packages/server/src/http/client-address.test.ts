import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHarness } from '../testing/harness.js';
import { loadConfig } from '../config.js';
import { clientAddress, parseTrustProxy } from './client-address.js';

test('the client address is read from the right, past the trusted hops only', () => {
  const spoofed = '6.6.6.6, 203.0.113.7';
  assert.equal(clientAddress('10.0.0.2', spoofed, false), '10.0.0.2', 'no proxy: the socket peer');
  assert.equal(clientAddress('10.0.0.2', spoofed, { hops: 1 }), '203.0.113.7', 'one proxy appended the real client');
  assert.equal(clientAddress('10.0.0.2', `${spoofed}, 10.0.0.1`, { hops: 2 }), '203.0.113.7');
  assert.equal(clientAddress('10.0.0.2', undefined, { hops: 1 }), '10.0.0.2', 'no header: the peer');
  const proxies = { addresses: ['10.0.0.1', '10.0.0.2'] };
  assert.equal(clientAddress('::ffff:10.0.0.2', `${spoofed}, 10.0.0.1`, proxies), '203.0.113.7');
  assert.equal(clientAddress('198.51.100.9', spoofed, proxies), '198.51.100.9', 'a peer that is not a proxy');
  assert.deepEqual(parseTrustProxy('true'), { hops: 1 });
  assert.deepEqual(parseTrustProxy('2'), { hops: 2 });
  assert.deepEqual(parseTrustProxy('10.0.0.1, ::1'), { addresses: ['10.0.0.1', '::1'] });
  assert.equal(parseTrustProxy('false'), false);
  assert.equal(parseTrustProxy('yes'), undefined);
  assert.throws(() => loadConfig({ HAPUR_TRUST_PROXY: '10.0.0.300' }), /HAPUR_TRUST_PROXY/);
});

test('behind one trusted proxy, a spoofed left-most X-Forwarded-For does not escape the write rate limit', async () => {
  const h = await createHarness({ writeRateLimit: 2, trustProxy: { hops: 1 } });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await h.request('/api/v1/feedback', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': `spoof-${i}`,
          'X-Forwarded-For': `198.51.100.${i}, 203.0.113.7`,
        },
        body: '{}',
      });
      statuses.push(res.status);
    }
    assert.deepEqual(statuses, [400, 400, 429, 429]);
  } finally {
    await h.close();
  }
});
