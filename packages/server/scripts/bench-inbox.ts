// npm run bench:inbox — the staff inbox with 10,000 submissions on embedded PGlite (issue 16: the first page
// in ≤ 100 ms server time). Seeds the shipped data, inserts 10,000 submissions for the example municipality
// (its topics, services and the plan's commitments, a spread of statuses and deadlines, some with contact
// details), then times GET /api/v1/staff/submissions through the app (no network) and prints the median and
// p95 of several pages and filters, where the first page's time goes (each SQL statement through the app, and
// the rest: token, routing, JSON, ETag), the load average (the machine may be shared), and the query plan of
// the list. Prints numbers; asserts nothing.
import { availableParallelism, loadavg } from 'node:os';
import { createApp } from '../src/app.js';
import { createStaffToken } from '../src/auth/tokens.js';
import { responsibilityOf } from '../src/auth/responsibility.js';
import { inboxQueries } from '../src/feedback/inbox.js';
import { loadPlan } from '../src/domain/plans.js';
import { testConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/driver.js';
import { migrate } from '../src/db/migrate.js';
import { seedIfEmpty } from '../src/seed/shipped.js';

const COUNT = Number(process.env['BENCH_SUBMISSIONS'] ?? 10_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 30);
const INSTITUTION = 'xk-example-municipality';

const db = await openDatabase({});
await migrate(db);
await seedIfEmpty(db, { info: () => undefined });
const started = performance.now();
// One INSERT … SELECT: subjects cycle through a free topic (addressed to the municipality), its services and
// commitment 1 of the Kosovo plan (which it does not lead: listed only when addressed to it).
await db.query(
  `INSERT INTO submissions (reference, status_token_hash, type, status, institution_id, plan_id, commitment_number,
     service_id, input, submitted_at, respond_by, closed_at, quarantined, demonstration)
   SELECT 'XK-2026-' || lpad((900000 + g)::text, 8, '0'), md5(g::text), t.type, st.status, $1,
          NULL, NULL, CASE WHEN g % 3 = 0 THEN 'example-social-assistance' END,
          jsonb_build_object('type', t.type, 'language', 'sq',
            'subject', CASE WHEN g % 3 = 0 THEN jsonb_build_object('serviceId', 'example-social-assistance')
                            ELSE jsonb_build_object('topic', 'Tema ' || (g % 50)) END,
            'message', 'Mesazh provë numër ' || g || ' për rrugën, ndriçimin dhe mbeturinat.'),
          at, at + interval '15 days', CASE WHEN st.closed THEN at + interval '10 days' END, g % 97 = 0, false
     FROM generate_series(1, $2::int) g,
     LATERAL (SELECT (ARRAY['request','feedback','proposal','issue_report'])[1 + g % 4] AS type) t,
     LATERAL (SELECT timestamptz '2026-01-01' + (g * interval '37 minutes') AS at) a,
     LATERAL (SELECT s.status, s.status IN ('answered','accepted','rejected','closed') AS closed
                FROM (SELECT (ARRAY['received','in_review','answered','accepted','rejected','in_progress','closed'])[1 + g % 7] AS status) s) st`,
  [INSTITUTION, COUNT],
);
await db.query(
  `INSERT INTO submission_events (submission_id, kind, status, at)
   SELECT id, 'received', 'received', submitted_at FROM submissions WHERE reference LIKE 'XK-2026-009%'`,
);
await db.query(
  `INSERT INTO submission_contacts (submission_id, contact)
   SELECT id, jsonb_build_object('email', 'person' || id || '@example.org') FROM submissions
    WHERE reference LIKE 'XK-2026-009%' AND id % 4 = 0`,
);
await db.exec('ANALYZE');
const inserted = Math.round(performance.now() - started);

const token = await createStaffToken(db, 'Bench', INSTITUTION);
const now = new Date('2026-07-01T09:00:00Z');
// The app's queries are timed one by one to show where a request's time goes.
const statements: { sql: string; ms: number }[] = [];
const traced: Database = {
  ...db,
  kind: db.kind,
  transaction: (fn) => db.transaction(fn),
  close: () => db.close(),
  query: async (sql, params) => {
    const t0 = performance.now();
    try {
      return await db.query(sql, params);
    } finally {
      statements.push({ sql, ms: performance.now() - t0 });
    }
  },
};
const app = createApp({ db: traced, config: testConfig({ writeRateLimit: 0 }), now: () => now });
const headers = { Authorization: `Bearer ${token}` };

async function time(path: string): Promise<{ median: number; p95: number; total: number }> {
  const ms: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    const t0 = performance.now();
    const res = await app.request(path, { headers });
    const body = (await res.json()) as { total: number };
    const t = performance.now() - t0;
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    total = body.total;
    if (i >= 3) ms.push(t); // the first three warm the plan cache and PGlite
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)]!, p95: ms[Math.floor(ms.length * 0.95)]!, total };
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
console.log(`inbox bench: ${COUNT} submissions for ${INSTITUTION} inserted in ${inserted} ms (PGlite, in memory)`);
console.log(`load average at start (1, 5, 15 min): ${load()} on ${availableParallelism()} cores`);
console.log('case                                             | median ms |  p95 ms | matches');
for (const [name, path] of [
  ['first page (default: open first, by deadline)', '/api/v1/staff/submissions'],
  ['first page, newest first', '/api/v1/staff/submissions?sort=submittedAt'],
  ['page 200 of 20', '/api/v1/staff/submissions?page=200'],
  ['overdue only', '/api/v1/staff/submissions?overdue=true'],
  ['status=open&type=proposal', '/api/v1/staff/submissions?status=open&type=proposal'],
  ['search q=rrugën 77', '/api/v1/staff/submissions?q=numër%2077'],
  ['one item with history', '/api/v1/staff/submissions/XK-2026-00900077'],
] as const) {
  const r = await time(path);
  console.log(
    `${name.padEnd(48)} | ${r.median.toFixed(1).padStart(9)} | ${r.p95.toFixed(1).padStart(7)} | ${r.total ?? 1}`,
  );
}

