import type { ServicesTranslation } from './services-translation.js';
import { sentence } from '../sentence.js';
import bosnianSerbian from './bosnian-serbian.js';

const STATUS: Record<string, string> = {
  inactive: 'Ova usluga se trenutno ne pruža.',
  under_development: 'Ova usluga je u pripremi i još se ne pruža.',
  withdrawn: 'Ova usluga je povučena.',
};
const CHANNELS: Record<string, string> = {
  online: 'Onlajn',
  e_kosova: 'Portal e-Kosova',
  e_albania: 'Portal e-Albania',
  in_person: 'Lično',
  phone: 'Telefonom',
  email: 'Imejlom',
  post: 'Poštom',
  mobile_app: 'Mobilna aplikacija',
  sms: 'SMS-om',
};
const SERVICE_FORMS: Record<string, string> = { one: 'usluga', few: 'usluge', other: 'usluga' };

const plural = new Intl.PluralRules('sr-Latn');

const srLatn: ServicesTranslation = {
  ...bosnianSerbian,
  lang: 'sr-Latn',
  serviceEmpty: 'Informacije o ovoj usluzi još nisu objavljene.',
  exampleNotice: 'Primer za demonstraciju — nije zvanična informacija.',
  sectionEligibility: 'Ko može da podnese zahtev',
  sectionSteps: 'Kako da podnesete zahtev',
  sectionDocuments: 'Potrebna dokumenta',
  sectionChannels: 'Gde se podnosi zahtev',
  processingTime: 'Rok obrade',
  applyOnline: 'Podnesite zahtev onlajn',
  openingHours: 'Radno vreme',
  email: 'Imejl',
  website: 'Veb-sajt',
  lastReviewed: (date) => sentence(`Informacije su poslednji put proverene ${date}`),
  channelType: (type) => CHANNELS[type] ?? CHANNELS['online'] ?? type,
  complaintTo: 'Prigovor se podnosi',
  complaintWithin: (duration) => `Rok za prigovor: ${duration}.`,
  serviceStatus: (status) => STATUS[status],
  listSearchLabel: 'Pretražite usluge',
  listSearchHint: 'Unesite deo naziva ili opisa usluge.',
  listResultCount: (count) => `${count} ${SERVICE_FORMS[plural.select(count)] ?? 'usluga'}`,
  listEmpty: 'Ova institucija još nije objavila usluge.',
};

export default srLatn;
