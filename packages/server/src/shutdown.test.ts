import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { startServer } from './index.js';

test('close() lets an in-flight request finish before the database closes', async () => {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    handleSignals: false,
    config: { dataDir: undefined, databaseUrl: undefined, writeRateLimit: 0, logLevel: 'silent' },
  });
  const body = JSON.stringify({
    type: 'feedback',
    subject: { topic: 'Street lights' },
    message: 'The lights on the main street are off.',
    language: 'en',
  });
  let closing: Promise<void> | undefined;
  const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      `${server.url}/api/v1/feedback`,
      {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          'Idempotency-Key': 'slow-1',
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    // Half the body now; shutdown starts once the server has the request; then the rest of the body.
    server.http.once('request', () => {
      closing = server.close();
      void sleep(100).then(() => req.end(body.slice(20)));
    });
    req.write(body.slice(0, 20));
  });
  const { status, text } = await answer;
  assert.equal(status, 201, text);
  await closing;
  await assert.rejects(fetch(`${server.url}/healthz`), 'no new connections after close');
});
