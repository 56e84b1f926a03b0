import type { DurationUnit, Translation } from './translation.js';
import { sentence } from './sentence.js';

const UNITS: Record<DurationUnit, [string, string, string]> = {
  year: ['godina', 'godine', 'godina'],
  month: ['mesec', 'meseca', 'meseci'],
  week: ['nedelja', 'nedelje', 'nedelja'],
  day: ['dan', 'dana', 'dana'],
  hour: ['sat', 'sata', 'sati'],
  minute: ['minut', 'minuta', 'minuta'],
};

const STATUS: Record<string, string> = {
  inactive: 'Ova usluga se trenutno ne pruža.',
  under_development: 'Ova usluga je u pripremi i još se ne pruža.',
  withdrawn: 'Ova usluga je povučena.',
};

const plural = new Intl.PluralRules('sr-Latn');

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

const srLatn: Translation = {
  lang: 'sr-Latn',
  decimalSeparator: ',',
  durationUnit: (unit, count) => {
    const form = plural.select(count);
    return `${count} ${UNITS[unit][form === 'one' ? 0 : form === 'few' ? 1 : 2]}`;
  },
  languageNames: { 'sr-Latn': 'srpski' },
  loading: 'Učitavanje…',
  retry: 'Pokušajte ponovo',
  errorTitle: 'Ove informacije nije moguće prikazati',
  errorNotFound: 'Usluga nije pronađena. Možda je povučena ili joj je adresa promenjena.',
  errorNetwork: 'Veza nije uspela. Proverite da li ste povezani na internet i pokušajte ponovo.',
  errorTimeout: 'Server je predugo odgovarao. Molimo pokušajte ponovo.',
  errorInvalidData: 'Podaci trenutno nisu dostupni jer nisu u očekivanom obliku.',
  errorServer: 'Došlo je do problema na serveru. Molimo pokušajte kasnije.',
  errorUnknown: 'Došlo je do greške pri učitavanju ovih informacija.',
  errorNoSource: 'Za ovaj blok nije podešen izvor podataka.',
  errorReference: 'Referenca za podršku:',
  shownInOriginal: (languageName) => `Prikazano na izvornom jeziku (${languageName}).`,
  machineTranslation: 'Mašinski prevod',
  transliteration: 'Automatsko preslovljavanje',
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
