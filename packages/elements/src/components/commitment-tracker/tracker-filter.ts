import type { OgpValue } from '@hapur/sdk';
import { COMMITMENT_STATUSES, type SortKey, type TrackerState } from './commitment-tracker.types.js';
import { searchFold } from '@hapur/sdk/rules';
import type { CommitmentRow } from './tracker-model.js';

/** Compares commitment numbers as numbers part by part, so "10" follows "9" and "1.2" follows "1.1". */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The SDK's cyrillicToLatin (`cyrl.ts`'s `latin`, the service list's too), once a search has loaded it. */
let latin: ((text: string) => string) | undefined;

/** Loads `latin` for every tracker on the page; undefined once it is there. */
export const loadLatin = () => (latin ? undefined : import('../../internal/cyrl.js').then((m) => (latin = m.latin)));

/**
 * Rows that pass every filter; the query matches when each of its words is in the row's search key. `letters`
 * (`latin` once loaded) is applied to the query and the key before they are compared, as the service search does: a
 * query in either Serbian script finds text stored in either.
 */
export function filterRows(
  rows: readonly CommitmentRow[],
  state: Pick<TrackerState, 'status' | 'institution' | 'value' | 'q'>,
  letters: (text: string) => string = latin ?? String,
): CommitmentRow[] {
  const fold = (text: string) => searchFold(letters(text));
  const words = fold(state.q).split(/\s+/).filter(Boolean);
  const value = state.value as OgpValue | '';
  return rows.filter(
    (row) =>
      (!state.status || row.status === state.status) &&
      (!state.institution || row.leadId === state.institution) &&
      (!value || row.commitment.ogpValues.includes(value)) &&
      words.every((word) => fold(row.searchKey).includes(word)),
  );
}

/** A sorted copy. `title` needs the titles in the reader's language, so it takes a title lookup. */
export function sortRows(
  rows: readonly CommitmentRow[],
  sort: SortKey,
  titleOf: (row: CommitmentRow) => string,
  locale: string,
): CommitmentRow[] {
  const byNumber = (a: CommitmentRow, b: CommitmentRow) => compareNumbers(a.commitment.number, b.commitment.number);
  const copy = [...rows];
  switch (sort) {
    case 'title': {
      const collator = new Intl.Collator(locale, { sensitivity: 'base' });
      const titles = new Map(copy.map((row) => [row, titleOf(row)]));
      return copy.sort((a, b) => collator.compare(titles.get(a) ?? '', titles.get(b) ?? '') || byNumber(a, b));
    }
    case 'status':
      return copy.sort(
        (a, b) => COMMITMENT_STATUSES.indexOf(a.status) - COMMITMENT_STATUSES.indexOf(b.status) || byNumber(a, b),
      );
    case 'progress-asc':
      return copy.sort((a, b) => (a.percent ?? -1) - (b.percent ?? -1) || byNumber(a, b));
    case 'progress-desc':
      return copy.sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1) || byNumber(a, b));
    default:
      return copy.sort(byNumber);
  }
}

/** The choices a filter offers: only values that occur in the plan, in a stable order. */
export function facets(rows: readonly CommitmentRow[]): { institutions: string[]; values: OgpValue[] } {
  const institutions = new Set<string>();
  const values = new Set<OgpValue>();
  for (const row of rows) {
    if (row.leadId) institutions.add(row.leadId);
    for (const v of row.commitment.ogpValues) values.add(v);
  }
  return { institutions: [...institutions].sort(), values: [...values] };
}

/** Groups rows by thematic component in the plan's order; rows without a component go last. */
export function groupByComponent<C extends { id: string }>(
  rows: readonly CommitmentRow[],
  components: readonly C[],
): { component: C | undefined; rows: CommitmentRow[] }[] {
  const groups = components.map((component) => ({
    component: component as C | undefined,
    rows: [] as CommitmentRow[],
  }));
  const rest: CommitmentRow[] = [];
  for (const row of rows) {
    const group = groups.find((g) => g.component?.id === row.commitment.componentId);
    (group ? group.rows : rest).push(row);
  }
  if (rest.length) groups.push({ component: undefined, rows: rest });
  return groups.filter((g) => g.rows.length > 0);
}
