import {
  ProgressUpdateInputSchema,
  ProgressUpdateSchema,
  type ProgressUpdate,
  type ProgressUpdateInput,
} from '../schemas/progress-update.js';
import {
  PublicationCheckInputSchema,
  PublicationCheckSchema,
  type PublicationCheck,
  type PublicationCheckInput,
} from '../schemas/publication.js';
import {
  PublishResultSchema,
  StatusChangeResultSchema,
  type PublishResult,
  type StatusChangeResult,
} from '../schemas/submission.js';
import { StatusChangeInputSchema, type StatusChangeInput } from '../schemas/submission-staff.js';
import {
  changeSubmissionStatusRoute,
  postProgressUpdateRoute,
  publishCommentRoute,
  recordPublicationCheckRoute,
  routeUrl,
} from '../routes/paths.js';
import type { Core } from './core.js';
import type { WriteOptions } from './options.js';

export type { PublishResult, StatusChangeResult };

// Staff writes: sent with the client's token (the route table marks them `staff`). Retried only when you
// pass an `idempotencyKey`.

/** `POST /plans/{planId}/milestones/{milestoneId}/progress` → the stored update. */
export async function postProgressUpdate(
  core: Core,
  planId: string,
  milestoneId: string,
  input: ProgressUpdateInput,
  options?: WriteOptions,
): Promise<ProgressUpdate> {
  const path = routeUrl(postProgressUpdateRoute, { planId, milestoneId });
  return core.write(
    'postProgressUpdate',
    { path, staff: postProgressUpdateRoute.staff, input: { schema: ProgressUpdateInputSchema, value: input } },
    ProgressUpdateSchema,
    options,
  );
}

/** `POST /feedback/{reference}/status` (new status, public note, official response) → `{ reference, status, at }`. */
export async function changeSubmissionStatus(
  core: Core,
  reference: string,
  input: StatusChangeInput,
  options?: WriteOptions,
): Promise<StatusChangeResult> {
  const path = routeUrl(changeSubmissionStatusRoute, { reference });
  return core.write(
    'changeSubmissionStatus',
    { path, staff: changeSubmissionStatusRoute.staff, input: { schema: StatusChangeInputSchema, value: input } },
    StatusChangeResultSchema,
    options,
  );
}

/** `POST /feedback/{reference}/publish`: show the comment next to its commitment → `{ reference, published: true }`. */
export async function publishComment(core: Core, reference: string, options?: WriteOptions): Promise<PublishResult> {
  return core.write(
    'publishComment',
    { path: routeUrl(publishCommentRoute, { reference }), staff: publishCommentRoute.staff },
    PublishResultSchema,
    options,
  );
}

/** `POST /publication-checks` → the stored check with its derived `overall` verdict. */
export async function recordPublicationCheck(
  core: Core,
  input: PublicationCheckInput,
  options?: WriteOptions,
): Promise<PublicationCheck> {
  return core.write(
    'recordPublicationCheck',
    {
      path: routeUrl(recordPublicationCheckRoute, {}),
      staff: recordPublicationCheckRoute.staff,
      input: { schema: PublicationCheckInputSchema, value: input },
    },
    PublicationCheckSchema,
    options,
  );
}
