import type { CommentsTranslation } from './comments-translation.js';

const plural = new Intl.PluralRules('en');

const en: CommentsTranslation = {
  demonstrationNote:
    'Demonstration data: comments marked “Demonstration” were written to show how this block works. No one sent them.',
  demonstrationLabel: 'Demonstration',
  removedByModeration: 'Removed by moderation',
  commentsEmpty: 'No comments have been published yet.',
  commentsNotFound: 'Comments for this commitment could not be found.',
  commentsCount: (total, written) =>
    `${written ?? total} published ${plural.select(total) === 'one' ? 'comment' : 'comments'}`,
  pagination: 'Pages of comments',
  institutionResponse: 'Response from the institution',
  publishedOn: (date) => `Published on ${date}`,
};

export default en;
