import type { FeedbackCommonTranslation } from './feedback-common-translation.js';

const srLatn: FeedbackCommonTranslation = {
  lang: 'sr-Latn',
  kindName: { request: 'Zahtev', feedback: 'Komentar', proposal: 'Predlog', issue_report: 'Prijava problema' },
  statusName: {
    received: 'Primljeno',
    acknowledged: 'Potvrđen prijem',
    in_review: 'U razmatranju',
    forwarded: 'Prosleđeno nadležnoj instituciji',
    action_scheduled: 'Mera je planirana',
    in_progress: 'U toku',
    answered: 'Odgovoreno',
    accepted: 'Prihvaćeno',
    partially_accepted: 'Delimično prihvaćeno',
    rejected: 'Nije prihvaćeno',
    resolved: 'Rešeno',
    duplicate: 'Duplikat',
    not_competent: 'Nije u nadležnosti ove institucije',
    withdrawn: 'Povučeno',
    closed: 'Zatvoreno',
  },
  respondedOn: (date) => `Odgovoreno ${date}`,
  previousPage: 'Prethodna stranica',
  nextPage: 'Sledeća stranica',
  pageLabel: (page, pages) => `Stranica ${page} od ${pages}`,
};

export default srLatn;
