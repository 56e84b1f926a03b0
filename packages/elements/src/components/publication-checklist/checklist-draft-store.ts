import { emptyEntry, withField, type DraftEntry, type FieldName } from './checklist-draft.js';

/** The monitor's unsent entries for one institution and quarter, as kept in localStorage. */
export interface DraftStore {
  institutionId: string;
  period: string;
  savedAt: string;
  /** Only entries that differ from what the server holds, by requirement id. */
  entries: Record<string, DraftEntry>;
}

/** One key per institution and quarter, so two quarters' drafts never mix. The token is never stored. */
export function draftKey(institutionId: string, period: string): string {
  return `hapur:publication-checklist:draft:${institutionId}:${period}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed iframes): drafts then live in memory only.
    return undefined;
  }
}

/** Rebuilds an entry field by field from untrusted JSON: unknown keys and wrong types are dropped. */
function reviveEntry(raw: unknown): DraftEntry {
  let entry = emptyEntry();
  if (typeof raw !== 'object' || raw === null) return entry;
  const record = raw as Record<string, unknown>;
  for (const field of [
    'published',
    'url',
    'complete',
    'timely',
    'upToDate',
    'accessible',
    'notes',
    'correctiveAction',
    'responsibleUnit',
  ] as const) {
    if (typeof record[field] === 'string') entry = withField(entry, field, record[field]);
  }
  const languages = (record['languages'] ?? {}) as Record<string, { available?: unknown; url?: unknown }>;
  // Every language the draft holds that reads as a language tag; the monitor fits it to the requirement's.
  for (const l of Object.keys(languages)
    .filter((l) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(l))
    .slice(0, 20)) {
    const lang = languages[l];
    if (typeof lang?.available === 'string') entry = withField(entry, `lang-${l}` as FieldName, lang.available);
    if (typeof lang?.url === 'string') entry = withField(entry, `langUrl-${l}` as FieldName, lang.url);
  }
  return entry;
}

export function loadDraft(
  institutionId: string,
  period: string,
  store: Storage | undefined = storage(),
): DraftStore | null {
  const raw = store?.getItem(draftKey(institutionId, period));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<DraftStore>;
    const entries = Object.fromEntries(Object.entries(parsed.entries ?? {}).map(([id, e]) => [id, reviveEntry(e)]));
    return { institutionId, period, savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : '', entries };
  } catch {
    return null;
  }
}

/** Saves (or, with no entries, removes) the draft. Returns false when the browser refused (quota, blocked). */
export function saveDraft(draft: DraftStore, store: Storage | undefined = storage()): boolean {
  if (!store) return false;
  const key = draftKey(draft.institutionId, draft.period);
  try {
    if (Object.keys(draft.entries).length === 0) store.removeItem(key);
    else store.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(institutionId: string, period: string, store: Storage | undefined = storage()): void {
  try {
    store?.removeItem(draftKey(institutionId, period));
  } catch {
    // Nothing to clear when storage is blocked.
  }
}
