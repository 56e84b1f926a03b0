import { EMPTY_VALUES, FEEDBACK_KINDS, type FeedbackFormValues } from './feedback-form.types.js';

/** The part of `Storage` the draft needs, so tests can pass a Map-backed one. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'hapur-feedback-draft:';

/**
 * Keeps what the citizen typed in `sessionStorage` (this tab only, gone when it closes), so a
 * reload, a crash or an accidental back-navigation loses nothing. The honeypot is never kept.
 * One draft per form configuration (`key`), so two forms on a page do not overwrite each other.
 * @internal
 */
export class DraftStore {
  readonly #storage: DraftStorage | undefined;
  readonly #key: string;

  constructor(key: string, storage: DraftStorage | undefined = safeSessionStorage()) {
    this.#storage = storage;
    this.#key = PREFIX + key;
  }

  /** The saved values, or `undefined` when there is no draft or it cannot be read. */
  load(): FeedbackFormValues | undefined {
    const raw = this.#read();
    if (!raw) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return undefined;
    }
    return sanitize(parsed);
  }

  save(values: FeedbackFormValues): void {
    const { website: _honeypot, ...kept } = values;
    void _honeypot;
    if (isBlank(values)) return this.clear();
    try {
      this.#storage?.setItem(this.#key, JSON.stringify(kept));
    } catch {
      // Storage full or disabled (private mode): the form still works, only without a draft.
    }
  }

  clear(): void {
    try {
      this.#storage?.removeItem(this.#key);
    } catch {
      // See save().
    }
  }

  #read(): string | null {
    try {
      return this.#storage?.getItem(this.#key) ?? null;
    } catch {
      return null;
    }
  }
}

function safeSessionStorage(): DraftStorage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Whether nothing worth keeping was typed (a chosen kind alone is not worth a draft). */
export function isBlank(values: FeedbackFormValues): boolean {
  return [values.subject, values.message, values.location, values.name, values.email, values.phone].every(
    (v) => v.trim() === '',
  );
}

/** Accepts only the known fields with the right types; anything else in storage is ignored. */
export function sanitize(value: unknown): FeedbackFormValues | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const source = value as Record<string, unknown>;
  const out: FeedbackFormValues = { ...EMPTY_VALUES };
  for (const key of ['subject', 'message', 'location', 'name', 'email', 'phone'] as const) {
    const v = source[key];
    if (typeof v === 'string') out[key] = v.slice(0, 10_000);
  }
  for (const key of ['wantsContact', 'consent'] as const) out[key] = source[key] === true;
  const kind = source['kind'];
  if (typeof kind === 'string' && (FEEDBACK_KINDS as readonly string[]).includes(kind))
    out.kind = kind as FeedbackFormValues['kind'];
  return out;
}
