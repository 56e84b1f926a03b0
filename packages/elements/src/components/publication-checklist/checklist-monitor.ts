import {
  newIdempotencyKey,
  type PublicationCheckInput,
  type PublicationChecklist,
  type PublicationRequirement,
  type UiLanguage,
} from '@hapur/sdk';
import { checkLanguages, latestChecks } from './publication-checklist.types.js';
import {
  emptyEntry,
  entryFromCheck,
  fitLanguages,
  sameEntry,
  toCheckInput,
  withField,
  type DraftEntry,
  type FieldName,
} from './checklist-draft.js';
import { loadDraft, saveDraft } from './checklist-draft-store.js';
import { isBlank, isRecorded, validateEntry, type FieldIssue } from './checklist-validation.js';

/** A field problem placed in the template: which requirement (by position) and which field. */
export interface TemplateIssue extends Omit<FieldIssue, 'field'> {
  index: number;
  requirementId: string;
  field: FieldName;
}

/** The last thing that happened, for the status line; the view words it in the monitor's language. */
export type MonitorMessage =
  | { kind: 'restored' }
  | { kind: 'draft-saved'; at: Date }
  | { kind: 'submitted'; count: number }
  | { kind: 'partly-saved'; saved: number; failed: number; error: unknown }
  | { kind: 'failed'; error: unknown }
  | { kind: 'no-token' }
  /** Nothing changed since the server's checks: `recorded` of the requirements are already stored. */
  | { kind: 'nothing-new'; recorded: number; total: number };

/** The one staff method the template needs (a `HapurStaffClient` has it). */
export type RecordCheck = (input: PublicationCheckInput, options: { idempotencyKey: string }) => Promise<unknown>;

/**
 * State of the monitoring template for one institution and quarter: the entries (stored checks,
 * overlaid with the browser draft), where the monitor is, the problems found, and sending. Every
 * change is written to localStorage at once, so a reload or a failed save loses nothing typed.
 * Plain class (no Lit) so it can be tested and reused without the element.
 * @internal
 */
export class ChecklistMonitor {
  institutionId = '';
  period = '';
  requirements: PublicationRequirement[] = [];
  index = 0;
  issues: TemplateIssue[] = [];
  message: MonitorMessage | undefined;
  submitting = false;
  #baseline = new Map<string, DraftEntry>();
  /** Requirements the server already holds a check for (recorded, whatever the template would ask today). */
  #stored = new Set<string>();
  #entries = new Map<string, DraftEntry>();
  #loadedFrom: PublicationChecklist | undefined;

