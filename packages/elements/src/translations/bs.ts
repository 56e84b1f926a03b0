import type { DurationUnit, Translation } from './translation.js';
import { sentence } from './sentence.js';

const UNITS: Record<DurationUnit, [string, string, string]> = {
  year: ['godina', 'godine', 'godina'],
  month: ['mjesec', 'mjeseca', 'mjeseci'],
  week: ['sedmica', 'sedmice', 'sedmica'],
  day: ['dan', 'dana', 'dana'],
  hour: ['sat', 'sata', 'sati'],
  minute: ['minuta', 'minute', 'minuta'],
};

const STATUS: Record<string, string> = {
  inactive: 'Ova usluga se trenutno ne pruža.',
  under_development: 'Ova usluga je u pripremi i još se ne pruža.',
  withdrawn: 'Ova usluga je povučena.',
};

const plural = new Intl.PluralRules('bs');

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

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker, docs/languages.md). */
const bs: Translation = {
  lang: 'bs',
  decimalSeparator: ',',
  durationUnit: (unit, count) => {
    const form = plural.select(count);
    return `${count} ${UNITS[unit][form === 'one' ? 0 : form === 'few' ? 1 : 2]}`;
  },
  languageNames: { 'sr-Latn': 'srpski' },
  loading: 'Učitavanje…',
  retry: 'Pokušajte ponovo',
  errorTitle: 'Ove informacije nije moguće prikazati',
  errorNotFound: 'Usluga nije pronađena. Možda je povučena ili joj je adresa promijenjena.',
  errorNetwork: 'Veza nije uspjela. Provjerite jeste li povezani na internet i pokušajte ponovo.',
  errorTimeout: 'Server je predugo odgovarao. Molimo pokušajte ponovo.',
  errorInvalidData: 'Podaci trenutno nisu dostupni jer nisu u očekivanom obliku.',
  errorServer: 'Server je imao problem. Molimo pokušajte kasnije.',
  errorUnknown: 'Došlo je do greške pri učitavanju ovih informacija.',
  errorNoSource: 'Za ovaj blok nije podešen izvor podataka.',
  errorReference: 'Referenca za podršku:',
  shownInOriginal: (languageName) => `Prikazano na izvornom jeziku (${languageName}).`,
  machineTranslation: 'Mašinski prijevod',
  transliteration: 'Automatska transliteracija',
  serviceEmpty: 'O ovoj usluzi još nisu objavljene informacije.',
  exampleNotice: 'Primjer za demonstraciju — nisu zvanične informacije.',
  sectionAtAGlance: 'Ukratko',
  sectionDescription: 'O ovoj usluzi',
  sectionEligibility: 'Ko može podnijeti zahtjev',
  sectionSteps: 'Kako podnijeti zahtjev',
  sectionDocuments: 'Potrebni dokumenti',
  sectionFees: 'Takse',
  sectionChannels: 'Gdje podnijeti zahtjev',
  sectionAuthority: 'Nadležna institucija',
  sectionComplaint: 'Prigovori i žalbe',
  sectionLegalBasis: 'Pravni osnov',
  processingTime: 'Vrijeme obrade',
  legalDeadline: 'Zakonski rok',
  free: 'Besplatno',
  applyOnline: 'Podnesite zahtjev online',
  openingHours: 'Radno vrijeme',
  address: 'Adresa',
  phone: 'Telefon',
  email: 'E-mail',
  website: 'Web stranica',
  lastReviewed: (date) => sentence(`Informacije posljednji put provjerene ${date}`),
  serviceDetails: 'Detalji',
  channelType: (type) => CHANNELS[type] ?? CHANNELS['online'] ?? type,
  originalRequired: 'Ponesite original.',
  complaintTo: 'Prigovor podnesite',
  complaintWithin: (duration) => `Rok: ${duration}.`,
  moreInformation: 'Više informacija',
  serviceStatus: (status) => STATUS[status],
  listSearchLabel: 'Pretraga usluga',
  listSearchHint: 'Upišite dio naziva ili opisa usluge.',
  listResultCount: (count) => `${count} ${SERVICE_FORMS[plural.select(count)] ?? 'usluga'}`,
  listEmpty: 'Ova institucija još nije objavila nijednu uslugu.',
  listNoMatches: (query) => `Nijedna usluga ne odgovara upitu „${query}“.`,
};

export default bs;
