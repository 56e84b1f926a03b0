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
  try {
    switch (action) {
      case 'status':
        await calls.changeStatus(ref, statusInput(fields, item.language, uiLang), call);
        return { kind: 'done', detail: undefined };
      case 'publish':
        await calls.publish(ref, call);
        return { kind: 'done', detail: undefined };
      case 'assign':
        return { kind: 'done', detail: await calls.assign(ref, { assignee: fields.assignee ?? '' }, call) };
      case 'note':
        return { kind: 'done', detail: await calls.addNote(ref, { text: fields.note ?? '' }, call) };
      case 'unpublish':
        return {
          kind: 'done',
          detail: await calls.unpublish(ref, { reason: textIn(uiLang, fields.reason ?? '') }, call),
        };
      case 'transfer':
        return {
          kind: 'done',
          detail: await calls.transfer(
            ref,
            { institutionId: fields.institution ?? '', note: textIn(uiLang, fields.note ?? '') },
            call,
          ),
        };
      case 'release':
        return { kind: 'done', detail: await calls.release(ref, {}, call) };
    }
  } catch (error) {
    return { kind: 'failed', error };
  }
}
