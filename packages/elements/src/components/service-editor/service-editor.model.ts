import {
  fieldProblems,
  ServiceInputSchema,
  type PublicService,
  type ServiceInput,
  type ValidationMessages,
} from '@hapur/sdk';
import * as z from 'zod/mini';

/** The card being edited: a service as JSON, changed one field at a time (values may be mid-typing strings). */
export type Draft = Record<string, unknown>;
/** Where a value sits in the draft: `['costs', 0, 'value']`, `['name', 'values', 'sq']`. */
export type Path = readonly (string | number)[];

/** What survives a reload (this tab's `sessionStorage`): the draft and the version it started from. Never the token. */
export interface StoredDraft {
  /** The service id, or `''` for a new service not saved yet. */
  id: string;
  /** The ETag of the version the draft is based on; absent for a new service. */
  etag?: string | undefined;
  /** That version as read, to show what changed when someone else saves first. */
  base?: Draft | undefined;
  draft: Draft;
}

/** The form control id of a path: `f-costs-0-value`. */
export const fieldId = (path: Path): string => `f-${path.join('-')}`;

export function getAt(value: unknown, path: Path): unknown {
  let here = value;
  for (const key of path) here = here === null || typeof here !== 'object' ? undefined : (here as Draft)[key];
  return here;
}

/** A copy of `value` with `path` set (copies along the path only); `undefined` removes the key. */
export function setAt<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path as [string | number, ...Path];
  const here = (value ?? (typeof key === 'number' ? [] : {})) as Draft | unknown[];
  const copy = (Array.isArray(here) ? [...here] : { ...here }) as Record<string | number, unknown>;
  const child = setAt(copy[key], rest, next);
  if (child === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = child;
  return copy as T;
}

/** A copy of the list at `path` with an item appended (`item`) or removed (`index`). */
export function editList(draft: Draft, path: Path, change: { add: unknown } | { remove: number }): Draft {
  const list = [...((getAt(draft, path) as unknown[] | undefined) ?? [])];
  if ('add' in change) list.push(change.add);
  else list.splice(change.remove, 1);
  return setAt(draft, path, list);
}

/** An amount as typed: a number when it reads as one (comma or point), else the text, so the schema names the problem. */
export function amountFrom(text: string): number | string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  return /^\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : t;
}

/** A duration field: a whole number of days is `P<n>D`; anything else is kept for the schema to judge. */
export const durationFrom = (text: string): string | undefined =>
  text.trim() === '' ? undefined : /^\d+$/.test(text.trim()) ? `P${Number(text.trim())}D` : text.trim();

/** The other way: `P15D` shows as `15`, other durations as written. */
export const durationText = (value: unknown): string =>
  typeof value === 'string' ? (/^P(\d+)D$/.exec(value)?.[1] ?? value) : '';

/** A control's value as the draft keeps it (`data-kind`: `bool`, `amount`, `duration`, else text; empty = absent). */
export function inputValue(el: HTMLInputElement): unknown {
  const kind = el.dataset['kind'];
  if (kind === 'bool') return el.checked || undefined;
  if (kind === 'amount') return amountFrom(el.value);
  if (kind === 'duration') return durationFrom(el.value);
  return el.value === '' ? undefined : el.value;
}

/** Lists the form always sends, even empty (the schema requires them). */
const KEEP_EMPTY = new Set(['channels', 'languages', 'competentAuthorityIds']);

/**
 * What the draft sends: blank texts, localized texts without any text and empty objects are left out, so an
 * optional part the person cleared disappears and a required one is reported missing by the schema.
 */
export function clean(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) {
    const items = value.map((v) => clean(v) ?? {});
    return items.length || KEEP_EMPTY.has(key) ? items : undefined;
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Draft = {};
  for (const [k, v] of Object.entries(value)) {
    const c = clean(v, k);
    if (c !== undefined) out[k] = c;
  }
  if ('values' in (value as Draft) && !out['values']) return undefined; // a localized text with no text at all
  return Object.keys(out).length ? out : undefined;
}

/** One problem of the form: where (the control's id), the message in the block's language. */
export interface FormIssue {
  path: Path;
  message: string;
}

/** The editor's words where the SDK's generic one would not match the control (its hint, or the ticked languages). */
export type OwnMessages = Record<'textInLanguages' | 'amountInvalid' | 'daysInvalid', string>;

/** The message of a problem at `path`: a text's value in a language, an amount or a number of days in the control's terms. */
function ownMessage(path: Path, code: string, own: OwnMessages): string | undefined {
  if (code === 'required' && path.at(-2) === 'values') return own.textInLanguages;
  // Whatever is not read as an amount reaches the schema as text (`amountFrom`): "required" means "not a number".
  if (path[0] === 'costs' && path.at(-1) === 'value') return own.amountInvalid;
  // Days are typed as a number (`durationFrom`); anything else is not a duration.
  if (code === 'duration') return own.daysInvalid;
  return undefined;
}

