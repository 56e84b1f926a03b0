// Browser half of the commitment-tracker benchmark (bundled by commitment-tracker.bench.ts).
// Builds the same collapsed rows twice in one page — once with plain DOM calls, once with
// <hapur-commitment-tracker> — and times first render and a status filter. Prints, never asserts.
import {
  syntheticPlan,
  SYNTHETIC_INSTITUTIONS,
} from '../../packages/elements/src/components/commitment-tracker/synthetic-plan.js';
import {
  buildRows,
  type CommitmentRow,
} from '../../packages/elements/src/components/commitment-tracker/tracker-model.js';
import { HapurCommitmentTracker } from '../../packages/elements/src/components/commitment-tracker/commitment-tracker.js';

// Defined here rather than through the *.define.ts side-effect import, which package.json "sideEffects" lets bundlers drop.
if (!customElements.get('hapur-commitment-tracker'))
  customElements.define('hapur-commitment-tracker', HapurCommitmentTracker);

const COMMITMENTS = 1000;
const MILESTONES = 8;
const RUNS = 5;
/** One render that takes longer than this stops the benchmark with a message instead of running on. */
const RENDER_LIMIT_MS = 30_000;

const plan = syntheticPlan(COMMITMENTS, MILESTONES);
const names = new Map(SYNTHETIC_INSTITUTIONS.map((i) => [i.id, i.name.values['en'] ?? i.id]));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The baseline: the same collapsed row markup, classes and stylesheets built with createElement into a
 * shadow root like the tracker's, so both pay the same style and layout cost.
 */
function plainRows(rows: readonly CommitmentRow[], host: HTMLElement): HTMLElement[] {
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = HapurCommitmentTracker.elementStyles
    .map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet))
    .filter((s): s is CSSStyleSheet => Boolean(s));
  const list = el('ul', { role: 'list', class: 'commitments' });
  const items: HTMLElement[] = [];
  for (const row of rows) {
    const c = row.commitment;
    const li = el('li', { class: 'commitment', part: 'commitment', 'data-number': c.number });
    const heading = el('div', { role: 'heading', 'aria-level': '3', class: 'commitment__title' });
    const button = el('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false' });
    button.append(
      el('span', { class: 'toggle__number' }, `${c.number}.`),
      ' ',
      el('span', { class: 'toggle__title' }, c.title.values['en'] ?? ''),
    );
    heading.append(button);
    const facts = el('div', { class: 'commitment__facts' });
    const lead = el('span', { class: 'lead' });
    lead.append(el('span', { class: 'label' }, 'Lead institution:'), ` ${names.get(c.leadInstitutionId ?? '') ?? ''}`);
    const status = el('span', { class: `status status--${row.status}` });
    status.append(el('span', { class: 'label' }, 'Status:'), ` ${row.status}`);
    const wrap = el('span', { class: 'progress-wrap' });
    const bar = el('div', {
      class: 'progress',
      role: 'progressbar',
      'aria-label': `Progress of commitment ${c.number}`,
      'aria-valuenow': String(row.percent ?? 0),
      'aria-valuetext': `${row.percent ?? 0}%`,
    });
    const fill = el('span', { class: 'progress__bar' });
    fill.style.inlineSize = `${row.percent ?? 0}%`;
    bar.append(fill);
    wrap.append(
      bar,
      el(
        'span',
        { class: 'progress__text', 'aria-hidden': 'true' },
        `${row.percent ?? 0}% · ${row.complete}/${row.total}`,
      ),
    );
    facts.append(lead, status, wrap);
    const badges = el('ul', { class: 'badges', 'aria-label': 'OGP values' });
    for (const v of c.ogpValues) badges.append(el('li', { class: `badge badge--${v}` }, v));
    li.append(heading, facts, badges);
    list.append(li);
    items.push(li);
  }
  root.append(list);
  return items;
}

async function baselineRender(): Promise<{
  ms: number;
  host: HTMLElement;
  items: HTMLElement[];
  rows: CommitmentRow[];
}> {
  const host = document.createElement('div');
  document.body.append(host);
  const t0 = performance.now();
  // Precomputing rows is part of the tracker's work too, so the baseline pays for it as well.
  const rows = buildRows(plan.commitments, new Map(SYNTHETIC_INSTITUTIONS.map((i) => [i.id, i])));
  const items = plainRows(rows, host);
  void host.shadowRoot?.firstElementChild?.getBoundingClientRect();
  return { ms: performance.now() - t0, host, items, rows };
}

