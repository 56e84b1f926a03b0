import type { FeedbackTranslation } from './feedback-translation.js';

const plural = new Intl.PluralRules('en');

const en: FeedbackTranslation = {
  lang: 'en',
  kindHint: {
    request: 'Ask the institution to do something or to give you information.',
    feedback: 'Tell the institution what works or what does not.',
    proposal: 'Suggest an idea or an improvement.',
    issue_report: 'Report a problem, for example a broken street light or a pothole.',
  },
  decisionName: {
    accepted: 'Accepted',
    partially_accepted: 'Partially accepted',
    rejected: 'Not accepted',
    information_provided: 'Information provided',
    referred: 'Referred to another institution',
    not_competent: 'Not the responsibility of this institution',
  },
  optional: '(optional)',
  errorPrefix: 'Error',

  statusTitle: 'Status of your message',
  tokenInputLabel: 'Tracking code',
  tokenInputHint: 'The code you received after sending your message.',
  check: 'Show status',
  statusNotFound: 'No message was found for this tracking code. Check that you typed it exactly as you received it.',
  tokenFormat: 'Enter the tracking code exactly as you received it (16 or more letters, digits, - or _)',
  currentStatus: 'Current status',
  submittedOn: 'Sent on',
  deadline: 'Answer due by',
  deadlineMet: 'Answered within the deadline.',
  deadlineMissed: 'The deadline has passed without an answer.',
  deadlineOpen: 'The deadline has not passed yet.',
  historyTitle: 'History',
  responseTitle: 'Official response',
  decision: 'Decision',
  appealTitle: 'If you disagree',
  noResponseYet: 'There is no official response yet.',

  statsTitle: 'Citizen participation',
  statsEmpty: 'No messages have been received yet.',
  total: (count, written) => `${written} ${plural.select(count) === 'one' ? 'message' : 'messages'} received`,
  byKind: 'By kind',
  byStatus: 'By status',
  answeredShare: 'Answered within the deadline',
  answeredShareNone: 'No message has been answered yet.',
  medianResponse: 'Median time to answer',
  medianResponseNone: 'Not enough answers yet.',
  days: (count, written) => `${written} ${plural.select(count) === 'one' ? 'day' : 'days'}`,
  chartSummary: (parts) => `Messages by kind: ${parts}.`,
  columnCount: 'Number',
  columnKind: 'Kind',
  columnStatus: 'Status',

  subjectService: (id) => `Service: ${id}`,
  subjectCommitment: (number) => `Commitment ${number}`,
  locationLabel: 'Location',
  nameLabel: 'Name',
  emailLabel: 'Email address',
  phoneLabel: 'Phone number',
  referenceLabel: 'Reference',

  rateLimited: (seconds) =>
    seconds === undefined
      ? 'Too many messages have been sent from this connection. Please wait a few minutes and send again; your text is kept.'
      : `Too many messages have been sent from this connection. Please wait ${seconds} ${plural.select(seconds) === 'one' ? 'second' : 'seconds'} and send again; your text is kept.`,
};

export default en;
