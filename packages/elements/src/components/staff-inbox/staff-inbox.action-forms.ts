import type { StaffSubmissionDetail } from '@hapur/sdk';
import type { ReactiveElement } from 'lit';
import { HapurStaffActionEvent } from '../../events/staff-action.js';
import { focusAfterUpdate } from '../../internal/focus.js';
import type { ActionHandlers, ActionState } from './render-actions.js';
import { runAction } from './staff-inbox.actions.js';
import { InstitutionChoice } from './staff-inbox.institutions.js';
import type { InboxCalls, InboxView } from './staff-inbox.types.js';
import { failureText } from './staff-inbox.view.js';
import type { InboxAction } from './translations/inbox-translation.js';

const NO_ACTION: ActionState = { action: undefined, issues: [], outcome: undefined, busy: false };

/** What the action forms read and ask of the inbox. */
export interface ActionFormsInbox {
  /** The inbox calls in effect and the officer's own institution (its `/staff/me`). */
  source(): { calls: InboxCalls | undefined; own: string | undefined };
  /** The message on screen. */
  detail(): StaffSubmissionDetail | undefined;
  /** The block's view for the outcome line's words, once its language is ready. */
  view(): InboxView | undefined;
  /** When `error` is a refused token (401): the inbox signs out and this returns true. */
  refuse(error: unknown): boolean;
  /** Shows the message as the server now has it (an action that answers with it). */
  show(detail: StaffSubmissionDetail): void;
  /** Reads the message again (after a conflict, or an action that answers without it). */
  reload(reference: string): Promise<void>;
  /** Reads the list again in the background; resolves once it is in. */
  refresh(): Promise<void>;
  /** The person transferred the message: it left this inbox; back to the list, which says it was transferred. */
  transferred(): Promise<void>;
}

/**
 * The open message's action forms: where they stand (the form last sent, its problems, the outcome line, busy while
 * one is sent), a form sent with `runAction`, and what follows a stored action (the message shown as it now is,
 * `hapur-staff-action`, the list read again); the transfer form's institutions.
 * @internal
 */
export class ActionForms {
  state: ActionState = NO_ACTION;
  readonly handlers: ActionHandlers;
  /** The list read again after the last saved action: "Back" waits for it, as the message may have left the list. */
  refreshed: Promise<void> = Promise.resolve();

  readonly #host: ReactiveElement;
  readonly #inbox: ActionFormsInbox;

  constructor(host: ReactiveElement, inbox: ActionFormsInbox) {
    this.#host = host;
    this.#inbox = inbox;
    this.handlers = {
      submit: (action, event) => void this.#submit(action, event),
      institutions: new InstitutionChoice(host, () => inbox.source()),
    };
  }

  /** No form sent yet (another message, or none). */
  reset(): void {
    if (this.state !== NO_ACTION) this.#set(NO_ACTION);
  }

  #set(state: ActionState): void {
    this.state = state;
    this.#host.requestUpdate();
  }

  async #submit(action: InboxAction, event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const inbox = this.#inbox;
    const { calls } = inbox.source();
    const detail = inbox.detail();
    const v = inbox.view();
    if (!calls || !detail || !v || this.state.busy) return;
    const form = event.target as HTMLFormElement;
    this.#set({ ...NO_ACTION, action, busy: true });
    const result = await runAction(calls, action, detail, new FormData(form), v.localize.lang);
    if (result.kind === 'invalid') {
      this.#set({ ...NO_ACTION, action, issues: result.issues });
      return focusAfterUpdate(this.#host, '.error-summary');
    }
    if (result.kind === 'failed') {
      if (inbox.refuse(result.error)) return;
      this.#set({ ...NO_ACTION, action, outcome: { ok: false, text: failureText(v, result.error) } });
      // Changed meanwhile (409), or another institution's now (403, e.g. transferred): read again and shown as it now
      // is; gone from the inbox (the read answers 404): the inbox says so over the list.
      if ([403, 404, 409].includes((result.error as { status: number }).status)) await inbox.reload(detail.reference);
    } else {
      form.reset();
      this.#host.dispatchEvent(new HapurStaffActionEvent({ reference: detail.reference, action }));
      // Transferred, the message is another institution's to answer: it leaves this inbox, and the list says it was
      // transferred (not that it went "in the meantime", which reading it again would say).
      if (action === 'transfer') return inbox.transferred();
      if (result.detail) inbox.show(result.detail);
      this.#set({ ...NO_ACTION, action, outcome: { ok: true, text: v.t.actionDone[action] } });
      if (!result.detail) await inbox.reload(detail.reference);
      this.refreshed = inbox.refresh();
    }
    await focusAfterUpdate(this.#host, '.outcome');
  }
}
