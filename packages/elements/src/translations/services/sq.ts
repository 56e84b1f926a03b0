import type { ServicesTranslation } from './services-translation.js';

const STATUS: Record<string, string> = {
  inactive: 'Ky shërbim aktualisht nuk ofrohet.',
  under_development: 'Ky shërbim është në përgatitje dhe ende nuk ofrohet.',
  withdrawn: 'Ky shërbim është tërhequr.',
};
const CHANNELS: Record<string, string> = {
  online: 'Në internet',
  e_kosova: 'Portali e-Kosova',
  e_albania: 'Portali e-Albania',
  in_person: 'Personalisht',
  phone: 'Me telefon',
  email: 'Me email',
  post: 'Me postë',
  mobile_app: 'Aplikacion celular',
  sms: 'Me SMS',
};

const plural = new Intl.PluralRules('sq');

const sq: ServicesTranslation = {
  lang: 'sq',
  serviceEmpty: 'Ende nuk është publikuar informacion për këtë shërbim.',
  exampleNotice: 'Shembull për demonstrim — jo informacion zyrtar.',
  sectionAtAGlance: 'Shkurtimisht',
  sectionDescription: 'Rreth këtij shërbimi',
  sectionEligibility: 'Kush mund të aplikojë',
  sectionSteps: 'Si të aplikoni',
  sectionDocuments: 'Dokumentet që ju duhen',
  sectionFees: 'Tarifat',
  sectionChannels: 'Ku të aplikoni',
  sectionAuthority: 'Institucioni përgjegjës',
  sectionComplaint: 'Ankesat dhe apelimet',
  sectionLegalBasis: 'Baza ligjore',
  processingTime: 'Koha e shqyrtimit',
  legalDeadline: 'Afati ligjor',
  free: 'Pa pagesë',
  applyOnline: 'Aplikoni në internet',
  openingHours: 'Orari i punës',
  address: 'Adresa',
  phone: 'Telefoni',
  email: 'Email',
  website: 'Uebfaqja',
  lastReviewed: (date) => `Informacioni u rishikua për herë të fundit më ${date}.`,
  serviceDetails: 'Detajet',
  channelType: (type) => CHANNELS[type] ?? CHANNELS['online'] ?? type,
  originalRequired: 'Sillni origjinalin.',
  complaintTo: 'Ankesa i dërgohet',
  complaintWithin: (duration) => `Afati për ankesë: ${duration}.`,
  moreInformation: 'Më shumë informacion',
  serviceStatus: (status) => STATUS[status],
  listSearchLabel: 'Kërkoni shërbime',
  listSearchHint: 'Shkruani një pjesë të emrit ose të përshkrimit të shërbimit.',
  listResultCount: (count) => (plural.select(count) === 'one' ? `${count} shërbim` : `${count} shërbime`),
  listEmpty: 'Ky institucion ende nuk ka publikuar shërbime.',
  listNoMatches: (query) => `Asnjë shërbim nuk përputhet me „${query}“.`,
};

export default sq;
