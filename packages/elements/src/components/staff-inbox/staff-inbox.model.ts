import {
  CLOSED_FEEDBACK_STATUSES,
  INBOX_DUE_WITHIN_MAX,
  INBOX_SEARCH_MAX,
  INTERNAL_NOTE_MAX,
  type FeedbackStatusValue,
  type LocalizedText,
  type StaffSubmissionQuery,
  type StatusChangeInput,
  type UiLanguage,
} from '@hapur/sdk';
import { daysLeft, isPastDeadline } from '@hapur/sdk/rules';
import type { InboxAction } from './translations/inbox-translation.js';

/** Where a message stands against its answer deadline: days left, due today, days overdue (0: since today), closed or none. */
export type DueState =
  | { kind: 'left'; days: number }
  | { kind: 'today' }
  | { kind: 'overdue'; days: number }
  | { kind: 'closed' }
  | { kind: 'none' };

const CLOSED: ReadonlySet<FeedbackStatusValue> = new Set(CLOSED_FEEDBACK_STATUSES);

/**
 * The deadline in whole calendar days, by the SDK's deadline rules (`daysLeft`, `isPastDeadline`), so
 * the row says what the API's `overdue` filter and the participation statistics count.
 */
export function dueState(
  item: { respondBy?: string | undefined; status: FeedbackStatusValue; overdue?: boolean | undefined },
  now: Date = new Date(),
): DueState {
  if (CLOSED.has(item.status)) return { kind: 'closed' };
  if (!item.respondBy) return { kind: 'none' };
  const days = daysLeft(item.respondBy, now);
  if (item.overdue || isPastDeadline(item.respondBy, now)) return { kind: 'overdue', days: Math.max(0, -days) };
  return days <= 0 ? { kind: 'today' } : { kind: 'left', days };
}

/** The list's filters, as the block's form holds them (strings, the way inputs give them). */
export interface InboxFilter {
  status: string;
  type: string;
  overdue: boolean;
  quarantined: boolean;
  dueWithinDays: string;
  q: string;
}

/** A due-within value (trimmed, as `filterFrom` gives it) the API accepts: empty, or a whole number from 0 to the SDK's
 * INBOX_DUE_WITHIN_MAX (StaffSubmissionQuerySchema's rule). */
const isDueWithinValid = (value: string): boolean => /^\d{0,3}$/.test(value) && Number(value) <= INBOX_DUE_WITHIN_MAX;

/** The id of a filter field the API would refuse (the form shows its error and focuses it), or undefined. */
export type FilterProblem = 'filter-due' | 'filter-q' | undefined;
export const filterProblem = (filter: InboxFilter): FilterProblem =>
  !isDueWithinValid(filter.dueWithinDays) ? 'filter-due' : filter.q.length > INBOX_SEARCH_MAX ? 'filter-q' : undefined;

/** The action forms' fields, by action. */
export type ActionFields = Record<string, string>;

/** One problem in an action form: the field (its input's id is `<action>-<field>`) and what is wrong. */
export interface ActionIssue {
  field: string;
  code: 'required' | 'tooLong' | 'responseLanguage' | 'institution';
  max?: number;
}

/**
 * Statuses that close a message with an answer: they need the official response in the person's language. The SDK's
 * closed statuses list them first (answered, accepted, partially accepted, rejected, resolved), before those that
 * close without one (duplicate, not competent, withdrawn, closed).
 */
export const ANSWERING_STATUSES: readonly FeedbackStatusValue[] = /* @__PURE__ */ CLOSED_FEEDBACK_STATUSES.slice(0, 5);

export const MAX_NOTE = 2000;
export const MAX_RESPONSE = 10_000;
export const MAX_NAME = 200;

/** The fields each action requires, and their limits. */
const REQUIRED: Record<InboxAction, readonly [field: string, max: number][]> = {
  status: [['status', 40]],
  assign: [['assignee', MAX_NAME]],
  note: [['note', INTERNAL_NOTE_MAX]],
  publish: [],
  unpublish: [['reason', MAX_NOTE]],
  transfer: [
    ['institution', 120],
    ['note', MAX_NOTE],
  ],
  release: [],
};

/**
 * What is wrong with an action form (its fields trimmed, as `fieldsFrom` gives them) before it is sent, in the order
 * of its fields (GOV.UK: the error summary lists them in that order). The server checks again; this saves a round
 * trip and a lost draft.
 */
