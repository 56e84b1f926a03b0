import { type PublicService, type ServiceChange, type ServiceRevision, type StaffMe } from '@hapur/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import { staffErrorText } from '../../internal/staff/error-text.js';
import { validationStrings } from '../../internal/validation-messages.js';
import { HapurServiceSaveEvent, type HapurServiceSaveEventDetail } from '../../events/service-save.js';
import { BLANK_ITEMS, type ListName } from './render-form.js';
import {
  changedFields,
  draftOf,
  editList,
  fieldId,
  inputValue,
  rebaseDraft,
  setAt,
  validateDraft,
  type Draft,
  type DraftStore,
  type FormIssue,
} from './service-editor.model.js';
import type { EditorClient } from './service-editor.types.js';
import type { EditorTranslation } from './translations/editor-translation.js';

/** The form of one service: what is being edited, from which version. */
export interface Editing {
  /** The service id; `''` while a new service has none yet. */
  id: string;
  /** The ETag of the version the draft is based on; `undefined` for a new service. */
  etag: string | undefined;
  base: Draft;
  draft: Draft;
}

export type Notice = { ok: boolean; text: string } | undefined;
type SaveAction = HapurServiceSaveEventDetail['action'];

/** What the form needs from its block: the calls with the token in effect, this tab's drafts, the strings. @internal */
export interface FormHost extends ReactiveControllerHost, HTMLElement {
  readonly formCalls: EditorClient | undefined;
  readonly drafts: DraftStore;
  readonly editorStrings: EditorTranslation | undefined;
  /** Signs out when `error` is a refused token; true when it was one. */
  refuseToken(error: unknown): boolean;
  /** A write stored service `id`: read the list again (name, status) and refresh this browser's copy of its card. */
  refreshList(id: string): void;
}

/**
 * The editing of one service card (its own class, so the block class stays a view): opening with this tab's draft,
 * each change kept in the draft store, saving with `If-Match`, the conflict when someone else saved first,
 * withdrawing, and the change history.
 * @internal
 */
export class ServiceForm {
  editing: Editing | undefined;
  issues: FormIssue[] = [];
  notice: Notice;
  busy = false;
  opening = false;
  conflict: { draft: Draft; etag: string } | undefined;
  asking = false;
  history: ServiceChange[] | undefined;
  /** Bumped when the draft is replaced as a whole, so the form's controls start again from it. */
  key = 0;
  readonly #host: FormHost;
  readonly #localize: LocalizeController;

  constructor(host: FormHost, localize: LocalizeController) {
    this.#host = host;
    this.#localize = localize;
  }

