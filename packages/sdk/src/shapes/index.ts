export { checkShape, type Shape, type ShapeNode } from './check.js';
export { ProblemDetailsShape, PublicServiceListShape, PublicServiceShape } from './read.generated.js';
