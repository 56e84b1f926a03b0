import type { CommentsTranslation } from './comments-translation.js';

const en: CommentsTranslation = {
  demonstrationNote:
    'Demonstration data: comments marked “Demonstration” were written to show how this block works. No one sent them.',
  demonstrationLabel: 'Demonstration',
  removedByModeration: 'Removed by moderation',
};

export default en;
