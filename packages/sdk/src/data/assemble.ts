import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDueDates } from './load.js';

/** The fragments of one data set under `data/sources/<set>/`, in the order they are assembled. */
export const XK_2026_2028_FRAGMENTS = [
  'plan.json',
  'institutions.json',
  'institutions-extra.json',
  'commitment-1.json',
  'commitment-2.json',
  'commitment-3.json',
  'commitment-4.json',
  'commitment-5.json',
] as const;

export const XK_2026_2028_PROVENANCE = {
  kind: 'real',
  source: 'seed 003: Plani i Veprimit i Kosovës për Qeverisje të Hapur 2026–2028',
} as const;

export type AssembleResult =
  { ok: true; json: unknown; text: string } | { ok: false; missing: string[]; unreadable: string[] };

/**
 * Joins a set's fragments into one `hapur/v1` file: plan.json (the plan without commitments),
 * institutions*.json (arrays), commitment-N.json (one commitment each, ordered by number).
 * Due dates are parsed, keeping the text as written. Missing fragments are listed, never skipped.
 */
export function assembleSet(dir: string, fragments: readonly string[] = XK_2026_2028_FRAGMENTS): AssembleResult {
  const missing = fragments.filter((f) => !existsSync(join(dir, f)));
  const unreadable: string[] = [];
  const read = (f: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown;
    } catch (e) {
      unreadable.push(`${f}: ${(e as Error).message}`);
      return undefined;
    }
  };
  if (missing.length > 0) return { ok: false, missing, unreadable };
  const parts = Object.fromEntries(fragments.map((f) => [f, read(f)]));
  if (unreadable.length > 0) return { ok: false, missing, unreadable };
  const { provenance, ...plan } = parts['plan.json'] as Record<string, unknown>;
  const institutions = fragments.filter((f) => f.startsWith('institutions')).flatMap((f) => parts[f] as unknown[]);
  const commitments = fragments
    .filter((f) => f.startsWith('commitment-'))
    .map((f) => parts[f] as { number: string })
    .sort((a, b) => Number(a.number) - Number(b.number));
  const json = parseDueDates({
    format: 'hapur/v1',
    provenance: provenance ?? XK_2026_2028_PROVENANCE,
    institutions,
    plans: [{ ...plan, commitments }],
  });
  return { ok: true, json, text: JSON.stringify(json, null, 2) + '\n' };
}
