import {
  AssignInputSchema,
  InternalNoteInputSchema,
  ReleaseInputSchema,
  StaffMeSchema,
  StaffSubmissionDetailSchema,
  StaffSubmissionPageSchema,
  StaffSubmissionQuerySchema,
  TransferInputSchema,
  UnpublishInputSchema,
  WebhookDeliverySchema,
  type AssignInput,
  type InternalNoteInput,
  type ReleaseInput,
  type StaffMe,
  type StaffSubmissionDetail,
  type StaffSubmissionPage,
  type StaffSubmissionQuery,
  type TransferInput,
  type UnpublishInput,
  type WebhookDelivery,
} from '../schemas/submission-inbox.js';
import { listOf } from '../schemas/envelopes.js';
import {
  addSubmissionNoteRoute,
  assignSubmissionRoute,
  exportStaffSubmissionsCsvRoute,
  getStaffMeRoute,
  getStaffSubmissionRoute,
  listStaffSubmissionsRoute,
  listWebhookDeliveriesRoute,
  releaseSubmissionRoute,
  routeUrl,
  transferSubmissionRoute,
  unpublishCommentRoute,
  type RoutePath,
} from '../routes/paths.js';
import type * as z from 'zod/mini';
import type { Shape } from '../shapes/check.js';
import type { Core } from './core.js';
import type { CallOptions, WriteOptions } from './options.js';
import { parseInput } from './validate.js';

// The institution's inbox (issue 16): staff reads go through the core's ETag memory (a repeated read
// sends If-None-Match and a 304 answers the remembered body), with the client's staff token.

const DeliveryList = /* @__PURE__ */ listOf(WebhookDeliverySchema);

const staffRead = (route: RoutePath & { staff: true }, path: string, query?: Record<string, string | number>) => ({
  path,
  staticPath: undefined,
  staff: route.staff,
  ...(query ? { query } : {}),
});

/** `GET /staff/me`: the token's name, institution and expiry (a 401 `token_expired` / `token_revoked` says why not). */
export async function getStaffMe(core: Core, options?: CallOptions): Promise<StaffMe> {
  return core.read('getStaffMe', staffRead(getStaffMeRoute, routeUrl(getStaffMeRoute, {})), StaffMeSchema, options);
}

/** The query string of an inbox filter (booleans as `true`/`false`). */
export function staffQueryString(query: StaffSubmissionQuery): Record<string, string | number> {
  const checked = parseInput(StaffSubmissionQuerySchema, query, 'inbox query');
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(checked))
    if (value !== undefined) out[name] = typeof value === 'boolean' ? String(value) : value;
  return out;
}

/** `GET /staff/submissions`: one page of the institution's inbox, with counts by status. */
export async function listStaffSubmissions(
  core: Core,
  query: StaffSubmissionQuery = {},
  options?: CallOptions,
): Promise<StaffSubmissionPage> {
  const path = routeUrl(listStaffSubmissionsRoute, {});
  return core.read(
    'listStaffSubmissions',
    staffRead(listStaffSubmissionsRoute, path, staffQueryString(query)),
    StaffSubmissionPageSchema,
    options,
  );
}

/** A file the API sent: its name (`Content-Disposition`) and its text. */
export interface DownloadedFile {
  fileName: string;
  content: string;
}

const FILE: Shape<DownloadedFile> = { node: { t: 'o', p: { fileName: { t: 's', min: 1 }, content: { t: 's' } } } };

/** The body as text with the file name the server gave (`attachment; filename="…"`), else `fallback`. */
const fileBody = (fallback: string) => async (response: Response) => ({
  fileName: /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback,
  content: await response.text(),
});

/**
 * `GET /staff/submissions.csv`: every submission the inbox filter matches (paging ignored) as CSV, with the file
 * name the server gives; `lang` names the services in that language (else each name's own).
 */
