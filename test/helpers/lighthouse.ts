// Runs Lighthouse (from npm) against a page in Debian's Chromium. The browser is started here with a
// DevTools port (no browser download, no chrome-launcher needed): headless, no sandbox (CI runs as root).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../../scripts/chromium.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  /** Category scores 0–100. */
  scores: Record<Category, number>;
  /** Audits that count towards a category and did not pass, with Lighthouse's explanation. */
  failing: { category: Category; id: string; title: string; score: number | null; detail: string }[];
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
  /** Lighthouse's measure of this machine's CPU speed (a typical desktop scores ~1000 and more). */
  benchmarkIndex: number;
}

export interface DebugChromium {
  port: number;
  close(): Promise<void>;
}

/** Starts Chromium with a remote-debugging port Lighthouse can drive. */
export async function launchDebugChromium(): Promise<DebugChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'hapur-lh-'));
  const child: ChildProcess = spawn(
    chromiumPath(),
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-default-apps',
      '--disable-extensions',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      '--mute-audio',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port in 20 s:\n${seen}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${seen}`)));
  });
  child.stderr?.resume();
  return {
    port,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One Lighthouse run (mobile form factor and simulated throttling, Lighthouse's defaults). */
export async function runLighthouse(url: string, port: number): Promise<LighthouseResult> {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    output: 'json',
    onlyCategories: [...CATEGORIES],
    // Neither changes a score: the full-page screenshot is only drawn in Lighthouse's HTML report, and the
    // back/forward cache audit (weight 0, never in `failing`) navigates away and back after the load.
    disableFullPageScreenshot: true,
    skipAudits: ['bf-cache'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  const scores = {} as Record<Category, number>;
  const failing: LighthouseResult['failing'] = [];
  for (const category of CATEGORIES) {
    const cat = lhr.categories[category];
    scores[category] = Math.round((cat?.score ?? 0) * 100);
    for (const ref of cat?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
      failing.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        detail: audit.displayValue ?? describeItems(audit.details),
      });
    }
  }
  const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    url,
    scores,
    failing,
    metrics: {
      fcp: num('first-contentful-paint'),
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      si: num('speed-index'),
    },
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}

/** A short account of what an audit found (its first items: URLs, selectors), for a failure message. */
function describeItems(details: unknown): string {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return items
    .slice(0, 3)
    .map((item) => {
      const it = item as { url?: string; node?: { selector?: string; snippet?: string } };
      return it.url ?? it.node?.selector ?? it.node?.snippet ?? JSON.stringify(item).slice(0, 120);
    })
    .join('; ');
}