// Where the first page's time goes: each statement the request ran (median over the runs), and the rest.
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const bySql = new Map<string, number[]>();
const totals: number[] = [];
for (let i = 0; i < RUNS + 3; i++) {
  statements.length = 0;
  const t0 = performance.now();
  await (await app.request('/api/v1/staff/submissions', { headers })).text();
  if (i < 3) continue;
  totals.push(performance.now() - t0);
  const seen = new Map<string, number>();
  for (const { sql, ms } of statements) {
    const name = sql.replace(/\s+/g, ' ').trim().slice(0, 46);
    seen.set(name, (seen.get(name) ?? 0) + ms);
  }
  for (const [name, ms] of seen) bySql.set(name, [...(bySql.get(name) ?? []), ms]);
}
console.log('\nwhere the first page goes (median ms; statements run in some requests only are marked *):');
let inSql = 0;
for (const [name, ms] of bySql) {
  const all = ms.length === totals.length;
  inSql += all ? median(ms) : 0;
  console.log(`  ${(name + (all ? '' : ' *')).padEnd(50)} | ${median(ms).toFixed(1).padStart(7)}`);
}
console.log(
  `  ${'the rest (token check, routing, JSON, ETag)'.padEnd(50)} | ${(median(totals) - inSql).toFixed(1).padStart(7)}`,
);
console.log(`  ${'the whole request'.padEnd(50)} | ${median(totals).toFixed(1).padStart(7)}`);

const r = await responsibilityOf(db, INSTITUTION, (id) => loadPlan(db, id));
const q = inboxQueries(r, { page: 1, pageSize: 20 }, now);
const part = async (name: string, run: () => Promise<unknown>) => {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`  ${name.padEnd(46)} | ${ms[Math.floor(ms.length / 2)]!.toFixed(1).padStart(9)}`);
};
console.log('\nparts of the first page (median ms):');
await part('responsibility (plans, services)', () => responsibilityOf(db, INSTITUTION, (id) => loadPlan(db, id)));
await part('counts by status and the filtered total', () => db.query(q.counts, q.countParams));
await part('the page (20 rows)', () => db.query(q.list, q.params));
const plan = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ANALYZE ${q.list}`, q.params);
console.log('\nquery plan of the first page:');
for (const row of plan.rows) console.log(`  ${row['QUERY PLAN']}`);
console.log(`\nload average at the end (1, 5, 15 min): ${load()}`);
await db.close();
