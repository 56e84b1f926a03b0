// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { StaffTranslation } from './staff-translation.js';
import { sentence } from '../sentence.js';

const srCyrl: StaffTranslation = {
  lang: 'sr-Cyrl',
  signInTitle: 'Пријава особља',
  signInIntro: 'Налепите токен особља који вам је дао администратор.',
  tokenLabel: 'Токен особља',
  tokenHint:
    'Чува се у меморији ове странице и шаље само АПИ-ју овог сајта. Поновним учитавањем странице одјављујете се.',
  rememberLabel: 'Запамти у овој картици',
  rememberHint:
    'Остајете пријављени кад поново учитате страницу, док не затворите ову картицу. Не означавајте на заједничком рачунару.',
  signIn: 'Пријави се',
  signOut: 'Одјави се',
  errorSummaryTitle: 'Постоји проблем',
  errorPrefix: 'Грешка',
  tokenMissing: 'Унесите свој токен особља',
  noticeExpired: 'Ваш токен особља је истекао. Затражите нови од администратора и поново се пријавите.',
  noticeRevoked: 'Ваш токен особља је опозван. Затражите нови од администратора и поново се пријавите.',
  noticeUnauthorized: 'Овај токен особља није прихваћен. Проверите да сте га налепили цео, па се поново пријавите.',
  noticeSignedOut: 'Одјављени сте. Токен је уклоњен из ове картице.',
  signedInAs: (name, institution, until) =>
    until
      ? sentence(`Пријављени сте као ${name} (${institution}), до ${until}`)
      : `Пријављени сте као ${name} (${institution}).`,
  forbidden: 'Ваш токен не дозвољава ово за ову ставку: она припада другој институцији.',
  notAccepted: 'Сервер није прихватио овај захтев.',
  rateLimited: (wait) => `Са ове везе је послато превише измена. Сачекајте ${wait} и покушајте поново.`,
};

export default srCyrl;
