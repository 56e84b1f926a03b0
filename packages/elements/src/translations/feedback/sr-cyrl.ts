// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { FeedbackTranslation } from './feedback-translation.js';

const plural = new Intl.PluralRules('sr-Latn');
/** Serbian has three forms: one (1, 21), few (2–4, 22–24) and other. */
const forms = (n: number, one: string, few: string, other: string, written: unknown = n) => {
  const rule = plural.select(n);
  return `${written} ${rule === 'one' ? one : rule === 'few' ? few : other}`;
};

const srCyrl: FeedbackTranslation = {
  lang: 'sr-Cyrl',
  kindHint: {
    request: 'Затражите од институције да нешто уради или да вам пружи информацију.',
    feedback: 'Реците институцији шта функционише, а шта не.',
    proposal: 'Предложите идеју или побољшање.',
    issue_report: 'Пријавите проблем, на пример покварену уличну расвету или рупу на путу.',
  },
  decisionName: {
    accepted: 'Прихваћено',
    partially_accepted: 'Делимично прихваћено',
    rejected: 'Није прихваћено',
    information_provided: 'Пружена је информација',
    referred: 'Прослеђено другој институцији',
    not_competent: 'Није у надлежности ове институције',
  },
  optional: '(необавезно)',
  errorPrefix: 'Грешка',
  statusTitle: 'Статус ваше поруке',
  tokenInputLabel: 'Код за праћење',
  tokenInputHint: 'Код који сте добили након слања поруке.',
  check: 'Прикажи статус',
  statusNotFound:
    'Није пронађена порука са овим кодом за праћење. Проверите да ли сте га унели тачно онако како сте га добили.',
  tokenFormat: 'Унесите код за праћење тачно онако како сте га добили (16 или више слова, цифара, - или _)',
  currentStatus: 'Тренутни статус',
  submittedOn: 'Послато',
  deadline: 'Рок за одговор',
  deadlineMet: 'Одговорено у року.',
  deadlineMissed: 'Рок је истекао без одговора.',
  deadlineOpen: 'Рок још није истекао.',
  historyTitle: 'Историја',
  responseTitle: 'Званични одговор',
  decision: 'Одлука',
  appealTitle: 'Ако се не слажете',
  noResponseYet: 'Још нема званичног одговора.',
  statsTitle: 'Учешће грађана',
  statsEmpty: 'Још није примљена ниједна порука.',
  total: (count, written) => forms(count, 'примљена порука', 'примљене поруке', 'примљених порука', written),
  byKind: 'По врсти',
  byStatus: 'По статусу',
  answeredShare: 'Одговорено у року',
  answeredShareNone: 'Још ниједна порука није добила одговор.',
  medianResponse: 'Медијана времена до одговора',
  medianResponseNone: 'Још нема довољно одговора.',
  days: (count, written) => `${written} ${plural.select(count) === 'one' ? 'дан' : 'дана'}`,
  chartSummary: (parts) => `Поруке по врсти: ${parts}.`,
  columnCount: 'Број',
  columnKind: 'Врста',
  columnStatus: 'Статус',
  subjectService: (id) => `Услуга: ${id}`,
  subjectCommitment: (number) => `Обавеза ${number}`,
  locationLabel: 'Локација',
  nameLabel: 'Име',
  emailLabel: 'Имејл адреса',
  phoneLabel: 'Број телефона',
  referenceLabel: 'Број предмета',
  rateLimited: (seconds) =>
    seconds === undefined
      ? 'Са ове везе је послато превише порука. Сачекајте неколико минута и пошаљите поново; ваш текст је сачуван.'
      : `Са ове везе је послато превише порука. Сачекајте ${forms(seconds, 'секунду', 'секунде', 'секунди')} и пошаљите поново; ваш текст је сачуван.`,
};

export default srCyrl;
