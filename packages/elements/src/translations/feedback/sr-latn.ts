import type { FeedbackTranslation } from './feedback-translation.js';

const plural = new Intl.PluralRules('sr-Latn');
/** Serbian has three forms: one (1, 21), few (2–4, 22–24) and other. */
const forms = (n: number, one: string, few: string, other: string) => {
  const rule = plural.select(n);
  return `${n} ${rule === 'one' ? one : rule === 'few' ? few : other}`;
};

const srLatn: FeedbackTranslation = {
  lang: 'sr-Latn',
  kindHint: {
    request: 'Zatražite od institucije da nešto uradi ili da vam pruži informaciju.',
    feedback: 'Recite instituciji šta funkcioniše, a šta ne.',
    proposal: 'Predložite ideju ili poboljšanje.',
    issue_report: 'Prijavite problem, na primer pokvarenu uličnu rasvetu ili rupu na putu.',
  },
  decisionName: {
    accepted: 'Prihvaćeno',
    partially_accepted: 'Delimično prihvaćeno',
    rejected: 'Nije prihvaćeno',
    information_provided: 'Pružena je informacija',
    referred: 'Prosleđeno drugoj instituciji',
    not_competent: 'Nije u nadležnosti ove institucije',
  },
  optional: '(neobavezno)',
  errorPrefix: 'Greška',

  statusTitle: 'Status vaše poruke',
  tokenInputLabel: 'Kod za praćenje',
  tokenInputHint: 'Kod koji ste dobili nakon slanja poruke.',
  check: 'Prikaži status',
  statusNotFound:
    'Nije pronađena poruka sa ovim kodom za praćenje. Proverite da li ste ga uneli tačno onako kako ste ga dobili.',
  tokenFormat: 'Unesite kod za praćenje tačno onako kako ste ga dobili (16 ili više slova, cifara, - ili _)',
  currentStatus: 'Trenutni status',
  submittedOn: 'Poslato',
  deadline: 'Rok za odgovor',
  deadlineMet: 'Odgovoreno u roku.',
  deadlineMissed: 'Rok je istekao bez odgovora.',
  deadlineOpen: 'Rok još nije istekao.',
  historyTitle: 'Istorija',
  responseTitle: 'Zvanični odgovor',
  decision: 'Odluka',
  appealTitle: 'Ako se ne slažete',
  noResponseYet: 'Još nema zvaničnog odgovora.',

  statsTitle: 'Učešće građana',
  statsEmpty: 'Još nije primljena nijedna poruka.',
  total: (count) => forms(count, 'primljena poruka', 'primljene poruke', 'primljenih poruka'),
  byKind: 'Po vrsti',
  byStatus: 'Po statusu',
  answeredShare: 'Odgovoreno u roku',
  answeredShareNone: 'Još nijedna poruka nije dobila odgovor.',
  medianResponse: 'Medijana vremena do odgovora',
  medianResponseNone: 'Još nema dovoljno odgovora.',
  days: (count) => forms(count, 'dan', 'dana', 'dana'),
  chartSummary: (parts) => `Poruke po vrsti: ${parts}.`,
  columnCount: 'Broj',
  columnKind: 'Vrsta',
  columnStatus: 'Status',

  subjectService: (id) => `Usluga: ${id}`,
  subjectCommitment: (number) => `Obaveza ${number}`,
  locationLabel: 'Lokacija',
  nameLabel: 'Ime',
  emailLabel: 'Imejl adresa',
  phoneLabel: 'Broj telefona',
  referenceLabel: 'Broj predmeta',

  rateLimited: (seconds) =>
    seconds === undefined
      ? 'Sa ove veze je poslato previše poruka. Sačekajte nekoliko minuta i pošaljite ponovo; vaš tekst je sačuvan.'
      : `Sa ove veze je poslato previše poruka. Sačekajte ${forms(seconds, 'sekundu', 'sekunde', 'sekundi')} i pošaljite ponovo; vaš tekst je sačuvan.`,
};

export default srLatn;
