import type { ServicesTranslation } from './services-translation.js';
import { sentence } from '../sentence.js';

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
  lang: 'sr-Latn',
  serviceEmpty: 'Informacije o ovoj usluzi još nisu objavljene.',
  exampleNotice: 'Primer za demonstraciju — nije zvanična informacija.',
  sectionAtAGlance: 'Ukratko',
  sectionDescription: 'O ovoj usluzi',
  sectionEligibility: 'Ko može da podnese zahtev',
  sectionSteps: 'Kako da podnesete zahtev',
  sectionDocuments: 'Potrebna dokumenta',
  sectionFees: 'Takse',
  sectionChannels: 'Gde se podnosi zahtev',
  sectionAuthority: 'Nadležna institucija',
  sectionComplaint: 'Prigovori i žalbe',
  sectionLegalBasis: 'Pravni osnov',
  processingTime: 'Rok obrade',
  legalDeadline: 'Zakonski rok',
  free: 'Besplatno',
  applyOnline: 'Podnesite zahtev onlajn',
  openingHours: 'Radno vreme',
  address: 'Adresa',
  phone: 'Telefon',
  email: 'Imejl',
  website: 'Veb-sajt',
  lastReviewed: (date) => sentence(`Informacije su poslednji put proverene ${date}`),
  serviceDetails: 'Detalji',
  channelType: (type) => CHANNELS[type] ?? CHANNELS['online'] ?? type,
  originalRequired: 'Ponesite original.',
  complaintTo: 'Prigovor se podnosi',
  complaintWithin: (duration) => `Rok za prigovor: ${duration}.`,
  moreInformation: 'Više informacija',
  serviceStatus: (status) => STATUS[status],
  listSearchLabel: 'Pretražite usluge',
  listSearchHint: 'Unesite deo naziva ili opisa usluge.',
  listResultCount: (count) => `${count} ${SERVICE_FORMS[plural.select(count)] ?? 'usluga'}`,
  listEmpty: 'Ova institucija još nije objavila usluge.',
  listNoMatches: (query) => `Nijedna usluga ne odgovara upitu „${query}“.`,
};

export default srLatn;
