// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import { dueWordsSrCyrl } from '@hapur/sdk/rules';
import type { CommitmentTrackerTranslation } from './tracker-translation.js';
import milestoneStatusNames from '../../../translations/milestones/sr-cyrl.js';
import { sentence } from '../../../translations/sentence.js';

const plural = new Intl.PluralRules('sr-Latn');
const count = (n: number, one: string, few: string, other: string) => {
  const form = plural.select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : other}`;
};
const milestones = (n: number) => count(n, 'кључног корака', 'кључна корака', 'кључних корака');

const srCyrl: CommitmentTrackerTranslation = {
  due: dueWordsSrCyrl,
  trackerEmpty: 'Овај акциони план још нема обавеза.',
  commitmentNotFound: (n) => `Овај план нема обавезу број ${n}.`,
  planStatus: (s) =>
    ({ draft: 'Нацрт', adopted: 'Усвојен', in_implementation: 'У спровођењу', completed: 'Завршен' })[s],
  period: 'Период',
  coordinatingInstitution: 'Институција координатор',
  overallProgress: 'Укупан напредак',
  milestonesComplete: (c, t) => `Завршено ${c} од ${milestones(t)}`,
  dueThisQuarter: (n) => `${n} са роком у овом тромесечју`,
  overdue: (n) => `${n} са истеклим роком`,
  undated: (n) => `${n} без датума`,
  lastUpdated: (date) => sentence(`Подаци су последњи пут ажурирани ${date}`),
  demonstrationNote:
    'Демонстрациони подаци: овде приказан напредак је измишљен да покаже како праћење функционише. Институције га нису пријавиле.',
  demonstrationPlanNote:
    'Демонстрациони подаци: овај план је измишљен да покаже како праћење функционише. То није акциони план ниједне владе.',
  csvDemonstration: 'Демонстрациони подаци',
  consultationOpen: 'Овај план је нацрт отворен за јавне коментаре.',
  commitmentsHeading: 'Обавезе',
  componentOther: 'Остале обавезе',
  commitmentLabel: (n) => `Обавеза ${n}`,
  lead: 'Водећа институција',
  ogpValues: 'Вредности ОГП-а',
  ogpValue: (v) =>
    ({
      access_to_information: 'Приступ информацијама',
      transparency: 'Транспарентност',
      civic_participation: 'Грађанско учешће',
      public_accountability: 'Јавна одговорност',
      technology_innovation: 'Технологија и иновације',
    })[v],
  status: 'Статус',
  commitmentStatus: (s) =>
    ({
      not_started: 'Није започета',
      in_progress: 'У току',
      delayed: 'Касни',
      complete: 'Завршена',
      withdrawn: 'Повучена',
    })[s],
  milestoneStatus: (s) => milestoneStatusNames[s],
  progressOf: (n) => `Напредак обавезе ${n}`,
  progressText: (p, c, t) => `${p}% (завршено ${c} од ${milestones(t)})`,
  noMilestones: 'Кључни кораци још нису објављени',
  shortDescription: 'Кратак опис',
  problem: 'Проблем',
  expectedResults: 'Очекивани резултати',
  supportingActors: 'Актери подршке',
  sector: (s) => ({ government: 'Влада', civil_society: 'Цивилно друштво', other: 'Остали актери' })[s],
  budget: 'Буџет',
  milestones: 'Кључни кораци',
  milestoneLabel: (n) => `Кључни корак ${n}`,
  dueAsWritten: 'Рок (како је написан у плану)',
  dueReading: 'Тумачи се као',
  overdueBadge: 'Рок је истекао',
  dueBadge: 'Рок у овом тромесечју',
  latestUpdate: (date) => `Последње ажурирање напретка (${date})`,
  evidence: 'Докази',
  giveFeedback: 'Дајте мишљење о овој обавези',
  comments: 'Објављени коментари',
  filters: 'Филтрирање и редослед',
  filterStatus: 'Статус',
  allStatuses: 'Сви статуси',
  filterInstitution: 'Водећа институција',
  allInstitutions: 'Све институције',
  filterValue: 'Вредност ОГП-а',
  allValues: 'Све вредности',
  search: 'Претрага обавеза',
  searchHint: 'Речи из наслова, кључног корака или назива институције.',
  sort: 'Поређај по',
  sortKey: (k) =>
    ({
      number: 'Броју',
      title: 'Наслову',
      status: 'Статусу',
      'progress-asc': 'Напретку (најмањи прво)',
      'progress-desc': 'Напретку (највећи прво)',
    })[k],
  clearFilters: 'Поништи филтере',
  resultCount: (shown, total) => `Приказано ${shown} од ${count(total, 'обавезе', 'обавезе', 'обавеза')}`,
  noMatches: 'Ниједна обавеза не одговара овим филтерима.',
  view: 'Приказ',
  viewList: 'Листа',
  viewTimeline: 'Временска линија',
  download: 'Преузми овај приказ',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  downloadFailed: 'Преузимање није могло да почне.',
  timeline: 'Временска линија по тромесечјима',
  timelineTable: 'Временска линија као табела',
  quarter: (q, y) => `К${q} ${y}`,
  quarterShort: (q) => `К${q}`,
  timelineSpan: 'траје током овог периода',
  unplaced: 'Кључни кораци без датума који се може сместити',
  unplacedNote:
    'План не даје ове датуме у облику који се може сместити у календар, па су овде наведени како су написани.',
  timelineEmpty: 'Нема кључних корака за временску линију.',
  milestone: 'Кључни корак',
  commitment: 'Обавеза',
  when: 'Када',
  csvColumns: {
    commitment: 'Обавеза',
    commitmentTitle: 'Назив обавезе',
    lead: 'Водећа институција',
    status: 'Статус',
    progress: 'Напредак %',
    milestone: 'Кључни корак',
    milestoneTitle: 'Назив кључног корака',
    dueAsWritten: 'Рок како је написан',
    dueFrom: 'Рок од',
    dueBy: 'Рок до',
    milestoneStatus: 'Статус кључног корака',
    milestoneProgress: 'Напредак кључног корака %',
    milestoneLead: 'Носилац кључног корака',
  },
};

export default srCyrl;
