// npm run bench -w @hapur/server — autocannon on loopback against the reference server (embedded PGlite in
// memory, shipped data seeded) and, beside each case, a bare node:http server returning the same bytes.
// Prints req/s, p99 latency and the ratio server ÷ bare for: GET /plans/{id} (200), the same with
// If-None-Match (304; answered by the listener before the app when the plan cache checked the plan within 0.5 s,
// http/fast-not-modified.ts: issue 20 asks ≥ 0.70 of the bare rate), and POST /feedback (a new Idempotency-Key per request).
// The machine is shared, so one long run of each side measures the neighbours as much as the server: each case runs
// in BENCH_ROUNDS short rounds (BENCH_SECONDS each) that interleave the two sides, alternating which goes first, and
// prints the medians, the ratio of each round's pair (median, and the spread) — a burst of load hits both sides of a
// pair alike, and the median drops the rounds it hit unevenly.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { startServer } from '../src/index.js';

const DURATION = Number(process.env['BENCH_SECONDS'] ?? 2);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
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
// The server's own 304, so the bare one sends the same header lines (a fresh request id each, as the server does):
// the comparison is of the work behind the answer, not of its length.
const notModified = await fetch(`${server.url}/api/v1/plans/${planId}`, { headers: { 'If-None-Match': etag } });
if (notModified.status !== 304) throw new Error(`expected a 304, got ${notModified.status}`);
const notModifiedHeaders: Record<string, string> = {};
notModified.headers.forEach((value, name) => {
  if (!['date', 'connection', 'keep-alive', 'x-request-id'].includes(name)) notModifiedHeaders[name] = value;
});
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

// The baseline: same bytes (the 304 with the server's header lines), no routing, no database.
const bare = createServer((req: IncomingMessage, res: ServerResponse) => {
  if (req.method === 'POST') {
    req.resume();
    req.on('end', () => res.writeHead(201, { 'Content-Type': 'application/json' }).end(receipt));
    return;
  }
  if (req.headers['if-none-match'] === etag)
    return void res.writeHead(304, { ...notModifiedHeaders, 'X-Request-Id': randomUUID() }).end();
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

interface Run {
  rps: number;
  p99: number;
}

async function run(url: string, c: Case, duration = DURATION) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, requests: [c.request] });
  const wrong = Object.entries(result.statusCodeStats).filter(([code]) => Number(code) !== c.status);
  if (wrong.length > 0 || result.errors > 0)
    console.warn(`  ${c.name} @ ${url}: unexpected ${JSON.stringify(wrong)} errors=${result.errors}`);
  return { rps: result.requests.average, p99: result.latency.p99 } satisfies Run;
}

/** The middle value (the mean of the middle two for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** ROUNDS pairs of runs, server and bare back to back, the first of each pair alternating. */
async function compare(c: Case) {
  const serverRuns: Run[] = [];
  const bareRuns: Run[] = [];
  const ratios: number[] = [];
  // One unmeasured second of each side first (JIT, caches), so the first round is not the slow one.
  await run(server.url, c, 1);
  await run(bareUrl, c, 1);
  for (let round = 0; round < ROUNDS; round++) {
    const serverFirst = round % 2 === 0;
    const first = await run(serverFirst ? server.url : bareUrl, c);
    const second = await run(serverFirst ? bareUrl : server.url, c);
    const [s, b] = serverFirst ? [first, second] : [second, first];
    serverRuns.push(s);
    bareRuns.push(b);
    ratios.push(s.rps / b.rps);
  }
  const pick = (runs: Run[]) => ({
    rps: median(runs.map((r) => r.rps)),
    p99: median(runs.map((r) => r.p99)),
  });
  return {
    s: pick(serverRuns),
    b: pick(bareRuns),
    ratio: median(ratios),
    low: Math.min(...ratios),
    high: Math.max(...ratios),
  };
}

console.log(
  `autocannon ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds × ${DURATION}s per side, loopback, Node ${process.version}, database ${server.db.kind}`,
);
console.log(
  'case                               server req/s  p99 ms | bare req/s  p99 ms | ratio (median, rounds low–high)',
);
for (const c of cases) {
  const { s, b, ratio, low, high } = await compare(c);
  console.log(
    `${c.name.padEnd(34)} ${s.rps.toFixed(0).padStart(12)} ${String(s.p99).padStart(7)} | ${b.rps.toFixed(0).padStart(10)} ${String(b.p99).padStart(7)} | ${ratio.toFixed(2)} (${low.toFixed(2)}–${high.toFixed(2)})`,
  );
}
bare.close();
await server.close();
