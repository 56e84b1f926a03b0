import { newIdempotencyKey, type StaffSubmissionDetail } from '@hapur/sdk';
import { fieldsFrom, statusInput, textIn, validateAction, type ActionIssue } from './staff-inbox.model.js';
import type { InboxCalls } from './staff-inbox.types.js';
import type { InboxAction } from './translations/inbox-translation.js';

export type ActionResult =
  | { kind: 'invalid'; issues: ActionIssue[] }
  | { kind: 'failed'; error: unknown }
  /** `detail` is the item as the server now has it, when the call returns it. */
  | { kind: 'done'; detail: StaffSubmissionDetail | undefined };

/**
 * Checks an action form and sends it: each call with its own idempotency key, so a retried request is
 * stored once. `uiLang` is the language staff write notes and reasons in (the block's).
 */
export async function runAction(
  calls: InboxCalls,
  action: InboxAction,
  item: StaffSubmissionDetail,
  data: FormData,
  uiLang: string,
): Promise<ActionResult> {
  const fields = fieldsFrom(data);
  const issues = validateAction(action, fields, item.language);
  if (issues.length > 0) return { kind: 'invalid', issues };
  const ref = item.reference;
  const call = { idempotencyKey: newIdempotencyKey() };
  // The calls that answer with the message as the server now has it give it; the others none.
  const done = (detail?: StaffSubmissionDetail): ActionResult => ({ kind: 'done', detail });
  try {
    switch (action) {
      case 'status':
        await calls.changeStatus(ref, statusInput(fields, item.language, uiLang), call);
        return done();
      case 'publish':
        await calls.publish(ref, call);
        return done();
      case 'assign':
        return done(await calls.assign(ref, { assignee: fields.assignee ?? '' }, call));
      case 'note':
        return done(await calls.addNote(ref, { text: fields.note ?? '' }, call));
      case 'unpublish':
        return done(await calls.unpublish(ref, { reason: textIn(uiLang, fields.reason ?? '') }, call));
      case 'transfer':
        return done(
          await calls.transfer(
            ref,
            { institutionId: fields.institution ?? '', note: textIn(uiLang, fields.note ?? '') },
            call,
          ),
        );
      case 'release':
        return done(await calls.release(ref, {}, call));
    }
  } catch (error) {
    return { kind: 'failed', error };
  }
}

/** What the person typed in the action forms of the open message: each form's id and values, the forms with some. */
export type TypedForms = [form: string, values: [string, string][]][];

/** The message open when the server refused the token, and what was typed in it. */
export interface Resume {
  reference: string;
  forms: TypedForms;
}

/** Reads the action forms (named by `aria-labelledby`) before they leave the screen. */
export const typedForms = (root: ParentNode): TypedForms =>
  [...root.querySelectorAll<HTMLFormElement>('[part="actions"] form')]
    .map((form): TypedForms[number] => [
      form.getAttribute('aria-labelledby') ?? '',
      [...new FormData(form)].map(([name, value]) => [name, String(value)]),
    ])
    .filter(([, values]) => values.some(([, value]) => value));

/**
 * Once the message is on screen again: puts what was typed back into the same forms (opening a folded form or
 * section that holds a value) and focuses the message's heading. False while it is not shown yet.
 */
export function restoreForms(host: HTMLElement, { forms }: Resume): boolean {
  const root = host.shadowRoot!;
  const title = root.querySelector<HTMLElement>('#detail-title');
  if (!title) return false;
  title.focus();
  for (const [id, values] of forms) {
    const form = root.querySelector<HTMLFormElement>(`form[aria-labelledby="${id}"]`);
    for (const [name, value] of values) {
      const control = form?.elements.namedItem(name) as HTMLInputElement | null;
      if (!control || !value) continue;
      if (control.type === 'checkbox') control.checked = true;
      else control.value = value;
      const folded = control.closest('details');
      if (folded) folded.open = true;
    }
  }
  return true;
}
