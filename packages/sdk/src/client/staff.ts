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
import type { Core } from './core.js';
import type { WriteOptions } from './options.js';

export type { PublishResult, StatusChangeResult };

// Staff writes: sent with the client's token. Retried only when you pass an `idempotencyKey`.
const seg = encodeURIComponent;

/** `POST /plans/{planId}/milestones/{milestoneId}/progress` → the stored update. */
export async function postProgressUpdate(
  core: Core,
  planId: string,
  milestoneId: string,
  input: ProgressUpdateInput,
  options?: WriteOptions,
): Promise<ProgressUpdate> {
  const path = `plans/${seg(planId)}/milestones/${seg(milestoneId)}/progress`;
  return core.write(
    'postProgressUpdate',
    { path, staff: true, input: { schema: ProgressUpdateInputSchema, value: input } },
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
  const path = `feedback/${seg(reference)}/status`;
  return core.write(
    'changeSubmissionStatus',
    { path, staff: true, input: { schema: StatusChangeInputSchema, value: input } },
    StatusChangeResultSchema,
    options,
  );
}

/** `POST /feedback/{reference}/publish`: show the comment next to its commitment → `{ reference, published: true }`. */
export async function publishComment(core: Core, reference: string, options?: WriteOptions): Promise<PublishResult> {
  return core.write(
    'publishComment',
    { path: `feedback/${seg(reference)}/publish`, staff: true },
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
    { path: 'publication-checks', staff: true, input: { schema: PublicationCheckInputSchema, value: input } },
    PublicationCheckSchema,
    options,
  );
}
