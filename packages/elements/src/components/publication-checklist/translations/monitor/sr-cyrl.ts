// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { ChecklistMonitorTranslation } from './monitor-translation.js';

const plural = new Intl.PluralRules('sr-Latn');
const checks = (n: number) => `${n} ${plural.select(n) === 'few' ? 'провере' : 'провера'}`;

const srCyrl: ChecklistMonitorTranslation = {
  monitorHeading: (period) => `Образац за праћење: ${period}`,
  monitorIntro:
    'Забележите сваки захтев за квартал. Оно што унесете чува се у овом прегледачу док се провере не сачувају.',
  progress: (recorded, total) => `Забележено ${recorded} од ${total}`,
  requirementOf: (n, total) => `Захтев ${n} од ${total}`,
  stepListLabel: 'Захтеви у овом обрасцу',
  recorded: 'забележен',
  notRecorded: 'није забележен',
  unsaved: 'још није послат',
  choose: 'Изаберите…',
  fieldUrl: 'Веза до објављеног документа',
  fieldUrlHint: 'Пуна адреса која почиње са https://',
  fieldLanguage: (language) => `Доступно на језику: ${language}`,
  fieldLanguageUrl: (language) => `Веза до верзије на језику: ${language}`,
  fieldCorrectiveHint: 'Обавезно када критеријум није потпуно испуњен.',
  previous: 'Претходни захтев',
  next: 'Следећи захтев',
  saveDraft: 'Сачувај нацрт',
  discardDraft: 'Одбаци нацрт',
  submit: 'Пошаљи провере за квартал',
  submitting: 'Слање…',
  draftSaved: (time) => `Нацрт је сачуван у овом прегледачу у ${time}.`,
  draftRestored: 'Враћен је ваш нацрт из овог прегледача.',
  submitted: (count) => `Сачувано: ${checks(count)}. Јавна листа их сада приказује.`,
  errorSummaryTitle: 'Постоји проблем',
  errorPrefix: 'Грешка:',
  errChoose: (label) => `Изаберите одговор за „${label}”`,
  errUrlRequired: 'Унесите везу до објављеног документа',
  errUrl: 'Унесите везу као пуну адресу, нпр. https://example.org/dokument',
  errCorrective: 'Опишите корективну меру, јер критеријум није потпуно испуњен',
  errResponsible: 'Наведите јединицу одговорну за корективну меру',
  errTooLong: (max) => `Користите највише ${max} знакова`,
  errNothing: 'Забележите бар један захтев пре слања',
  nothingNew: (recorded, total) =>
    `Нема ничег новог за слање: забележено је већ ${recorded} од ${total} захтева. Измените унос да бисте га поново забележили.`,
  errorForbidden: (institution) =>
    `Ваш токен не дозвољава бележење провера за институцију ${institution}. Користите токен издат овој институцији. Ваши уноси остају у овом прегледачу.`,
  errorUnauthorized:
    'Ваш токен није прихваћен (можда је истекао). Унесите нови токен; ваши уноси остају у овом прегледачу.',
  errorNoToken: 'За образац за праћење потребан је токен особља.',
  errorRateLimited: (wait) => `Са ове везе је послато превише измена. Сачекајте ${wait} и покушајте поново.`,
  errorSaveFailed: (reason) => `Провере нису сачуване: ${reason} Ваши уноси остају у овом прегледачу.`,
  serverRefused: 'Сервер их је одбио.',
  partlySaved: (saved, failed) =>
    `Сачувано: ${checks(saved)}; није сачувано: ${checks(failed)}. Оне остају у овом прегледачу: покушајте поново.`,
};

export default srCyrl;
