import { isCanonicalLangTag, isNotBareSerbian } from '../schemas/common.js';
import { listOf, ProblemDetailsSchema } from '../schemas/envelopes.js';
import { PublicServiceSchema } from '../schemas/service.js';
import { FeedbackStatusSchema } from '../schemas/submission.js';
import { ParticipationStatsSchema } from '../schemas/participation.js';
import { ActionPlanDetailSchema } from '../schemas/plan.js';
import { PublishedCommentSchema, RemovedCommentSchema } from '../schemas/comment.js';
import { shapesModule, type KnownRefinements } from './compile.js';

/** Refinements with a data form the light checker understands (both are LangTagSchema's; `lang` checks the two). */
const refinements: KnownRefinements = new Map([
  [isNotBareSerbian, { lang: true }],
  [isCanonicalLangTag, { lang: true }],
]);

/**
 * The generated shape modules (file name → source), for what display-only blocks read: services, a
 * feedback item's status, participation statistics, a plan, comments, and the problem
 * documents of failed requests.
 * Build time only: `npm run shapes:build -w @hapur/sdk` writes them; a test fails when they are stale.
 */
export function shapeFiles(): Record<string, string> {
  return {
    'read.generated.ts': shapesModule(
      [
        { name: 'PublicServiceShape', schema: PublicServiceSchema, type: 'PublicService' },
        { name: 'PublicServiceListShape', schema: listOf(PublicServiceSchema), type: '{ items: PublicService[] }' },
        { name: 'ProblemDetailsShape', schema: ProblemDetailsSchema, type: 'ProblemDetails' },
        { name: 'FeedbackStatusShape', schema: FeedbackStatusSchema, type: 'FeedbackStatus' },
        { name: 'ParticipationStatsShape', schema: ParticipationStatsSchema, type: 'ParticipationStats' },
        { name: 'ActionPlanDetailShape', schema: ActionPlanDetailSchema, type: 'ActionPlanDetail' },
        { name: 'PublishedCommentShape', schema: PublishedCommentSchema, type: 'PublishedComment' },
        { name: 'RemovedCommentShape', schema: RemovedCommentSchema, type: 'RemovedComment' },
      ],
      [
        { from: '../schemas/service.js', names: ['PublicService'] },
        { from: '../schemas/envelopes.js', names: ['ProblemDetails'] },
        { from: '../schemas/submission.js', names: ['FeedbackStatus'] },
        { from: '../schemas/participation.js', names: ['ParticipationStats'] },
        { from: '../schemas/plan.js', names: ['ActionPlanDetail'] },
        { from: '../schemas/comment.js', names: ['PublishedComment', 'RemovedComment'] },
      ],
      refinements,
    ),
  };
}
