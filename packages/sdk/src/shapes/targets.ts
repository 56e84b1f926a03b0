import { isCanonicalLangTag, isNotBareSerbian, noUserinfo } from '../schemas/common.js';
import { listOf, pageOf, ProblemDetailsSchema } from '../schemas/envelopes.js';
import { PublicServiceSchema } from '../schemas/service.js';
import { InstitutionSchema } from '../schemas/institution.js';
import { FeedbackStatusSchema } from '../schemas/submission.js';
import { ParticipationStatsSchema } from '../schemas/participation.js';
import { ActionPlanDetailSchema } from '../schemas/plan.js';
import { PeriodSchema } from '../schemas/period.js';
import { PublicationChecklistSchema, PublicationPeriodListSchema } from '../schemas/publication.js';
import {
  CommentListItemSchema,
  CommentPagingSchema,
  PublishedCommentSchema,
  RemovedCommentSchema,
} from '../schemas/comment.js';
import { CommitmentNumberSchema } from '../client/commitment-ref.js';
import type { KnownRefinements } from './compile.js';
import type { ShapeNode } from './check.js';
import { shapeModules } from './write.js';

/**
 * Refinements with a data form the light checker understands: LangTagSchema's two (`lang` checks both), and
 * UrlSchema's `noUserinfo`, which the checker's url rule always applies (so it adds nothing to the node).
 */
const refinements: KnownRefinements = new Map<unknown, Partial<Extract<ShapeNode, { t: 's' }>>>([
  [isNotBareSerbian, { lang: true }],
  [isCanonicalLangTag, { lang: true }],
  [noUserinfo, {}],
]);

/**
 * The generated shape modules (file name → source), for what display-only blocks read: services
 * (`read.generated.ts`); the problem documents of failed requests (`problem.generated.ts`: every block's error
 * path needs it, so it is in the chunk every page loads, and the service shapes are not); a feedback item's status
 * (`feedback.generated.ts`); a commitment's comments and their paging (`comment.generated.ts`); participation
 * statistics (`stats.generated.ts`); a plan (`plan.generated.ts`); an institution's publication checklist, its
 * quarters and a quarter's name (`publication.generated.ts`); the list of institutions (`institution.generated.ts`:
 * the staff inbox's transfer form).
 * One module per resource family: a bundler puts a module's used exports in one chunk, so one module for all
 * would load the status and statistics shapes on a page with only a service card. What most families share (ids,
 * language tags, localized text, the text patterns) is written once, in `common.generated.ts` (`write.ts`).
 * Build time only: `npm run shapes:build -w @hapur/sdk` writes them; a test fails when they are stale.
 */
export function shapeFiles(): Record<string, string> {
  return shapeModules(
    {
      'read.generated.ts': {
        exports: [
          { name: 'PublicServiceShape', schema: PublicServiceSchema, type: 'PublicService' },
          { name: 'PublicServiceListShape', schema: listOf(PublicServiceSchema), type: '{ items: PublicService[] }' },
        ],
        typeImports: [{ from: '../schemas/service.js', names: ['PublicService'] }],
      },
      'problem.generated.ts': {
        exports: [{ name: 'ProblemDetailsShape', schema: ProblemDetailsSchema, type: 'ProblemDetails' }],
        typeImports: [{ from: '../schemas/envelopes.js', names: ['ProblemDetails'] }],
      },
      'feedback.generated.ts': {
        exports: [{ name: 'FeedbackStatusShape', schema: FeedbackStatusSchema, type: 'FeedbackStatus' }],
        typeImports: [{ from: '../schemas/submission.js', names: ['FeedbackStatus'] }],
      },
      'comment.generated.ts': {
        exports: [
          { name: 'PublishedCommentShape', schema: PublishedCommentSchema, type: 'PublishedComment' },
          { name: 'RemovedCommentShape', schema: RemovedCommentSchema, type: 'RemovedComment' },
          { name: 'CommentListItemShape', schema: CommentListItemSchema, type: 'CommentListItem' },
          { name: 'CommentPageShape', schema: pageOf(CommentListItemSchema), type: 'CommentPage' },
          { name: 'CommentListShape', schema: listOf(CommentListItemSchema), type: '{ items: CommentListItem[] }' },
          { name: 'CommentPagingShape', schema: CommentPagingSchema, type: 'CommentPaging' },
          { name: 'CommitmentNumberShape', schema: CommitmentNumberSchema, type: 'string' },
        ],
        typeImports: [
          {
            from: '../schemas/comment.js',
            names: ['CommentListItem', 'CommentPage', 'CommentPaging', 'PublishedComment', 'RemovedComment'],
          },
        ],
      },
      'stats.generated.ts': {
        exports: [{ name: 'ParticipationStatsShape', schema: ParticipationStatsSchema, type: 'ParticipationStats' }],
        typeImports: [{ from: '../schemas/participation.js', names: ['ParticipationStats'] }],
      },
      'publication.generated.ts': {
        exports: [
          { name: 'PublicationChecklistShape', schema: PublicationChecklistSchema, type: 'PublicationChecklist' },
          {
            name: 'PublicationPeriodListShape',
            schema: PublicationPeriodListSchema,
            type: '{ items: { period: string; summary: ChecklistSummary }[] }',
          },
          { name: 'PeriodShape', schema: PeriodSchema, type: 'string' },
        ],
        typeImports: [{ from: '../schemas/publication.js', names: ['ChecklistSummary', 'PublicationChecklist'] }],
      },
      'institution.generated.ts': {
        exports: [
          { name: 'InstitutionListShape', schema: listOf(InstitutionSchema), type: '{ items: Institution[] }' },
        ],
        typeImports: [{ from: '../schemas/institution.js', names: ['Institution'] }],
        staffOnly: true,
      },
      'plan.generated.ts': {
        exports: [{ name: 'ActionPlanDetailShape', schema: ActionPlanDetailSchema, type: 'ActionPlanDetail' }],
        typeImports: [{ from: '../schemas/plan.js', names: ['ActionPlanDetail'] }],
      },
    },
    refinements,
  );
}