  #set(
    patch: Partial<
      Pick<ServiceForm, 'editing' | 'issues' | 'notice' | 'busy' | 'opening' | 'conflict' | 'asking' | 'history'>
    >,
  ) {
    Object.assign(this, patch);
    this.#host.requestUpdate();
  }

  // Every caller changed the state (#set) just before: the update that shows `selector` is pending.
  async #focusOn(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Opens the form of a service (`''`: a new one), with this tab's unsaved draft of it when there is one. */
  async open(id: string, me: StaffMe, languages: readonly string[], focus = true): Promise<void> {
    const calls = this.#host.formCalls;
    const drafts = this.#host.drafts;
    if (!calls) return;
    drafts.open = id;
    this.#set({ notice: undefined, issues: [], conflict: undefined, asking: false, history: undefined });
    const stored = drafts.read(id);
    if (id === '') {
      const blank: Draft = {
        competentAuthorityIds: [me.institutionId],
        languages: languages.length ? [...languages] : [this.#localize.lang],
        channels: [],
        status: 'active',
      };
      const draft = stored?.draft ?? blank;
      this.#set({
        editing: { id: typeof draft['id'] === 'string' ? draft['id'] : '', etag: undefined, base: {}, draft },
      });
    } else {
      this.#set({ editing: { id, etag: undefined, base: {}, draft: {} }, opening: true });
      try {
        const revision = await calls.getServiceRevision(id);
        const read = draftOf(revision.service);
        const editing = stored?.etag
          ? { id, etag: stored.etag, base: stored.base ?? read, draft: stored.draft }
          : { id, etag: revision.etag, base: read, draft: read };
        this.#set({ editing, opening: false });
        void this.#loadHistory(id);
      } catch (error) {
        this.#set({ editing: undefined, opening: false });
        drafts.open = undefined;
        if (!this.#host.refuseToken(error))
          this.#set({ notice: { ok: false, text: staffErrorText(error, this.#localize) } });
        return;
      }
    }
    if (stored) this.#set({ notice: { ok: true, text: this.#host.editorStrings?.draftRestored ?? '' } });
    this.key += 1;
    if (focus) await this.#focusOn('#edit-title');
  }

  async #loadHistory(id: string): Promise<void> {
    try {
      this.#set({ history: (await this.#host.formCalls?.listServiceChanges(id)) ?? [] });
    } catch (error) {
      if (!this.#host.refuseToken(error)) this.#set({ history: [] });
    }
  }

  #persist(editing: Editing): void {
    this.#set({ editing });
    const { id, etag, base, draft } = editing;
    this.#host.drafts.write({ id: etag === undefined ? '' : id, etag, base, draft });
  }

  /** A control of the form changed: its value goes into the draft (and this tab's storage). */
  readonly input = (event: Event): void => {
    const el = event.target as HTMLInputElement;
    const editing = this.editing;
    if (!editing) return;
    if (el.dataset['lang']) {
      const lang = el.dataset['lang'];
      const now = ((editing.draft['languages'] as string[] | undefined) ?? []).filter((l) => l !== lang);
      this.#persist({ ...editing, draft: setAt(editing.draft, ['languages'], el.checked ? [...now, lang] : now) });
      return;
    }
    if (!el.dataset['path']) return;
    const path = JSON.parse(el.dataset['path']) as (string | number)[];
    const next = { ...editing, draft: setAt(editing.draft, path, inputValue(el)) };
    if (path[0] === 'id' && editing.etag === undefined) next.id = el.value.trim();
    this.#persist(next);
  };

  /** "Add" and "remove" of the repeatable parts; focus goes to the new item, or to what took the removed one's place. */
  readonly click = async (event: Event): Promise<void> => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-list]');
    const editing = this.editing;
    if (!button || !editing) return;
    const name = button.dataset['list'] as ListName;
    const remove = button.dataset['remove'];
    const count = ((editing.draft[name] as unknown[] | undefined) ?? []).length;
    const change = remove === undefined ? { add: BLANK_ITEMS[name](editing.draft) } : { remove: Number(remove) };
    this.key += 1;
    this.#persist({ ...editing, draft: editList(editing.draft, [name], change) });
    const at = remove === undefined ? count : Math.min(Number(remove), count - 2);
    await this.#host.updateComplete;
    const root = this.#host.shadowRoot;
    const item = at >= 0 ? root?.querySelector<HTMLElement>(`#${fieldId([name, at])}`) : null;
    (item ?? root?.querySelector<HTMLElement>(`button.add[data-list="${name}"]`))?.focus();
  };

  readonly save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { editing } = this;
    const calls = this.#host.formCalls;
    const t = this.#host.editorStrings;
    const messages = this.#localize.text(validationStrings);
    if (!editing || !calls || !t || this.busy) return;
    if (editing.etag !== undefined && changedFields(editing.base, editing.draft).length === 0) {
      this.#set({ issues: [], notice: { ok: true, text: t.nothingToSave(t.review) } });
      return void this.#focusOn('.outcome');
    }
    const { input, issues } = validateDraft(editing.draft, messages, t);
    if (editing.etag === undefined && !editing.id)
      issues.unshift({ path: ['id'], message: messages.messages.required });
    this.#set({ issues, notice: undefined });
    if (!input || issues.length) return void this.#focusOn('.error-summary');
    const base = editing.etag ? { etag: editing.etag } : 'new';
    await this.#write(editing, () => calls.putService(editing.id, input, base), editing.etag ? t.saved : t.created);
  };

  /** Checked and still correct (nothing changed): the server records the review, the card's date is today's. */
  readonly review = async (): Promise<void> => {
    const { editing } = this;
    const calls = this.#host.formCalls;
    const t = this.#host.editorStrings;
    if (!editing?.etag || !calls || !t || this.busy) return;
    const etag = editing.etag;
    this.#set({ issues: [] });
    await this.#write(editing, () => calls.reviewService(editing.id, { etag }), t.reviewedDone, 'reviewed');
  };

  /** One write of the card (save, withdraw, review): busy meanwhile, then the stored version or why not. */
  async #write(editing: Editing, send: () => Promise<ServiceRevision>, text: string, action: SaveAction = 'saved') {
    this.#set({ busy: true });
    try {
      const revision = await send();
      this.#stored(editing, revision.etag, revision.service, text, action);
    } catch (error) {
      // A withdrawal refused stays open with its reason (the conflict screen, which replaces it, closes it).
      const failed = action === 'reviewed' ? 'reviewFailed' : action === 'saved' ? 'saveFailed' : 'withdrawFailed';
      await this.#failed(editing, error, failed);
    } finally {
      this.#set({ busy: false });
    }
  }

  /** The server stored the service: the form starts again from what it holds, the draft is dropped. */
  #stored(from: Editing, etag: string, service: PublicService, text: string, action: SaveAction) {
    const read = draftOf(service);
    const drafts = this.#host.drafts;
    drafts.remove(from.id);
    if (from.etag === undefined) drafts.remove('');
    // Withdrawing keeps unsaved changes of the form (on top of the withdrawn version); saving sent them.
    const unsaved = action === 'withdrawn' && changedFields(from.base, from.draft).length > 0;
    const editing = {
      id: service.id,
      etag,
      base: read,
      draft: unsaved ? rebaseDraft(from.base, from.draft, read) : read,
    };
    if (unsaved) this.#persist(editing);
    drafts.open = service.id;
    this.key += 1;
    this.#set({ editing, asking: false, notice: { ok: true, text } });
    this.#host.dispatchEvent(new HapurServiceSaveEvent({ serviceId: service.id, action }));
    void this.#loadHistory(service.id);
    this.#host.refreshList(service.id);
    void this.#focusOn('.outcome');
  }

  async #failed(editing: Editing, error: unknown, failed: `${'save' | 'review' | 'withdraw'}Failed`): Promise<void> {
    if (this.#host.refuseToken(error)) return;
    const status = (error as { status?: number }).status;
    const t = this.#host.editorStrings!;
    let reason = error;
    if (status === 412 && editing.etag === undefined) {
      this.#set({ issues: [{ path: ['id'], message: t.idTaken }] });
      return void this.#focusOn('.error-summary');
    }
    if (status === 412) {
      try {
        const revision = await this.#host.formCalls!.getServiceRevision(editing.id);
        this.#set({ conflict: { draft: draftOf(revision.service), etag: revision.etag } });
        void this.#loadHistory(editing.id);
        return void this.#focusOn('#conflict-title');
      } catch (reread) {
        if (this.#host.refuseToken(reread)) return;
        reason = reread;
      }
    }
    const text = status === 403 ? t.forbiddenService : t[failed](staffErrorText(reason, this.#localize));
    this.#set({ notice: { ok: false, text } });
    void this.#focusOn('.outcome');
  }

  readonly conflictActions = {
    /** Put the person's changes onto the version someone else saved; they check and save again. */
    apply: () => {
      const { editing, conflict } = this;
      if (!editing || !conflict) return;
      const draft = rebaseDraft(editing.base, editing.draft, conflict.draft);
      this.#persist({ id: editing.id, etag: conflict.etag, base: conflict.draft, draft });
      this.#afterConflict(this.#host.editorStrings?.conflictApplied);
    },
    /** Drop the person's changes and open the other version. */
    discard: () => {
      const { editing, conflict } = this;
      if (!editing || !conflict) return;
      this.#set({ editing: { id: editing.id, etag: conflict.etag, base: conflict.draft, draft: conflict.draft } });
      this.#host.drafts.remove(editing.id);
      this.#afterConflict(undefined);
    },
  };

  #afterConflict(text: string | undefined): void {
    this.key += 1;
    this.#set({ conflict: undefined, asking: false, issues: [], notice: text ? { ok: true, text } : undefined });
    void this.#focusOn(text ? '.outcome' : '#edit-title');
  }

  readonly withdrawActions = {
    ask: () => {
      this.#set({ asking: true });
      void this.#focusOn('#withdraw-title');
    },
    cancel: () => {
      this.#set({ asking: false });
      void this.#focusOn('[part="withdraw-button"]');
    },
    confirm: async (event: SubmitEvent) => {
      event.preventDefault();
      const { editing } = this;
      const calls = this.#host.formCalls;
      const t = this.#host.editorStrings;
      if (!editing?.etag || !calls || !t || this.busy) return;
      const note = (new FormData(event.target as HTMLFormElement).get('note') as string | null)?.trim();
      const input = note ? { note: { values: { [this.#localize.lang]: note } } } : {};
      const base = { etag: editing.etag };
      await this.#write(editing, () => calls.withdrawService(editing.id, input, base), t.withdrawnDone, 'withdrawn');
    },
  };

  /** Back to the list, focus on the service's link. */
  readonly back = async (): Promise<void> => {
    const id = this.editing?.id;
    this.#host.drafts.open = undefined;
    this.#set({ editing: undefined, notice: undefined });
    await this.#host.updateComplete;
    const link = [...(this.#host.shadowRoot?.querySelectorAll<HTMLAnchorElement>('.service-link') ?? [])].find(
      (a) => a.getAttribute('href') === `#${id}`,
    );
    (link ?? this.#host.shadowRoot?.querySelector<HTMLElement>('#list-title'))?.focus();
  };

  /** Drop this tab's draft: the form shows the version read (or an empty new service); focus on its heading. */
  readonly discardDraft = (): void => {
    const editing = this.editing;
    if (!editing) return;
    this.#host.drafts.remove(editing.etag === undefined ? '' : editing.id);
    this.key += 1;
    const { competentAuthorityIds, languages } = editing.draft;
    const blank = { competentAuthorityIds, languages, channels: [], status: 'active' };
    this.#set({ editing: { ...editing, draft: editing.etag === undefined ? blank : editing.base }, notice: undefined });
    void this.#focusOn('#edit-title'); // its button went with the notice: focus stays in the form
  };

  /** Signed out: nothing is being edited (the draft stays in this tab's storage). */
  close(): void {
    this.editing = undefined;
  }
}
