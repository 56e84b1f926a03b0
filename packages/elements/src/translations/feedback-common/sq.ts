import type { FeedbackCommonTranslation } from './feedback-common-translation.js';

const sq: FeedbackCommonTranslation = {
  lang: 'sq',
  kindName: { request: 'Kërkesë', feedback: 'Koment', proposal: 'Propozim', issue_report: 'Raportim problemi' },
  statusName: {
    received: 'Regjistruar',
    acknowledged: 'Konfirmuar',
    in_review: 'Në shqyrtim',
    forwarded: 'Përcjellë te institucioni kompetent',
    action_scheduled: 'Veprimi i planifikuar',
    in_progress: 'Në proces',
    answered: 'Përgjigjur',
    accepted: 'Pranuar',
    partially_accepted: 'Pranuar pjesërisht',
    rejected: 'Nuk është pranuar',
    resolved: 'Zgjidhur',
    duplicate: 'Dublikatë',
    not_competent: 'Nuk është në kompetencë të këtij institucioni',
    withdrawn: 'Tërhequr',
    closed: 'Mbyllur',
  },
  respondedOn: (date) => `Përgjigjur më ${date}`,
  previousPage: 'Faqja e mëparshme',
  nextPage: 'Faqja tjetër',
  pageLabel: (page, pages) => `Faqja ${page} nga ${pages}`,
};

export default sq;
