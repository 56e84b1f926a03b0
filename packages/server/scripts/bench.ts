// npm run bench -w @hapur/server — autocannon on loopback against the reference server (embedded PGlite in
// memory, shipped data seeded) and, beside each case, a bare node:http server returning the same bytes.
// Prints req/s, p99 latency and the ratio server ÷ bare for: GET /plans/{id} (200), the same with
// If-None-Match (304; answered by the listener before the app when the plan cache checked the plan within 0.5 s,
// http/fast-not-modified.ts: issue 20 asks ≥ 0.70 of the bare rate), and POST /feedback (a new Idempotency-Key per request).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { startServer } from '../src/index.js';

const DURATION = Number(process.env['BENCH_SECONDS'] ?? 5);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);

const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  seed: true,
  handleSignals: false,
  config: { dataDir: undefined, writeRateLimit: 0, logLevel: 'silent' },
});
const plans = (await (await fetch(`${server.url}/api/v1/plans`)).json()) as { items: { id: string }[] };
const planId = plans.items.find((p) => p.id === 'xk-2026-2028')?.id ?? plans.items[0]?.id;
if (!planId) throw new Error('no plan seeded');
const first = await fetch(`${server.url}/api/v1/plans/${planId}`);
const planBody = await first.text();
const etag = first.headers.get('etag') ?? '';
const feedback = JSON.stringify({
  type: 'feedback',
  subject: { planId, commitmentNumber: '1' },
  message: 'Benchmark submission text.',
  language: 'sq',
});
const receipt = await (
  await fetch(`${server.url}/api/v1/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: feedback,
  })
).text();

// The baseline: same bytes, no routing, no database.
const bare = createServer((req: IncomingMessage, res: ServerResponse) => {
  if (req.method === 'POST') {
    req.resume();
    req.on('end', () => res.writeHead(201, { 'Content-Type': 'application/json' }).end(receipt));
    return;
  }
  if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ETag: etag }).end(planBody);
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;

interface Case {
  name: string;
  request: autocannon.Request;
  status: number;
}
const cases: Case[] = [
  { name: `GET /plans/${planId} 200`, request: { method: 'GET', path: `/api/v1/plans/${planId}` }, status: 200 },
  {
    name: `GET /plans/${planId} 304`,
    request: { method: 'GET', path: `/api/v1/plans/${planId}`, headers: { 'If-None-Match': etag } },
    status: 304,
  },
  {
    name: 'POST /feedback 201',
    request: {
      method: 'POST',
      path: '/api/v1/feedback',
      headers: { 'Content-Type': 'application/json' },
      body: feedback,
      setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'Idempotency-Key': randomUUID() } }),
    },
    status: 201,
  },
];

async function run(url: string, c: Case) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, requests: [c.request] });
  const wrong = Object.entries(result.statusCodeStats).filter(([code]) => Number(code) !== c.status);
  if (wrong.length > 0 || result.errors > 0)
    console.warn(`  ${c.name} @ ${url}: unexpected ${JSON.stringify(wrong)} errors=${result.errors}`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

console.log(
  `autocannon ${CONNECTIONS} connections × ${DURATION}s, loopback, Node ${process.version}, database ${server.db.kind}`,
);
console.log('case                               server req/s  p99 ms | bare req/s  p99 ms | ratio');
for (const c of cases) {
  const s = await run(server.url, c);
  const b = await run(bareUrl, c);
  console.log(
    `${c.name.padEnd(34)} ${s.rps.toFixed(0).padStart(12)} ${String(s.p99).padStart(7)} | ${b.rps.toFixed(0).padStart(10)} ${String(b.p99).padStart(7)} | ${(s.rps / b.rps).toFixed(2)}`,
  );
}
bare.close();
await server.close();
