import { UrlSchema } from '@hapur/sdk';
import * as z from 'zod/mini';
import { fieldValue, type DraftEntry, type FieldName } from './checklist-draft.js';
import { FORM_CRITERIA } from './publication-checklist.types.js';

export const MAX_TEXT = 2000;
export const MAX_UNIT = 200;

/** One problem with one field; the view turns `code` into the message in the monitor's language. */
export interface FieldIssue {
  field: FieldName;
  code: 'choose' | 'urlRequired' | 'url' | 'corrective' | 'responsible' | 'tooLong';
  max?: number;
}

const isUrl = (value: string) => z.safeParse(UrlSchema, value.trim()).success;
const FAILING = new Set(['no', 'partial']);

/** Whether the monitor touched this entry at all (blank entries are not submitted). */
export function isBlank(entry: DraftEntry): boolean {
  return fieldValuesOf(entry).every((v) => v.trim() === '');
}

function fieldValuesOf(entry: DraftEntry): string[] {
  return [
    ...FORM_CRITERIA.map((c) => entry[c]),
    entry.url,
    entry.notes,
    entry.correctiveAction,
    entry.responsibleUnit,
    ...Object.values(entry.languages).flatMap((l) => [l.available, l.url]),
  ];
}

/**
 * The monitoring template's rules, in the order the fields appear (so the error summary reads top
 * to bottom): the published verdict always; when something is published, its link, the criteria and
 * each language; a corrective action when a criterion or a required language is not fully met, and
 * who is responsible for it; links well-formed; texts within limits.
 */
export function validateEntry(entry: DraftEntry, requiredLanguages: readonly string[] = []): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const published = entry.published;
  const isPublished = published === 'yes' || published === 'partial';
  if (!published) issues.push({ field: 'published', code: 'choose' });
  if (isPublished && !entry.url.trim()) issues.push({ field: 'url', code: 'urlRequired' });
  else if (entry.url.trim() && !isUrl(entry.url)) issues.push({ field: 'url', code: 'url' });
  if (entry.url.length > MAX_TEXT) issues.push({ field: 'url', code: 'tooLong', max: MAX_TEXT });
  for (const c of ['complete', 'timely', 'accessible'] as const) {
    if (isPublished && !entry[c]) issues.push({ field: c, code: 'choose' });
  }
  for (const [l, { available, url }] of Object.entries(entry.languages)) {
    if (isPublished && !available) issues.push({ field: `lang-${l}`, code: 'choose' });
    if (url.trim() && !isUrl(url)) issues.push({ field: `langUrl-${l}`, code: 'url' });
  }
  if (entry.notes.length > MAX_TEXT) issues.push({ field: 'notes', code: 'tooLong', max: MAX_TEXT });
  const failing =
    FAILING.has(published) ||
    (isPublished &&
      (FORM_CRITERIA.some((c) => FAILING.has(entry[c])) ||
        requiredLanguages.some((l) => FAILING.has(fieldValue(entry, `lang-${l}` as FieldName)))));
  if (failing && !entry.correctiveAction.trim()) issues.push({ field: 'correctiveAction', code: 'corrective' });
  if (entry.correctiveAction.length > MAX_TEXT)
    issues.push({ field: 'correctiveAction', code: 'tooLong', max: MAX_TEXT });
  if (entry.correctiveAction.trim() && !entry.responsibleUnit.trim())
    issues.push({ field: 'responsibleUnit', code: 'responsible' });
  if (entry.responsibleUnit.length > MAX_UNIT)
    issues.push({ field: 'responsibleUnit', code: 'tooLong', max: MAX_UNIT });
  return issues;
}

/** Recorded: the monitor answered everything the template asks for this requirement. */
export function isRecorded(entry: DraftEntry, requiredLanguages?: readonly string[]): boolean {
  return validateEntry(entry, requiredLanguages).length === 0;
}
