import shared from '../translations/bs.js';
import services from '../translations/services/bs.js';
import feedback from '../translations/feedback/bs.js';
import feedbackCommon from '../translations/feedback-common/bs.js';
import form from '../components/feedback-form/translations/bs.js';
import staff from '../translations/staff/bs.js';
import comments from '../components/comments/translations/bs.js';
import tracker from '../components/commitment-tracker/translations/bs.js';
import calendar from '../components/participation-calendar/translations/bs.js';
import stats from '../components/participation-stats/translations/bs.js';
import progress from '../components/progress-report/translations/bs.js';
import checklist from '../components/publication-checklist/translations/bs.js';
import checklistMonitor from '../components/publication-checklist/translations/monitor/bs.js';
import response from '../components/reasoned-response/translations/bs.js';
import editor from '../components/service-editor/translations/bs.js';
import inbox from '../components/staff-inbox/translations/bs.js';
import { languagePack } from './pack.js';

/**
 * Every block's interface strings in Bosnian (Latin script, ijekavian), by catalogue id, for `registerTranslation('bs', bosnian)`
 * (docs/languages.md). Awaiting review by native speakers. Its own entry: pages in other languages never load it.
 */
const bosnian = languagePack(
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

export default bosnian;
