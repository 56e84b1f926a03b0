import type * as z from 'zod/mini';
import { parseFlexibleDate } from '../dates/flexible-date.js';
import { withSerbianScripts } from '../i18n/transliterate.js';
import { describeIssueInEnglish } from '../i18n/in-english.js';
import type { LocalizedText } from '../schemas/common.js';
import { ImportFileSchema, type ImportFile } from '../schemas/import-file.js';
import { checkReferences, type KnownIds } from './references.js';
import { findUnknownKeys } from './unknown-keys.js';

/** One thing wrong in a data file: which file, where (JSON path), and why. */
export interface DataProblem {
  file: string;
  path: string;
  reason: string;
}

export type ImportResult =
  { ok: true; file: string; data: ImportFile } | { ok: false; file: string; problems: DataProblem[] };

/** Thrown by `assertImportFile`; its message lists every problem on its own line. */
export class ImportFileError extends Error {
  readonly problems: DataProblem[];
  constructor(problems: DataProblem[]) {
    super(
      `${problems.length} problem(s) in data:\n${problems.map((p) => `  ${p.file} ${p.path}: ${p.reason}`).join('\n')}`,
    );
    this.name = 'ImportFileError';
    this.problems = problems;
  }
}

/** `$.plans[0].commitments[2].due` */
export function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses hand-written due dates (`{ text, lang }`) in place, keeping the text as written. */
export function parseDueDates(json: unknown): unknown {
  if (!isRecord(json) || !Array.isArray(json['plans'])) return json;
  const copy = structuredClone(json) as Record<string, unknown>;
  for (const plan of copy['plans'] as unknown[]) {
    if (!isRecord(plan) || !Array.isArray(plan['commitments'])) continue;
    for (const c of plan['commitments']) {
      if (!isRecord(c) || !Array.isArray(c['milestones'])) continue;
      for (const m of c['milestones']) {
        const due = isRecord(m) ? m['due'] : undefined;
        if (isRecord(m) && isRecord(due) && typeof due['text'] === 'string' && due['kind'] === undefined) {
          const lang = typeof due['lang'] === 'string' ? due['lang'] : (plan['sourceLanguage'] as string | undefined);
          m['due'] = parseFlexibleDate(due['text'], lang);
        }
      }
    }
  }
  return copy;
}

/**
 * Every text in Serbian Cyrillic only also gets Serbian Latin by transliteration, labelled so, for `sr-Latn`
 * readers (issue 18). Nothing else changes: data without Cyrillic comes back as the same objects.
 */
export function addTransliterations<T>(value: T): T {
  if (Array.isArray(value)) {
    const items = value.map(addTransliterations);
    return (items.some((v, i) => v !== value[i]) ? items : value) as T;
  }
  if (!isRecord(value)) return value;
  if (isRecord(value['values']) && Object.values(value['values']).every((v) => typeof v === 'string'))
    return withSerbianScripts(value as unknown as LocalizedText) as T;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = addTransliterations(v);
    changed ||= out[k] !== v;
  }
  return (changed ? out : value) as T;
}

/** How to write a code whose form the generic "not in the right format" does not say, by the field's name. */
const CODE_FORMS: Readonly<Record<string, string>> = {
  country: 'Write the two-letter ISO 3166-1 code in capitals, e.g. MK, AL or XK.',
  currency: 'Write the three-letter ISO 4217 code in capitals, e.g. MKD, EUR or ALL.',
};

function reasonOf(issue: z.core.$ZodIssue): string {
  const field = issue.path[issue.path.length - 1];
  const form = issue.code === 'invalid_format' && typeof field === 'string' ? CODE_FORMS[field] : undefined;
  if (form) return `${issue.code}: ${form}`;
  const detail =
    'expected' in issue
      ? ` (expected ${String(issue.expected)})`
      : 'values' in issue
        ? ` (one of ${issue.values.map(String).join(', ')})`
        : '';
  return `${issue.code}${detail}: ${describeIssueInEnglish(issue)}`;
}

/**
 * Validates one `hapur/v1` file: shape (zod), then references and numbering. Institutions,
 * milestones, requirements and services already imported can be passed in `known`.
 */
export function validateImportFile(json: unknown, fileName: string, known?: KnownIds): ImportResult {
  const parsed = ImportFileSchema.safeParse(parseDueDates(json));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ file: fileName, path: jsonPath(i.path), reason: reasonOf(i) }));
    return { ok: false, file: fileName, problems };
  }
  const refs = [...findUnknownKeys(json), ...checkReferences(parsed.data, known)].map((p) => ({
    file: fileName,
    ...p,
  }));
  return refs.length > 0
    ? { ok: false, file: fileName, problems: refs }
    : { ok: true, file: fileName, data: addTransliterations(parsed.data) };
}

/** Like `validateImportFile`, but returns the data or throws an `ImportFileError`. */
export function assertImportFile(json: unknown, fileName: string, known?: KnownIds): ImportFile {
  const r = validateImportFile(json, fileName, known);
  if (!r.ok) throw new ImportFileError(r.problems);
  return r.data;
}
