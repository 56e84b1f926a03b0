import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionPlan, PublicService } from '@hapur/sdk';
import { sdkDataDir } from '../seed/shipped.js';
import { plansToTable } from './plan-sheet.js';
import { servicesToTable } from './service-sheet.js';
import type { Cell } from './flatten.js';
import { rowOf, type Table } from './table.js';

/** Where the downloadable templates live (linked from docs/import-format.md). */
export const TEMPLATE_DIR = ['docs', 'templates'] as const;

const shipped = <T>(file: string, key: string): T[] =>
  (JSON.parse(readFileSync(join(sdkDataDir(), file), 'utf8')) as Record<string, T[]>)[key] ?? [];

/**
 * The templates, made from the export: every column the Kosovo plan's export has, filled with its first
 * commitment's first two milestones; every column of the example services, filled with the first one.
 */
export function templateTables(): Record<'plan-template' | 'service-template', Table> {
  const [plan] = shipped<ActionPlan>('xk-2026-2028.json', 'plans');
  if (!plan) throw new Error('templates: the Kosovo plan is not shipped');
  const full = plansToTable([plan]);
  const first = plansToTable([
    { ...plan, commitments: [{ ...plan.commitments[0]!, milestones: plan.commitments[0]!.milestones.slice(0, 2) }] },
  ]);
  const services = servicesToTable(shipped<PublicService>('examples/services.json', 'services'));
  const cellsOf = (t: Table, row: number) => t.header.map((h, i): [string, Cell] => [h, t.rows[row]?.cells[i]]);
  return {
    'plan-template': {
      header: full.header,
      rows: first.rows.map((r, i) => ({ number: r.number, cells: rowOf(full.header, cellsOf(first, i)) })),
    },
    'service-template': { header: services.header, rows: services.rows.slice(0, 1) },
  };
}
