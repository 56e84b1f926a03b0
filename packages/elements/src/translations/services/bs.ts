import type { ServicesTranslation } from './services-translation.js';
import { sentence } from '../sentence.js';
import bosnianSerbian from './bosnian-serbian.js';

const STATUS: Record<string, string> = {
  inactive: 'Ova usluga se trenutno ne pruža.',
  under_development: 'Ova usluga je u pripremi i još se ne pruža.',
  withdrawn: 'Ova usluga je povučena.',
};
const CHANNELS: Record<string, string> = {
  online: 'Online',
  e_kosova: 'Portal e-Kosova',
  e_albania: 'Portal e-Albania',
  in_person: 'Lično',
  phone: 'Telefonom',
  email: 'E-mailom',
  post: 'Poštom',
  mobile_app: 'Mobilna aplikacija',
  sms: 'SMS-om',
};
const SERVICE_FORMS: Record<string, string> = { one: 'usluga', few: 'usluge', other: 'usluga' };

const plural = new Intl.PluralRules('bs');

const bs: ServicesTranslation = {
  ...bosnianSerbian,
  lang: 'bs',
  serviceEmpty: 'O ovoj usluzi još nisu objavljene informacije.',
  exampleNotice: 'Primjer za demonstraciju — nisu zvanične informacije.',
  sectionEligibility: 'Ko može podnijeti zahtjev',
  sectionSteps: 'Kako podnijeti zahtjev',
  sectionDocuments: 'Potrebni dokumenti',
  sectionChannels: 'Gdje podnijeti zahtjev',
  processingTime: 'Vrijeme obrade',
  applyOnline: 'Podnesite zahtjev online',
  openingHours: 'Radno vrijeme',
  email: 'E-mail',
  website: 'Web stranica',
  lastReviewed: (date) => sentence(`Informacije posljednji put provjerene ${date}`),
  channelType: (type) => CHANNELS[type] ?? CHANNELS['online'] ?? type,
  complaintTo: 'Prigovor podnesite',
  complaintWithin: (duration) => `Rok: ${duration}.`,
  serviceStatus: (status) => STATUS[status],
  listSearchLabel: 'Pretraga usluga',
  listSearchHint: 'Upišite dio naziva ili opisa usluge.',
  listResultCount: (count) => `${count} ${SERVICE_FORMS[plural.select(count)] ?? 'usluga'}`,
  listEmpty: 'Ova institucija još nije objavila nijednu uslugu.',
};

export default bs;
