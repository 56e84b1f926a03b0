import type { FeedbackCommonTranslation } from './feedback-common-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const srLatn: FeedbackCommonTranslation = {
  ...bosnianSerbian,
  lang: 'sr-Latn',
  kindName: { request: 'Zahtev', feedback: 'Komentar', proposal: 'Predlog', issue_report: 'Prijava problema' },
  statusName: {
    ...bosnianSerbian.statusName,
    forwarded: 'Prosleđeno nadležnoj instituciji',
    action_scheduled: 'Mera je planirana',
    partially_accepted: 'Delimično prihvaćeno',
    resolved: 'Rešeno',
  },
  nextPage: 'Sledeća stranica',
};

export default srLatn;
