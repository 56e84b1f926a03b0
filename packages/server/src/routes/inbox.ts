import { StaffSubmissionQuerySchema, resolveText, type StaffSubmission, type StaffSubmissionQuery } from '@hapur/sdk';
import { csvDocument } from '@hapur/sdk/rules';
import { loadInstitution } from '../domain/institutions.js';
import { allInbox, findInboxRow, inboxDetail, listInbox } from '../feedback/inbox.js';
import { PRIVATE_CACHE, sendCached, sendJson } from '../http/conditional.js';
import { HttpProblem, noSubmission, problems } from '../http/problem.js';
import { QUERY, readQuery } from '../http/query.js';
import { validate } from '../http/validate.js';
import type { AnyContext, Handlers } from './define.js';
import { inboxActionHandlers, responsibilityFor } from './inbox-actions.js';
import { webhookDeliveryHandlers } from './webhooks.js';

const NUMBERS = new Set(['dueWithinDays', 'page', 'pageSize']);
const BOOLEANS = new Set(['overdue', 'quarantined']);
const PAGING = new Set(['page', 'pageSize']);

/**
 * The inbox query from the query string, typed (numbers, booleans) and validated by the SDK's schema; a
 * bad value → 400 `invalid_query` naming it. Unknown parameters are ignored (cache busters).
 */
function inboxQuery(c: AnyContext, paging: boolean): StaffSubmissionQuery {
  const raw: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(c.req.query())) {
    if (value === '' || !(name in StaffSubmissionQuerySchema.shape) || (!paging && PAGING.has(name))) continue;
    if (NUMBERS.has(name)) raw[name] = /^\d{1,7}$/.test(value) ? Number(value) : value;
    else if (BOOLEANS.has(name)) raw[name] = value === 'true' ? true : value === 'false' ? false : value;
    else raw[name] = value;
  }
  try {
    return validate(StaffSubmissionQuerySchema, raw);
  } catch (error) {
    if (error instanceof HttpProblem)
      throw problems.badRequest('invalid_query', 'Invalid query parameters.', error.errors);
    throw error;
  }
}

const CSV_COLUMNS = [
  'reference',
  'type',
  'status',
  'submitted_at',
  'respond_by',
  'overdue',
  'closed_at',
  'language',
  'plan_id',
  'commitment_number',
  'service_id',
  'service_name',
  'topic',
  'institution_id',
  'assignee',
  'published',
  'message',
  'contact_name',
  'contact_email',
  'contact_phone',
] as const;

/** A row; the service's name in `lang` (`?lang=`), else in the language it was written in (as the inbox JSON gives it). */
const csvRow = (s: StaffSubmission, lang: string | undefined) => [
  s.reference,
  s.type,
  s.status,
  s.submittedAt,
  s.respondBy,
  s.overdue,
  s.closedAt,
  s.language,
  s.subject.planId,
  s.subject.commitmentNumber,
  s.subject.serviceId,
  resolveText(s.serviceName, lang ?? s.serviceName?.source ?? 'sq')?.text,
  s.subject.topic,
  s.institutionId,
  s.assignee,
  s.published,
  s.message,
  s.contact?.name,
  s.contact?.email,
  s.contact?.phone,
];

/** The institution's inbox: who am I, the list (ETag), its CSV, one item with its history; the actions. */
export const inboxHandlers = {
  getStaffMe: async (c) => {
    const { staff } = await responsibilityFor(c);
    const { db, config } = c.get('deps');
    const institution = await loadInstitution(db, staff.institutionId);
    return sendJson(
      c,
      {
        name: staff.name,
        institutionId: staff.institutionId,
        ...(institution ? { institutionName: institution.name } : {}),
        expiresAt: staff.expiresAt,
        webhook: config.webhooks[staff.institutionId] !== undefined,
      },
      PRIVATE_CACHE,
    );
  },

  listStaffSubmissions: async (c) => {
    const query = inboxQuery(c, true);
    const { r } = await responsibilityFor(c);
    const { db, now } = c.get('deps');
    const page = await listInbox(db, r, query, now());
    return sendJson(c, { ...page, page: query.page ?? 1, pageSize: query.pageSize ?? 20 }, PRIVATE_CACHE);
  },

  exportStaffSubmissionsCsv: async (c) => {
    const query = inboxQuery(c, false);
    const { lang } = readQuery(c, { lang: QUERY.lang });
    const { staff, r } = await responsibilityFor(c);
    const { db, now } = c.get('deps');
    const items = await allInbox(db, r, query, now());
    c.header('Content-Disposition', `attachment; filename="${staff.institutionId}-submissions.csv"`);
    const csv = csvDocument([CSV_COLUMNS, ...items.map((s) => csvRow(s, lang))], { bom: true });
    return sendCached(c, csv, 'text/csv; charset=utf-8; header=present', PRIVATE_CACHE);
  },

  getStaffSubmission: async (c) => {
    const { r } = await responsibilityFor(c);
    const { db, now } = c.get('deps');
    const reference = c.req.param('reference');
    const row = await findInboxRow(db, r, reference);
    if (!row) throw noSubmission(reference, " in your institution's inbox");
    return sendJson(c, await inboxDetail(db, row, r, now()), PRIVATE_CACHE);
  },

  ...inboxActionHandlers,
  ...webhookDeliveryHandlers,
} satisfies Handlers;
