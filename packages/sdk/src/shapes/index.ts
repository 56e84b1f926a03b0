export { checkShape, type Shape, type ShapeNode } from './check.js';
export { PublicServiceListShape, PublicServiceShape } from './read.generated.js';
export { ProblemDetailsShape } from './problem.generated.js';
export { FeedbackStatusShape } from './feedback.generated.js';
export { CommentListItemShape, PublishedCommentShape, RemovedCommentShape } from './comment.generated.js';
export { ParticipationStatsShape } from './stats.generated.js';
export { ActionPlanDetailShape } from './plan.generated.js';
export { PeriodShape, PublicationChecklistShape, PublicationPeriodListShape } from './publication.generated.js';