async function trackerRender(): Promise<{ ms: number; tracker: HapurCommitmentTracker }> {
  const tracker = document.createElement('hapur-commitment-tracker');
  tracker.setAttribute('lang', 'en');
  tracker.setAttribute('no-url-state', '');
  tracker.setAttribute('today', '2026-11-23');
  tracker.institutions = SYNTHETIC_INSTITUTIONS;
  tracker.plan = plan;
  const t0 = performance.now();
  document.body.append(tracker);
  // Wait until the rows are in the shadow root. The block applies its data in a later task (scheduler.yield or
  // setTimeout), so each wait must yield a task: a loop of microtasks alone would starve that task and spin
  // forever at full CPU (what made this benchmark never finish).
  const rowCount = () => tracker.shadowRoot?.querySelectorAll('[part~="commitment"]').length ?? 0;
  while (rowCount() < COMMITMENTS) {
    if (performance.now() - t0 > RENDER_LIMIT_MS)
      throw new Error(`the tracker showed ${rowCount()} of ${COMMITMENTS} rows after ${RENDER_LIMIT_MS / 1000} s`);
    await tracker.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  void tracker.shadowRoot?.firstElementChild?.getBoundingClientRect();
  return { ms: performance.now() - t0, tracker };
}

async function trackerFilter(tracker: HapurCommitmentTracker, status: string): Promise<number> {
  const select = tracker.shadowRoot!.querySelector<HTMLSelectElement>('#f-status')!;
  const t0 = performance.now();
  select.value = status;
  select.dispatchEvent(new Event('change'));
  await tracker.updateComplete;
  void tracker.shadowRoot?.firstElementChild?.getBoundingClientRect();
  return performance.now() - t0;
}

function baselineFilter(items: HTMLElement[], rows: CommitmentRow[], status: string): number {
  const t0 = performance.now();
  rows.forEach((row, i) => {
    const item = items[i];
    if (item) item.hidden = status !== '' && row.status !== status;
  });
  void items[0]?.getBoundingClientRect();
  return performance.now() - t0;
}

export async function run(): Promise<Record<string, number>> {
  // Warm-up: loads the language catalogue and compiles templates, as a page would before the user arrives.
  const warm = await trackerRender();
  warm.tracker.remove();
  await frame();
  console.log(`warm-up: tracker ${warm.ms.toFixed(0)} ms`);

  const base: number[] = [];
  const ours: number[] = [];
  const baseFilter: number[] = [];
  const ourFilter: number[] = [];
  const ourUnfilter: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const b = await baselineRender();
    base.push(b.ms);
    baseFilter.push(baselineFilter(b.items, b.rows, 'delayed'));
    b.host.remove();
    await frame();
    const t = await trackerRender();
    ours.push(t.ms);
    await frame();
    ourFilter.push(await trackerFilter(t.tracker, 'delayed'));
    await frame();
    ourUnfilter.push(await trackerFilter(t.tracker, ''));
    t.tracker.remove();
    await frame();
    console.log(
      `run ${i + 1}/${RUNS}: render baseline ${b.ms.toFixed(0)} ms, tracker ${t.ms.toFixed(0)} ms; filter ${ourFilter.at(-1)?.toFixed(0)} ms`,
    );
  }
  return {
    commitments: COMMITMENTS,
    milestonesEach: MILESTONES,
    runs: RUNS,
    baselineRenderMs: median(base),
    trackerRenderMs: median(ours),
    renderRatio: median(ours) / median(base),
    // On a busy machine the fastest run is the least disturbed one: report that ratio too.
    baselineRenderMinMs: Math.min(...base),
    trackerRenderMinMs: Math.min(...ours),
    renderRatioMin: Math.min(...ours) / Math.min(...base),
    baselineFilterMs: median(baseFilter),
    trackerFilterMs: median(ourFilter),
    trackerClearFilterMs: median(ourUnfilter),
  };
}

(window as unknown as { benchRun: typeof run }).benchRun = run;