export function validateAction(action: InboxAction, fields: ActionFields, language: string): ActionIssue[] {
  const issues: ActionIssue[] = [];
  for (const [field, max] of REQUIRED[action]) {
    const value = fields[field] ?? '';
    if (!value) issues.push({ field, code: 'required' });
    else if (value.length > max) issues.push({ field, code: 'tooLong', max });
  }
  if (action === 'transfer' && fields.institution && !/^[a-z0-9][a-z0-9._-]*$/.test(fields.institution))
    issues.push({ field: 'institution', code: 'institution' });
  if (action === 'status') {
    const own = `response-${language}`;
    const answering = ANSWERING_STATUSES.includes(fields.status as FeedbackStatusValue);
    const anyResponse = Object.entries(fields).some(([k, v]) => k.startsWith('response-') && v);
    // A decision or appeal information is part of the official response: without one it would be dropped unseen.
    const partOfResponse = !!(fields.decision || fields.appeal);
    if ((answering || anyResponse || partOfResponse) && !fields[own])
      issues.push({ field: own, code: 'responseLanguage' });
    for (const [k, v] of Object.entries(fields))
      if ((k.startsWith('response-') || k === 'note') && v.length > (k === 'note' ? MAX_NOTE : MAX_RESPONSE))
        issues.push({ field: k, code: 'tooLong', max: k === 'note' ? MAX_NOTE : MAX_RESPONSE });
  }
  return issues;
}

/** The UI languages besides the person's, for optional translations of the response. */
export function otherLanguages(language: string, all: readonly UiLanguage[]): UiLanguage[] {
  return all.filter((lang) => lang !== language && lang.toLowerCase() !== language.toLowerCase());
}

/** The API query of the block's filters (trimmed, as `filterFrom` gives them) and page (the API sorts by deadline by default). */
export function toQuery(filter: InboxFilter, page: number, pageSize: number): StaffSubmissionQuery {
  const query: StaffSubmissionQuery = { page, pageSize, sort: 'respondBy' };
  if (filter.status) query.status = filter.status as StaffSubmissionQuery['status'];
  if (filter.type) query.type = filter.type as StaffSubmissionQuery['type'];
  if (filter.overdue) query.overdue = true;
  if (filter.quarantined) query.quarantined = true;
  if (filter.dueWithinDays) query.dueWithinDays = Number(filter.dueWithinDays);
  if (filter.q) query.q = filter.q;
  return query;
}

/** The filters a submitted filter form holds. */
export function filterFrom(data: FormData): InboxFilter {
  const text = (name: string) => String(data.get(name) ?? '');
  return {
    status: text('status'),
    type: text('type'),
    overdue: data.get('overdue') !== null,
    quarantined: data.get('quarantined') !== null,
    dueWithinDays: text('dueWithinDays').trim(),
    q: text('q').trim(),
  };
}

/** No filter: what an empty filter form holds. */
export const NO_FILTER: InboxFilter = /* @__PURE__ */ filterFrom(new FormData());

/** A form's text fields (checkboxes as "on" when ticked), trimmed. */
export function fieldsFrom(data: FormData): ActionFields {
  const fields: ActionFields = {};
  for (const [name, value] of data) if (typeof value === 'string') fields[name] = value.trim();
  return fields;
}

/** Text written in one language. */
export const textIn = (lang: string, value: string): LocalizedText => ({ values: { [lang]: value }, source: lang });

/**
 * The status change of the status form: the official response in the person's language (`source`) and
 * any translations, each machine translation labelled (`origin.kind: 'machine'`); notes in `uiLang`.
 */
export function statusInput(fields: ActionFields, language: string, uiLang: string): StatusChangeInput {
  const input: StatusChangeInput = { status: fields.status as FeedbackStatusValue };
  if (fields.note) input.note = textIn(uiLang, fields.note);
  const responses = Object.entries(fields).filter(([k, v]) => k.startsWith('response-') && v);
  if (responses.length > 0) {
    const body: LocalizedText = { values: {}, source: language, origin: {} };
    for (const [key, value] of responses) {
      const lang = key.slice('response-'.length);
      body.values[lang] = value;
      body.origin![lang] =
        lang === language
          ? { kind: 'original' }
          : { kind: fields[`machine-${lang}`] ? 'machine' : 'human', from: language };
    }
    input.response = { body };
    if (fields.decision)
      input.response.decision = fields.decision as NonNullable<StatusChangeInput['response']>['decision'];
    if (fields.appeal) input.response.appealInfo = textIn(uiLang, fields.appeal);
  }
  return input;
}
