export { checkShape, type Shape, type ShapeNode } from './check.js';
export {
  ActionPlanDetailShape,
  FeedbackStatusShape,
  ParticipationStatsShape,
  ProblemDetailsShape,
  PublicServiceListShape,
  PublicServiceShape,
  PublishedCommentShape,
  RemovedCommentShape,
} from './read.generated.js';
