// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { FeedbackCommonTranslation } from './feedback-common-translation.js';

const srCyrl: FeedbackCommonTranslation = {
  lang: 'sr-Cyrl',
  kindName: { request: 'Захтев', feedback: 'Коментар', proposal: 'Предлог', issue_report: 'Пријава проблема' },
  statusName: {
    received: 'Примљено',
    acknowledged: 'Потврђен пријем',
    in_review: 'У разматрању',
    forwarded: 'Прослеђено надлежној институцији',
    action_scheduled: 'Мера је планирана',
    in_progress: 'У току',
    answered: 'Одговорено',
    accepted: 'Прихваћено',
    partially_accepted: 'Делимично прихваћено',
    rejected: 'Није прихваћено',
    resolved: 'Решено',
    duplicate: 'Дупликат',
    not_competent: 'Није у надлежности ове институције',
    withdrawn: 'Повучено',
    closed: 'Затворено',
  },
  respondedOn: (date) => `Одговорено ${date}`,
  previousPage: 'Претходна страница',
  nextPage: 'Следећа страница',
  pageLabel: (page, pages) => `Страница ${page} од ${pages}`,
};

export default srCyrl;
