import type { FeedbackCommonTranslation } from './feedback-common-translation.js';

const bs: FeedbackCommonTranslation = {
  lang: 'bs',
  kindName: {
    request: 'Zahtjev',
    feedback: 'Povratna informacija',
    proposal: 'Prijedlog',
    issue_report: 'Prijava problema',
  },
  statusName: {
    received: 'Primljeno',
    acknowledged: 'Potvrđen prijem',
    in_review: 'U razmatranju',
    forwarded: 'Proslijeđeno nadležnoj instituciji',
    action_scheduled: 'Radnja zakazana',
    in_progress: 'U toku',
    answered: 'Odgovoreno',
    accepted: 'Prihvaćeno',
    partially_accepted: 'Djelimično prihvaćeno',
    rejected: 'Nije prihvaćeno',
    resolved: 'Riješeno',
    duplicate: 'Duplikat',
    not_competent: 'Nije u nadležnosti ove institucije',
    withdrawn: 'Povučeno',
    closed: 'Zatvoreno',
  },
  respondedOn: (date) => `Odgovoreno ${date}`,
  previousPage: 'Prethodna stranica',
  nextPage: 'Sljedeća stranica',
  pageLabel: (page, pages) => `Stranica ${page} od ${pages}`,
};

export default bs;