  /** (Re)starts from a loaded checklist; the browser draft for the same institution and quarter wins over stored checks. */
  load(checklist: PublicationChecklist, lang: UiLanguage): void {
    if (checklist === this.#loadedFrom) return;
    const sameQuarter = this.institutionId === checklist.institution.id && this.period === checklist.period;
    this.#loadedFrom = checklist;
    this.institutionId = checklist.institution.id;
    this.period = checklist.period;
    this.requirements = checklist.requirements;
    const checks = latestChecks(checklist.checks);
    this.#stored = new Set(checks.keys());
    // Each requirement asks about its own languages; a draft is fitted to them (a language the programme dropped goes).
    const languages = new Map(this.requirements.map((r) => [r.id, checkLanguages([r])]));
    this.#baseline = new Map(
      this.requirements.map((r) => {
        const check = checks.get(r.id);
        return [r.id, check ? entryFromCheck(check, lang, languages.get(r.id)!) : emptyEntry(languages.get(r.id))];
      }),
    );
    const draft = loadDraft(this.institutionId, this.period);
    this.#entries = new Map(this.#baseline);
    for (const [id, entry] of Object.entries(draft?.entries ?? {}))
      if (this.#baseline.has(id)) this.#entries.set(id, fitLanguages(entry, languages.get(id)!));
    if (!sameQuarter) {
      this.index = 0;
      this.issues = [];
      this.message = draft && Object.keys(draft.entries).length > 0 ? { kind: 'restored' } : undefined;
    }
  }

  get current(): PublicationRequirement | undefined {
    return this.requirements[this.index];
  }

  entry(requirementId: string): DraftEntry {
    return this.#entries.get(requirementId) ?? emptyEntry();
  }

  isDirty(requirementId: string): boolean {
    return !sameEntry(this.entry(requirementId), this.#baseline.get(requirementId) ?? emptyEntry());
  }

  isRecorded(req: PublicationRequirement): boolean {
    if (this.#stored.has(req.id) && !this.isDirty(req.id)) return true;
    return isRecorded(this.entry(req.id), req.requiredLanguages);
  }

  get recordedCount(): number {
    return this.requirements.filter((r) => this.isRecorded(r)).length;
  }

  go(index: number): void {
    this.index = Math.max(0, Math.min(index, this.requirements.length - 1));
  }

  set(field: FieldName, value: string): void {
    const req = this.current;
    if (!req) return;
    this.#entries.set(req.id, withField(this.entry(req.id), field, value));
    this.persist();
  }

  /** Writes the unsent entries to localStorage; `explicit` shows "draft saved at …". */
  persist(explicit = false): boolean {
    const entries = Object.fromEntries(
      this.requirements.filter((r) => this.isDirty(r.id)).map((r) => [r.id, this.entry(r.id)]),
    );
    const at = new Date();
    const ok = saveDraft({
      institutionId: this.institutionId,
      period: this.period,
      savedAt: at.toISOString(),
      entries,
    });
    if (explicit && ok) this.message = { kind: 'draft-saved', at };
    return ok;
  }

  /** Drops the browser draft and goes back to what the server holds. */
  discard(): void {
    this.#entries = new Map(this.#baseline);
    this.issues = [];
    this.message = undefined;
    this.persist();
  }

  /**
   * Problems in every changed entry, in template order. An untouched template is itself a problem,
   * unless the server already holds checks for this quarter (then there is simply nothing new to send).
   */
  validate(): TemplateIssue[] {
    const changed = this.requirements
      .map((r, index) => ({ r, index }))
      .filter(({ r }) => this.isDirty(r.id) && !isBlank(this.entry(r.id)));
    if (changed.length === 0 && this.#stored.size > 0) return [];
    if (changed.length === 0) {
      const index = this.index;
      return [{ index, requirementId: this.current?.id ?? '', field: 'published', code: 'choose' }];
    }
    return changed.flatMap(({ r, index }) =>
      validateEntry(this.entry(r.id), r.requiredLanguages).map((i) => ({ ...i, index, requirementId: r.id })),
    );
  }

  /**
   * Sends each changed entry through the staff endpoint, in template order. A saved entry leaves the
   * draft; the first failure stops sending (403/401 would fail for all) and everything unsent stays.
   * Returns how many were saved.
   */
  async submit(record: RecordCheck | undefined, lang: UiLanguage): Promise<number> {
    this.issues = this.validate();
    if (this.issues.length > 0) return 0;
    if (!record) {
      this.message = { kind: 'no-token' };
      return 0;
    }
    const pending = this.requirements.filter((r) => this.isDirty(r.id) && !isBlank(this.entry(r.id)));
    if (pending.length === 0) {
      this.message = { kind: 'nothing-new', recorded: this.recordedCount, total: this.requirements.length };
      return 0;
    }
    this.submitting = true;
    let saved = 0;
    try {
      for (const req of pending) {
        const entry = this.entry(req.id);
        const input = toCheckInput(entry, {
          requirementId: req.id,
          institutionId: this.institutionId,
          period: this.period,
          lang,
        });
        await record(input, { idempotencyKey: newIdempotencyKey() });
        this.#baseline.set(req.id, entry);
        this.#stored.add(req.id);
        saved += 1;
        this.persist();
      }
      this.message = { kind: 'submitted', count: saved };
    } catch (error) {
      this.message =
        saved > 0 ? { kind: 'partly-saved', saved, failed: pending.length - saved, error } : { kind: 'failed', error };
    } finally {
      this.submitting = false;
    }
    return saved;
  }
}
