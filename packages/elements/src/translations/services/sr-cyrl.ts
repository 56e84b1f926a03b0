// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { ServicesTranslation } from './services-translation.js';
import { sentence } from '../sentence.js';

const STATUS: Record<string, string> = {
  inactive: 'Ова услуга се тренутно не пружа.',
  under_development: 'Ова услуга је у припреми и још се не пружа.',
  withdrawn: 'Ова услуга је повучена.',
};
const CHANNELS: Record<string, string> = {
  online: 'Онлајн',
  e_kosova: 'Портал е-Косова',
  e_albania: 'Портал е-Албаниа',
  in_person: 'Лично',
  phone: 'Телефоном',
  email: 'Имејлом',
  post: 'Поштом',
  mobile_app: 'Мобилна апликација',
  sms: 'СМС-ом',
};
const SERVICE_FORMS: Record<string, string> = { one: 'услуга', few: 'услуге', other: 'услуга' };

const plural = new Intl.PluralRules('sr-Latn');

const srCyrl: ServicesTranslation = {
  lang: 'sr-Cyrl',
  serviceEmpty: 'Информације о овој услузи још нису објављене.',
  exampleNotice: 'Пример за демонстрацију — није званична информација.',
  sectionAtAGlance: 'Укратко',
  sectionDescription: 'О овој услузи',
  sectionEligibility: 'Ко може да поднесе захтев',
  sectionSteps: 'Како да поднесете захтев',
  sectionDocuments: 'Потребна документа',
  sectionFees: 'Таксе',
  sectionChannels: 'Где се подноси захтев',
  sectionAuthority: 'Надлежна институција',
  sectionComplaint: 'Приговори и жалбе',
  sectionLegalBasis: 'Правни основ',
  processingTime: 'Рок обраде',
  legalDeadline: 'Законски рок',
  free: 'Бесплатно',
  applyOnline: 'Поднесите захтев онлајн',
  openingHours: 'Радно време',
  address: 'Адреса',
  phone: 'Телефон',
  email: 'Имејл',
  website: 'Веб-сајт',
  lastReviewed: (date) => sentence(`Информације су последњи пут проверене ${date}`),
  serviceDetails: 'Детаљи',
  channelType: (type) => CHANNELS[type] ?? CHANNELS['online'] ?? type,
  originalRequired: 'Понесите оригинал.',
  complaintTo: 'Приговор се подноси',
  complaintWithin: (duration) => `Рок за приговор: ${duration}.`,
  moreInformation: 'Више информација',
  serviceStatus: (status) => STATUS[status],
  listSearchLabel: 'Претражите услуге',
  listSearchHint: 'Унесите део назива или описа услуге.',
  listResultCount: (count) => `${count} ${SERVICE_FORMS[plural.select(count)] ?? 'услуга'}`,
  listEmpty: 'Ова институција још није објавила услуге.',
  listNoMatches: (query) => `Ниједна услуга не одговара упиту „${query}“.`,
};

export default srCyrl;
