import shared from '../translations/tr.js';
import services from '../translations/services/tr.js';
import feedback from '../translations/feedback/tr.js';
import feedbackCommon from '../translations/feedback-common/tr.js';
import form from '../components/feedback-form/translations/tr.js';
import staff from '../translations/staff/tr.js';
import comments from '../components/comments/translations/tr.js';
import tracker from '../components/commitment-tracker/translations/tr.js';
import calendar from '../components/participation-calendar/translations/tr.js';
import stats from '../components/participation-stats/translations/tr.js';
import progress from '../components/progress-report/translations/tr.js';
import checklist from '../components/publication-checklist/translations/tr.js';
import checklistMonitor from '../components/publication-checklist/translations/monitor/tr.js';
import response from '../components/reasoned-response/translations/tr.js';
import editor from '../components/service-editor/translations/tr.js';
import inbox from '../components/staff-inbox/translations/tr.js';
import { languagePack } from './pack.js';

/**
 * Every block's interface strings in Turkish, by catalogue id, for `registerTranslation('tr', turkish)`
 * (docs/languages.md). Awaiting review by native speakers. Its own entry: pages in other languages never load it.
 */
const turkish = languagePack(
  {
    shared,
    services,
    feedback,
    feedbackCommon,
    form,
    comments,
    tracker,
    calendar,
    stats,
    checklist,
    checklistMonitor,
    response,
  },
  { staff, progress, editor, inbox },
);

export default turkish;
