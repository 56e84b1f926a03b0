import type { FeedbackCommonTranslation } from './feedback-common-translation.js';

const en: FeedbackCommonTranslation = {
  lang: 'en',
  kindName: { request: 'Request', feedback: 'Feedback', proposal: 'Proposal', issue_report: 'Issue report' },
  statusName: {
    received: 'Received',
    acknowledged: 'Acknowledged',
    in_review: 'Under review',
    forwarded: 'Forwarded to the competent institution',
    action_scheduled: 'Action scheduled',
    in_progress: 'In progress',
    answered: 'Answered',
    accepted: 'Accepted',
    partially_accepted: 'Partially accepted',
    rejected: 'Not accepted',
    resolved: 'Resolved',
    duplicate: 'Duplicate',
    not_competent: 'Not the responsibility of this institution',
    withdrawn: 'Withdrawn',
    closed: 'Closed',
  },
  respondedOn: (date) => `Answered on ${date}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageLabel: (page, pages) => `Page ${page} of ${pages}`,
};

export default en;