/**
 * Checks the draft with the SDK's `ServiceInputSchema`, the schema the server applies to `PUT
 * /services/{id}`; messages from the SDK's validation messages (`messages`, in the editor's language), or the
 * editor's `own` where the control asks for days or an amount. No rule of the card is written here.
 */
export function validateDraft(
  draft: Draft,
  messages: ValidationMessages,
  own: OwnMessages,
): { input?: ServiceInput; issues: FormIssue[] } {
  const candidate = (clean(draft) ?? {}) as Draft;
  delete candidate['lastReviewedAt']; // the server's; sent back or not, it is ignored
  const result = z.safeParse(ServiceInputSchema, candidate);
  if (result.success) return { input: candidate as ServiceInput, issues: [] };
  const seen = new Set<string>();
  const issues: FormIssue[] = [];
  for (const p of fieldProblems(result.error, messages)) {
    if (seen.has(p.path)) continue;
    seen.add(p.path);
    const path = p.path === '' ? [] : p.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    issues.push({ path, message: ownMessage(path, p.code, own) ?? p.message });
  }
  return { issues };
}

/**
 * The card as the preview shows it: the draft's clean form, with what a card needs to render. A card whose
 * name is still empty shows `untitled` (in `lang`) so its heading is never empty.
 */
export function previewOf(draft: Draft, id: string, untitled: { lang: string; text: string }): PublicService {
  const c = (clean(draft) ?? {}) as Draft;
  const name = (c['name'] as PublicService['name'] | undefined) ?? { values: { [untitled.lang]: untitled.text } };
  // An amount still being typed ("2.") is text: the card shows the fee without it until it reads as a number.
  const costs = c['costs'] as Draft[] | undefined;
  if (costs) c['costs'] = costs.map(({ value, ...cost }) => (typeof value === 'number' ? { ...cost, value } : cost));
  const card = { channels: [], languages: [], competentAuthorityIds: [], status: 'active', ...c, id, name };
  return card as unknown as PublicService;
}

/** The top-level fields whose values differ between two versions (key order inside values ignored). */
export function changedFields(a: Draft | undefined, b: Draft | undefined): string[] {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  keys.delete('lastReviewedAt');
  return [...keys].filter((k) => stable(clean(a?.[k], k)) !== stable(clean(b?.[k], k)));
}

function stable(value: unknown): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${k}:${stable((value as Draft)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * Someone else saved first: the new version with the person's own changes (the fields they changed since
 * the version they started from) put on top. Fields only the other person changed keep the other's value.
 */
export function rebaseDraft(base: Draft, mine: Draft, theirs: Draft): Draft {
  const out: Draft = { ...theirs };
  for (const key of changedFields(base, mine)) {
    if (mine[key] === undefined) delete out[key];
    else out[key] = mine[key];
  }
  return out;
}

/** A service read from the API as a draft (a copy: the form never changes what was read). */
export const draftOf = (service: PublicService): Draft => structuredClone(service) as unknown as Draft;

/** This tab's storage of unsaved drafts, one per API base and service. */
export class DraftStore {
  readonly api: string;
  readonly #prefix: string;
  constructor(api: string) {
    this.api = api;
    this.#prefix = `hapur-service-draft ${api} `;
  }

  read(id: string): StoredDraft | undefined {
    try {
      const text = globalThis.sessionStorage?.getItem(this.#prefix + id);
      const stored = text ? (JSON.parse(text) as StoredDraft) : undefined;
      return stored && typeof stored.draft === 'object' && stored.draft !== null ? stored : undefined;
    } catch {
      return undefined; // blocked storage or a damaged entry: no draft
    }
  }

  write(stored: StoredDraft): void {
    try {
      globalThis.sessionStorage?.setItem(this.#prefix + stored.id, JSON.stringify(stored));
    } catch {
      // quota or blocked storage: the draft lives until the page closes
    }
  }

  remove(id: string): void {
    try {
      globalThis.sessionStorage?.removeItem(this.#prefix + id);
    } catch {
      // nothing stored
    }
  }

  /** The service whose form was open (`''` for a new one), so a reload opens it again. */
  get open(): string | undefined {
    try {
      const open = globalThis.sessionStorage?.getItem(`${this.#prefix}#open`) ?? undefined;
      return open === '#new' ? '' : open;
    } catch {
      return undefined;
    }
  }

  set open(id: string | undefined) {
    try {
      if (id === undefined) globalThis.sessionStorage?.removeItem(`${this.#prefix}#open`);
      else globalThis.sessionStorage?.setItem(`${this.#prefix}#open`, id || '#new');
    } catch {
      // blocked storage
    }
  }

  /** Ids with a stored draft, for the list's "unsaved changes" mark. */
  has(id: string): boolean {
    return this.read(id) !== undefined;
  }
}