export async function exportStaffSubmissionsCsv(
  core: Core,
  query: StaffSubmissionQuery & { lang?: string } = {},
  options?: CallOptions,
): Promise<DownloadedFile> {
  const { page: _page, pageSize: _size, lang, ...filter } = query;
  const path = routeUrl(exportStaffSubmissionsCsvRoute, {});
  const search = { ...staffQueryString(filter), ...(lang ? { lang } : {}) };
  return core.read(
    'exportStaffSubmissionsCsv',
    { ...staffRead(exportStaffSubmissionsCsvRoute, path, search), body: fileBody('submissions.csv') },
    FILE,
    options,
  );
}

/** `GET /staff/submissions/{reference}`: the item with its full history, public and internal. */
export async function getStaffSubmission(
  core: Core,
  reference: string,
  options?: CallOptions,
): Promise<StaffSubmissionDetail> {
  const path = routeUrl(getStaffSubmissionRoute, { reference });
  return core.read(
    'getStaffSubmission',
    staffRead(getStaffSubmissionRoute, path),
    StaffSubmissionDetailSchema,
    options,
  );
}

/** `GET /staff/webhook-deliveries`: the institution's webhook deliveries, newest first. */
export async function listWebhookDeliveries(core: Core, options?: CallOptions): Promise<WebhookDelivery[]> {
  const path = routeUrl(listWebhookDeliveriesRoute, {});
  const list = await core.read(
    'listWebhookDeliveries',
    staffRead(listWebhookDeliveriesRoute, path),
    DeliveryList,
    options,
  );
  return list.items;
}

function action<S extends z.ZodMiniType>(
  operation: string,
  route: RoutePath & { staff: true; path: `/staff/submissions/{reference}/${string}` },
  schema: S,
) {
  return (core: Core, reference: string, input: z.input<S>, options?: WriteOptions): Promise<StaffSubmissionDetail> =>
    core.write(
      operation,
      { path: routeUrl(route, { reference }), staff: route.staff, input: { schema, value: input } },
      StaffSubmissionDetailSchema,
      options,
    );
}

/** `POST /staff/submissions/{reference}/assign` `{ assignee }` (null unassigns) → the updated item. */
export const assignSubmission: (
  core: Core,
  reference: string,
  input: AssignInput,
  options?: WriteOptions,
) => Promise<StaffSubmissionDetail> = /* @__PURE__ */ action(
  'assignSubmission',
  assignSubmissionRoute,
  AssignInputSchema,
);

/** `POST /staff/submissions/{reference}/notes` `{ text }`: an internal note → the updated item. */
export const addSubmissionNote: (
  core: Core,
  reference: string,
  input: InternalNoteInput,
  options?: WriteOptions,
) => Promise<StaffSubmissionDetail> = /* @__PURE__ */ action(
  'addSubmissionNote',
  addSubmissionNoteRoute,
  InternalNoteInputSchema,
);

/** `POST /staff/submissions/{reference}/unpublish` `{ reason }` → the updated item. */
export const unpublishComment: (
  core: Core,
  reference: string,
  input: UnpublishInput,
  options?: WriteOptions,
) => Promise<StaffSubmissionDetail> = /* @__PURE__ */ action(
  'unpublishComment',
  unpublishCommentRoute,
  UnpublishInputSchema,
);

/** `POST /staff/submissions/{reference}/transfer` `{ institutionId, note }` → the updated item. */
export const transferSubmission: (
  core: Core,
  reference: string,
  input: TransferInput,
  options?: WriteOptions,
) => Promise<StaffSubmissionDetail> = /* @__PURE__ */ action(
  'transferSubmission',
  transferSubmissionRoute,
  TransferInputSchema,
);

/** `POST /staff/submissions/{reference}/release` `{ text? }`: out of quarantine → the updated item. */
export const releaseSubmission: (
  core: Core,
  reference: string,
  input?: ReleaseInput,
  options?: WriteOptions,
) => Promise<StaffSubmissionDetail> = (core, reference, input = {}, options) =>
  action('releaseSubmission', releaseSubmissionRoute, ReleaseInputSchema)(core, reference, input, options);
