import { listOf } from '../schemas/envelopes.js';
import {
  ServiceChangeSchema,
  ServiceInputSchema,
  ServiceRevisionSchema,
  ServiceWithdrawInputSchema,
  type ServiceChange,
  type ServiceInput,
  type ServiceRevision,
  type ServiceWithdrawInput,
} from '../schemas/service-upkeep.js';
import {
  getServiceRevisionRoute,
  listServiceChangesRoute,
  putServiceRoute,
  reviewServiceRoute,
  routeUrl,
  withdrawServiceRoute,
} from '../routes/paths.js';
import type { Core } from './core.js';
import type { CallOptions } from './options.js';

export type { ServiceChange, ServiceRevision };

/**
 * Which version a change is based on: the `etag` of the revision read (`getServiceRevision`, or the ETag
 * of `GET /services/{serviceId}`), or `'new'` to create a service that must not exist yet. Someone else's
 * change in between answers an `HttpError` with status `412` (code `precondition_failed`): read again, redo.
 */
export type ServiceBase = { etag: string } | 'new';

/** `GET /services/{serviceId}/revision` (staff): the service and its ETag, withdrawn ones included. */
export async function getServiceRevision(
  core: Core,
  serviceId: string,
  options?: CallOptions,
): Promise<ServiceRevision> {
  const route = { path: routeUrl(getServiceRevisionRoute, { serviceId }), staticPath: undefined, staff: true };
  return core.read('getServiceRevision', route, ServiceRevisionSchema, options);
}

/** `PUT /services/{serviceId}` (staff): create (`base` = `'new'`) or replace (`base` = `{ etag }`) → the stored revision. */
export async function putService(
  core: Core,
  serviceId: string,
  service: ServiceInput,
  base: ServiceBase,
  options?: CallOptions,
): Promise<ServiceRevision> {
  return core.write(
    'putService',
    {
      path: routeUrl(putServiceRoute, { serviceId }),
      method: putServiceRoute.method,
      staff: putServiceRoute.staff,
      conditions: base === 'new' ? { 'if-none-match': '*' } : { 'if-match': base.etag },
      input: { schema: ServiceInputSchema, value: service },
    },
    ServiceRevisionSchema,
    options,
  );
}

/** `POST /services/{serviceId}/withdraw` (staff): status `withdrawn`, kept and still readable → the stored revision. */
export async function withdrawService(
  core: Core,
  serviceId: string,
  input: ServiceWithdrawInput,
  base: { etag: string },
  options?: CallOptions,
): Promise<ServiceRevision> {
  return core.write(
    'withdrawService',
    {
      path: routeUrl(withdrawServiceRoute, { serviceId }),
      staff: withdrawServiceRoute.staff,
      conditions: { 'if-match': base.etag },
      input: { schema: ServiceWithdrawInputSchema, value: input },
    },
    ServiceRevisionSchema,
    options,
  );
}

/**
 * `POST /services/{serviceId}/review` (staff): the card was checked and is still correct; nothing in it changes but
 * `lastReviewedAt` (the day), and the history records `reviewed` → the stored revision. `base`: the version checked.
 */
export async function reviewService(
  core: Core,
  serviceId: string,
  base: { etag: string },
  options?: CallOptions,
): Promise<ServiceRevision> {
  return core.write(
    'reviewService',
    {
      path: routeUrl(reviewServiceRoute, { serviceId }),
      staff: reviewServiceRoute.staff,
      conditions: { 'if-match': base.etag },
    },
    ServiceRevisionSchema,
    options,
  );
}

const ChangeList = /* @__PURE__ */ listOf(ServiceChangeSchema);

/** `GET /services/{serviceId}/history` (staff): every change, oldest first. */
export async function listServiceChanges(
  core: Core,
  serviceId: string,
  options?: CallOptions,
): Promise<ServiceChange[]> {
  const route = { path: routeUrl(listServiceChangesRoute, { serviceId }), staticPath: undefined, staff: true };
  return (await core.read('listServiceChanges', route, ChangeList, options)).items;
}
