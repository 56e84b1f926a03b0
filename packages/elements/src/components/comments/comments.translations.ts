import { feedbackCommonStrings } from '../../translations/feedback-common/index.js';
import { commentsStrings } from './translations/index.js';

export type { CommentsTranslation } from './translations/comments-translation.js';
export { commentsStrings } from './translations/index.js';

/** The catalogues `<hapur-comments>` renders with besides the shared strings. @internal */
export const catalogues = [feedbackCommonStrings, commentsStrings];
