import type { TranslationOverrides } from '../internal/catalogue.js';
import type { Translation } from '../translations/translation.js';
import type { ServicesTranslation } from '../translations/services/services-translation.js';
import type { FeedbackTranslation } from '../translations/feedback/feedback-translation.js';
import type { FeedbackCommonTranslation } from '../translations/feedback-common/feedback-common-translation.js';
import type { FeedbackFormTranslation } from '../components/feedback-form/translations/form-translation.js';
import type { StaffTranslation } from '../translations/staff/staff-translation.js';
import type { CommentsTranslation } from '../components/comments/translations/comments-translation.js';
import type { CommitmentTrackerTranslation } from '../components/commitment-tracker/translations/tracker-translation.js';
import type { ParticipationCalendarTranslation } from '../components/participation-calendar/translations/calendar-translation.js';
import type { ParticipationStatsTranslation } from '../components/participation-stats/translations/stats-translation.js';
import type { ProgressTranslation } from '../components/progress-report/translations/progress-translation.js';
import type { ChecklistTranslation } from '../components/publication-checklist/translations/checklist-translation.js';
import type { ChecklistMonitorTranslation } from '../components/publication-checklist/translations/monitor/monitor-translation.js';
import type { ReasonedResponseTranslation } from '../components/reasoned-response/translations/response-translation.js';
import type { EditorTranslation } from '../components/service-editor/translations/editor-translation.js';
import type { InboxTranslation } from '../components/staff-inbox/translations/inbox-translation.js';

/** One language's catalogue files, named as a language file imports them. */
export interface LanguageFiles {
  shared: Translation;
  services: ServicesTranslation;
  feedback: FeedbackTranslation;
  feedbackCommon: FeedbackCommonTranslation;
  form: FeedbackFormTranslation;
  comments: CommentsTranslation;
  tracker: CommitmentTrackerTranslation;
  calendar: ParticipationCalendarTranslation;
  stats: ParticipationStatsTranslation;
  checklist: ChecklistTranslation;
  checklistMonitor: ChecklistMonitorTranslation;
  response: ReasonedResponseTranslation;
}
/** The staff blocks' catalogue files of the language. */
export interface StaffLanguageFiles {
  staff: StaffTranslation;
  progress: ProgressTranslation;
  editor: EditorTranslation;
  inbox: InboxTranslation;
}

/**
 * Every block's strings in one language, by catalogue id, as `registerTranslation(tag, …)` takes them: the one
 * place a language file's catalogues are named by id (languages/<tag>.ts and the tests' Serbian Cyrillic).
 */
export const languagePack = (b: LanguageFiles, s: StaffLanguageFiles): TranslationOverrides => ({
  shared: { ...b.shared },
  services: { ...b.services },
  feedback: { ...b.feedback },
  'feedback-common': { ...b.feedbackCommon },
  'feedback-form': { ...b.form },
  staff: { ...s.staff },
  comments: { ...b.comments },
  'commitment-tracker': { ...b.tracker },
  'participation-calendar': { ...b.calendar },
  'participation-stats': { ...b.stats },
  'progress-report': { ...s.progress },
  'publication-checklist': { ...b.checklist },
  'publication-checklist-monitor': { ...b.checklistMonitor },
  'reasoned-response': { ...b.response },
  'service-editor': { ...s.editor },
  'staff-inbox': { ...s.inbox },
});
