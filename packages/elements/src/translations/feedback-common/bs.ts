import type { FeedbackCommonTranslation } from './feedback-common-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const bs: FeedbackCommonTranslation = {
  ...bosnianSerbian,
  lang: 'bs',
  kindName: {
    request: 'Zahtjev',
    feedback: 'Povratna informacija',
    proposal: 'Prijedlog',
    issue_report: 'Prijava problema',
  },
  statusName: {
    ...bosnianSerbian.statusName,
    forwarded: 'Proslijeđeno nadležnoj instituciji',
    action_scheduled: 'Radnja zakazana',
    partially_accepted: 'Djelimično prihvaćeno',
    resolved: 'Riješeno',
  },
  nextPage: 'Sljedeća stranica',
};

export default bs;
