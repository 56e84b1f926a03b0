// @hapur/sdk/rules: every rule the API, the client and the blocks share, once. No zod values and no
// side effects, so a display-only bundle pays only for the rules it calls. See docs/decisions/0007.
export { applyProgress, milestoneTiming, isActiveMilestone, INACTIVE_STATUSES, type MilestoneTiming } from './plans.js';
export { filterServices, serviceFilterFrom, SERVICE_FILTER_KEYS, type ServiceFilter } from './services.js';
export { searchFold } from './search.js';
export { MONTH_NAMES, formatDay, formatDate, formatMonth, findMonthYear, isOverdue, quarterEnd } from './dates.js';
export { formatAlbanianDay } from './albanian-day.js';
export { CLOSE_LANGUAGES, inOwnWords, intlAs } from './close-languages.js';
export { formatFlexibleDate, describeDue, type DueWords, type FormattedDate } from './due-wording.js';
export {
  DUE_WORDS,
  dueWordsBs,
  dueWordsEn,
  dueWordsSq,
  dueWordsSrCyrl,
  dueWordsSrLatn,
  dueWordsTr,
} from './due-words.js';
export {
  CELL_LIMIT,
  CELL_PIECE,
  cellPieces,
  continuedColumn,
  continuedFrom,
  csvCell,
  csvDocument,
  languagesIn,
  spreadLongCells,
  type CsvValue,
  type CsvOptions,
} from './csv.js';
export {
  RESPONSE_DAYS,
  DEADLINE_RULES,
  responseDays,
  respondByFrom,
  transferRespondBy,
  daysLeft,
  isPastDeadline,
  type DeadlineRule,
} from './deadlines.js';
export {
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  RESPONSE_STATUSES,
  OPPORTUNITY_FILTER_KEYS,
  opportunityDays,
  localDay,
  filterOpportunities,
  sortOpportunities,
  countResponses,
  type OpportunityFilter,
} from './cocreation.js';
export { selfAssessment, selfAssessmentCsv, commitmentCompletion, planPeriod, reportDay } from './self-assessment.js';
