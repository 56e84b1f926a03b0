import { PublicServiceSchema, type PublicService } from '@hapur/sdk';
import { columnsOf, flatten, rowOf, type Level, type Table } from './table.js';

/** Public services as a sheet, one row per service, every column `service.*` (docs/import-format.md). */
export const SERVICE_LEVELS: readonly Level[] = [
  { prefix: 'service', schema: PublicServiceSchema, list: 'services', key: 'service.id', everyRow: true },
];

export function servicesToTable(services: readonly PublicService[]): Table {
  const rows = services.map((s) => flatten(s, PublicServiceSchema, 'service', undefined, s.languages[0]));
  const columns = columnsOf(rows);
  return { header: columns, rows: rows.map((cells, i) => ({ number: i + 2, cells: rowOf(columns, cells) })) };
}
