import {
  resolveText,
  type PublicationCheck,
  type PublicationCheckInput,
  type UiLanguage,
  type Verdict,
} from '@hapur/sdk';
import { FORM_CRITERIA, VERDICT_CHOICES, type FormCriterion } from './publication-checklist.types.js';

export type VerdictChoice = (typeof VERDICT_CHOICES)[number];
/** A select's value: a verdict, or `''` while the monitor has not chosen. */
export type VerdictField = VerdictChoice | '';

/** What the monitor types for one requirement: strings as in the form, so nothing typed is lost. */
export interface DraftEntry {
  published: VerdictField;
  url: string;
  complete: VerdictField;
  timely: VerdictField;
  upToDate: VerdictField;
  accessible: VerdictField;
  /** One entry per language the requirement is checked in (`checkLanguages`), in that order. */
  languages: Record<string, { available: VerdictField; url: string }>;
  notes: string;
  correctiveAction: string;
  responsibleUnit: string;
}

/** Field names, also the suffix of the form controls' ids. */
export type FieldName =
  FormCriterion | 'url' | `lang-${string}` | `langUrl-${string}` | 'notes' | 'correctiveAction' | 'responsibleUnit';

/** `lang-sr-Latn` → `['lang', 'sr-Latn']`; other fields → `[field, undefined]`. */
function splitField(field: FieldName): [string, string | undefined] {
  const dash = field.indexOf('-');
  return dash < 0 ? [field, undefined] : [field.slice(0, dash), field.slice(dash + 1)];
}

const noAnswer = () => ({ available: '' as VerdictField, url: '' });

/** `entry` asking about exactly `languages`, in their order: what it said of them is kept, others dropped. */
export function fitLanguages(entry: DraftEntry, languages: readonly string[]): DraftEntry {
  return { ...entry, languages: Object.fromEntries(languages.map((l) => [l, entry.languages[l] ?? noAnswer()])) };
}

/** A blank entry for a requirement checked in `languages`. */
export function emptyEntry(languages: readonly string[] = []): DraftEntry {
  return {
    published: '',
    url: '',
    complete: '',
    timely: '',
    upToDate: '',
    accessible: '',
    languages: Object.fromEntries(languages.map((l) => [l, noAnswer()])),
    notes: '',
    correctiveAction: '',
    responsibleUnit: '',
  };
}

const choice = (v: Verdict | undefined): VerdictField =>
  (VERDICT_CHOICES as readonly string[]).includes(v ?? '') ? (v as VerdictChoice) : '';

/** The form prefilled from a stored check (texts in the monitor's language). */
export function entryFromCheck(check: PublicationCheck, lang: UiLanguage, languages: readonly string[]): DraftEntry {
  const entry = emptyEntry(languages);
  for (const c of FORM_CRITERIA) entry[c] = choice(check[c]);
  entry.url = check.url ?? '';
  for (const l of languages)
    entry.languages[l] = { available: choice(check.languages[l]?.available), url: check.languages[l]?.url ?? '' };
  entry.notes = resolveText(check.notes, lang)?.text ?? '';
  entry.correctiveAction = resolveText(check.correctiveAction, lang)?.text ?? '';
  entry.responsibleUnit = resolveText(check.responsibleUnit, lang)?.text ?? '';
  return entry;
}

/** A copy of `entry` with one field changed. */
export function withField(entry: DraftEntry, field: FieldName, value: string): DraftEntry {
  const next: DraftEntry = { ...entry, languages: { ...entry.languages } };
  const [kind, lang] = splitField(field);
  if (lang && (kind === 'lang' || kind === 'langUrl')) {
    const current = next.languages[lang] ?? noAnswer();
    next.languages[lang] =
      kind === 'lang' ? { ...current, available: choice(value as Verdict) } : { ...current, url: value };
  } else if ((FORM_CRITERIA as readonly string[]).includes(field)) {
    next[field as FormCriterion] = choice(value as Verdict);
  } else {
    next[field as 'url' | 'notes' | 'correctiveAction' | 'responsibleUnit'] = value;
  }
  return next;
}

/** The current value of a field (for rendering the control). */
export function fieldValue(entry: DraftEntry, field: FieldName): string {
  const [kind, lang] = splitField(field);
  if (lang && kind === 'lang') return entry.languages[lang]?.available ?? '';
  if (lang && kind === 'langUrl') return entry.languages[lang]?.url ?? '';
  return entry[field as keyof Omit<DraftEntry, 'languages'>];
}

export function sameEntry(a: DraftEntry, b: DraftEntry): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const text = (value: string, lang: UiLanguage) =>
  value.trim() ? { values: { [lang]: value.trim() }, source: lang } : undefined;

/**
 * The staff input for one requirement. Criteria left empty are sent as `not_checked`; when the
 * document is "not due", every criterion is `not_applicable`; "not published" sends no link. Free text is tagged with the
 * monitor's language (what they typed in), never translated here.
 */
export function toCheckInput(
  entry: DraftEntry,
  target: { requirementId: string; institutionId: string; period: string; lang: UiLanguage },
): PublicationCheckInput {
  const fallback: Verdict = entry.published === 'not_applicable' ? 'not_applicable' : 'not_checked';
  const verdict = (v: VerdictField): Verdict => v || fallback;
  const languages: PublicationCheckInput['languages'] = {};
  for (const [l, { available, url }] of Object.entries(entry.languages)) {
    if (available) languages[l] = { available, ...(url.trim() ? { url: url.trim() } : {}) };
  }
  const notes = text(entry.notes, target.lang);
  const correctiveAction = text(entry.correctiveAction, target.lang);
  const responsibleUnit = text(entry.responsibleUnit, target.lang);
  return {
    requirementId: target.requirementId,
    institutionId: target.institutionId,
    period: target.period,
    checkedBy: { kind: 'self_assessment' },
    published: verdict(entry.published),
    // A document not published has no address: the SDK refuses a url with "no" (a link typed before is dropped).
    ...(entry.url.trim() && entry.published !== 'no' ? { url: entry.url.trim() } : {}),
    complete: verdict(entry.complete),
    timely: verdict(entry.timely),
    ...(entry.upToDate ? { upToDate: entry.upToDate } : {}),
    accessible: verdict(entry.accessible),
    languages,
    ...(notes ? { notes } : {}),
    ...(correctiveAction ? { correctiveAction } : {}),
    ...(responsibleUnit ? { responsibleUnit } : {}),
  };
}
