// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { FeedbackTranslation } from './feedback-translation.js';
import { sentence } from '../sentence.js';

const plural = new Intl.PluralRules('sr-Latn');
/** Serbian has three forms: one (1, 21), few (2–4, 22–24) and other. */
const forms = (n: number, one: string, few: string, other: string) => {
  const rule = plural.select(n);
  return `${n} ${rule === 'one' ? one : rule === 'few' ? few : other}`;
};

const srCyrl: FeedbackTranslation = {
  lang: 'sr-Cyrl',
  kindName: { request: 'Захтев', feedback: 'Коментар', proposal: 'Предлог', issue_report: 'Пријава проблема' },
  kindHint: {
    request: 'Затражите од институције да нешто уради или да вам пружи информацију.',
    feedback: 'Реците институцији шта функционише, а шта не.',
    proposal: 'Предложите идеју или побољшање.',
    issue_report: 'Пријавите проблем, на пример покварену уличну расвету или рупу на путу.',
  },
  statusName: {
    received: 'Примљено',
    acknowledged: 'Потврђен пријем',
    in_review: 'У разматрању',
    forwarded: 'Прослеђено надлежној институцији',
    action_scheduled: 'Мера је планирана',
    in_progress: 'У току',
    answered: 'Одговорено',
    accepted: 'Прихваћено',
    partially_accepted: 'Делимично прихваћено',
    rejected: 'Није прихваћено',
    resolved: 'Решено',
    duplicate: 'Дупликат',
    not_competent: 'Није у надлежности ове институције',
    withdrawn: 'Повучено',
    closed: 'Затворено',
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

  formTitle: 'Обратите се институцији',
  formIntro: 'Не морате навести своје име. Порука се шаље анонимно, осим ако изаберете да вас контактирају.',
  kindLegend: 'Шта желите да пошаљете?',
  subjectLabel: 'На шта се односи?',
  subjectHint: 'На пример назив услуге, улице или теме.',
  subjectChoose: 'Изаберите тему',
  subjectAbout: 'Односи се на',
  subjectService: (id) => `Услуга: ${id}`,
  subjectCommitment: (number) => `Обавеза ${number}`,
  guidingTitle: 'Питања која вам могу помоћи',
  guidingIntro: 'Институција тражи коментаре на овај нацрт обавезе. Можете одговорити на било које од ових питања:',
  messageLabel: 'Ваша порука',
  messageHint: (max) => `Најмање 10 знакова, највише ${max}. Не наводите личне податке других особа.`,
  locationLabel: 'Локација',
  locationHint: 'Адреса или опис места, ако је важно.',
  contactChoice: 'Желим да ме институција контактира у вези с овим',
  contactChoiceHint:
    'Оставите неозначено да бисте остали анонимни. Поруку и даље можете пратити помоћу кода за праћење.',
  contactLegend: 'Како да вас контактирамо?',
  nameLabel: 'Име',
  emailLabel: 'Имејл адреса',
  phoneLabel: 'Број телефона',
  contactNeeded: 'Унесите имејл адресу или број телефона, или поништите избор контакта',
  consentLabel:
    'Сагласан/сагласна сам да институција користи ове податке за контакт како би ми одговорила на ову поруку.',
  privacyNotice: 'Ваше податке за контакт виде само запослени који обрађују поруку и никада се не објављују.',
  privacyLink: 'Прочитајте целу политику приватности',
  honeypotLabel: 'Оставите ово поље празно',
  submit: 'Пошаљи',
  submitting: 'Слање…',
  errorSummaryTitle: 'Постоји проблем',
  queuedTitle: 'Ваша порука је сачувана и биће послата',
  queuedText:
    'Сервер није доступан. Порука је сачувана на овом уређају и биће аутоматски послата када се веза врати. Оставите ову страницу отвореном или се вратите на њу касније.',
  queuedAnother: 'Испод можете написати нову поруку.',
  queuedDelivered: 'Ваша сачувана порука је сада послата.',
  successTitle: 'Ваша порука је послата',
  successText: 'Сачувајте код за праћење: то је једини начин да пратите поруку, јер вас не питамо ко сте.',
  referenceLabel: 'Број предмета',
  tokenLabel: 'Код за праћење',
  tokenHint: 'Чувајте овај код: свако ко га има може да види статус ваше поруке.',
  copy: (what) => `Копирај: ${what}`,
  copied: 'Копирано',
  copyFailed: 'Копирање није успело. Означите код и копирајте га сами.',
  statusLink: 'Пратите статус своје поруке',
  respondBy: (date) => sentence(`Институција мора да одговори до ${date}`),
  sendAnother: 'Пошаљите још једну поруку',
  rateLimited: (seconds) =>
    seconds === undefined
      ? 'Са ове везе је послато превише порука. Сачекајте неколико минута и пошаљите поново; ваш текст је сачуван.'
      : `Са ове везе је послато превише порука. Сачекајте ${forms(seconds, 'секунду', 'секунде', 'секунди')} и пошаљите поново; ваш текст је сачуван.`,
  serverError: 'Дошло је до проблема на серверу. Ваша порука је сачувана и биће аутоматски поново послата.',
  submitError: 'Порука није могла бити послата. Проверите образац и покушајте поново.',
  draftRestored: 'Вратили смо текст који сте раније унели.',

  statusTitle: 'Статус ваше поруке',
  tokenInputLabel: 'Код за праћење',
  tokenInputHint: 'Код који сте добили након слања поруке.',
  check: 'Прикажи статус',
  statusNotFound:
    'Није пронађена порука са овим кодом за праћење. Проверите да ли сте га унели тачно онако како сте га добили.',
  tokenFormat: 'Унесите код за праћење тачно онако како сте га добили (16 или више слова и цифара)',
  currentStatus: 'Тренутни статус',
  submittedOn: 'Послато',
  deadline: 'Рок за одговор',
  deadlineMet: 'Одговорено у року.',
  deadlineMissed: 'Рок је истекао без одговора.',
  deadlineOpen: 'Рок још није истекао.',
  historyTitle: 'Историја',
  responseTitle: 'Званични одговор',
  respondedOn: (date) => `Одговорено ${date}`,
  decision: 'Одлука',
  appealTitle: 'Ако се не слажете',
  noResponseYet: 'Још нема званичног одговора.',

  commentsEmpty: 'Још није објављен ниједан коментар.',
  commentsNotFound: 'Коментари за ову обавезу нису пронађени.',
  commentsCount: (total) => forms(total, 'објављен коментар', 'објављена коментара', 'објављених коментара'),
  pagination: 'Странице коментара',
  previousPage: 'Претходна страница',
  nextPage: 'Следећа страница',
  pageLabel: (page, pages) => `Страница ${page} од ${pages}`,
  institutionResponse: 'Одговор институције',
  publishedOn: (date) => `Објављено ${date}`,

  statsTitle: 'Учешће грађана',
  statsEmpty: 'Још није примљена ниједна порука.',
  total: (count) => forms(count, 'примљена порука', 'примљене поруке', 'примљених порука'),
  byKind: 'По врсти',
  byStatus: 'По статусу',
  answeredShare: 'Одговорено у року',
  answeredShareNone: 'Још ниједна порука није добила одговор.',
  medianResponse: 'Медијана времена до одговора',
  medianResponseNone: 'Још нема довољно одговора.',
  days: (count) => forms(count, 'дан', 'дана', 'дана'),
  chartSummary: (parts) => `Поруке по врсти: ${parts}.`,
  columnCount: 'Број',
  columnKind: 'Врста',
  columnStatus: 'Статус',
};

export default srCyrl;
