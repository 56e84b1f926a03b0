// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { FeedbackFormTranslation } from './form-translation.js';
import { sentence } from '../../../translations/sentence.js';

const srCyrl: FeedbackFormTranslation = {
  formTitle: 'Обратите се институцији',
  formIntro: 'Не морате навести своје име. Порука се шаље анонимно, осим ако изаберете да вас контактирају.',
  kindLegend: 'Шта желите да пошаљете?',
  subjectLabel: 'На шта се односи?',
  subjectHint: 'На пример назив услуге, улице или теме.',
  subjectChoose: 'Изаберите тему',
  subjectAbout: 'Односи се на',
  guidingTitle: 'Питања која вам могу помоћи',
  guidingIntro: 'Институција тражи коментаре на овај нацрт обавезе. Можете одговорити на било које од ових питања:',
  messageLabel: 'Ваша порука',
  messageHint: (max) => `Најмање 10 знакова, највише ${max}. Не наводите личне податке других особа.`,
  locationHint: 'Адреса или опис места, ако је важно.',
  contactChoice: 'Желим да ме институција контактира у вези с овим',
  contactChoiceHint:
    'Оставите неозначено да бисте остали анонимни. Поруку и даље можете пратити помоћу кода за праћење.',
  contactLegend: 'Како да вас контактирамо?',
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
    'Порука тренутно није могла бити послата. Сачувана је на овом уређају и биће аутоматски послата чим буде могуће. Оставите ову страницу отвореном или се вратите на њу касније.',
  queuedAnother: 'Испод можете написати нову поруку.',
  queuedDelivered: 'Ваша сачувана порука је сада послата.',
  successTitle: 'Ваша порука је послата',
  successText: 'Сачувајте код за праћење: то је једини начин да пратите поруку, јер вас не питамо ко сте.',
  tokenLabel: 'Код за праћење',
  tokenHint: 'Чувајте овај код: свако ко га има може да види статус ваше поруке.',
  copy: (what) => `Копирај: ${what}`,
  copied: 'Копирано',
  copyFailed: 'Копирање није успело. Означите код и копирајте га сами.',
  statusLink: 'Пратите статус своје поруке',
  respondBy: (date) => sentence(`Институција мора да одговори до ${date}`),
  sendAnother: 'Пошаљите још једну поруку',
  submitError: 'Порука није могла бити послата. Проверите образац и покушајте поново.',
  draftRestored: 'Вратили смо текст који сте раније унели.',
};

export default srCyrl;
