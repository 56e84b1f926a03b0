import type { InboxTranslation } from './inbox-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const plural = new Intl.PluralRules('bs');
/** Bosnian forms by Intl: one (1, 21), few (2–4, 22–24), other. */
const form = (n: number, one: string, few: string, other: string) => {
  const rule = plural.select(n);
  return rule === 'one' ? one : rule === 'few' ? few : other;
};
const dana = (n: number) => form(n, 'dan', 'dana', 'dana');
const poruka = (n: number) => form(n, 'poruke', 'poruke', 'poruka');

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker). */
const bs: InboxTranslation = {
  ...bosnianSerbian,
  lang: 'bs',
  filtersTitle: 'Filtriranje liste',
  anyStatus: 'Bilo koji status',
  anyType: 'Bilo koja vrsta',
  overdueOnly: 'Samo s isteklim rokom',
  quarantinedOnly: 'Samo zadržane kao sumnja na spam',
  dueWithinLabel: 'Rok ističe za (dana)',
  dueWithinHint: 'Cijeli broj, na primjer 7. Ostavite prazno za bilo koji rok.',
  searchHint: 'Broj predmeta ili riječi iz teme ili poruke.',
  clearFilters: 'Poništi filtere',
  dueWithinInvalid: (max) => `Unesite broj dana kao cijeli broj od 0 do ${max}`,
  listCaption: 'Poruke, najbliži rok prvo',
  showing: (shown, total, written = total) => `Prikazano ${shown} od ${written} ${poruka(total)}.`,
  emptyInbox: 'Nema ništa za obradu: nijedna poruka nije upućena vašoj instituciji.',
  columnAssignee: 'Zadužen/a',
  dueIn: (days) => `Rok za ${days} ${dana(days)}`,
  overdueBy: (days) => `Rok je istekao prije ${days} ${dana(days)}`,
  unassigned: 'Nije dodijeljeno',
  quarantinedMark: 'Sumnja na spam',
  refreshNow: 'Provjeri nove poruke',
  downloadLimited: (wait) => `S ove veze je zatraženo previše preuzimanja. Sačekajte ${wait} i pokušajte ponovo.`,
  answerBy: 'Odgovoriti do',
  contactNone: 'Osoba nije tražila da je kontaktiraju ili su njeni podaci izbrisani.',
  historyBy: (who) => `– ${who}`,
  historyKind: {
    ...bosnianSerbian.historyKind,
    assigned: 'Dodijeljeno',
    note: 'Interna napomena',
    transferred: 'Proslijeđeno',
  },
  actionTitle: {
    status: 'Promijeni status i odgovori',
    assign: 'Dodijeli',
    note: 'Dodaj internu napomenu',
    publish: 'Objavi',
    unpublish: 'Ukloni iz javnog prikaza',
    transfer: 'Proslijedi drugoj instituciji',
    release: 'Pusti iz karantina',
  },
  actionButton: {
    ...bosnianSerbian.actionButton,
    assign: 'Dodijeli',
    note: 'Dodaj napomenu',
    transfer: 'Proslijedi',
  },
  actionDone: {
    ...bosnianSerbian.actionDone,
    assign: 'Poruka je dodijeljena.',
    note: 'Napomena je dodana.',
    transfer: 'Poruka je proslijeđena.',
  },
  chooseStatus: 'Odaberite status',
  publicNoteHint: 'Osoba i javnost je vide u historiji.',
  responseHint: 'Potreban je da se poruka zatvori odgovorom. Osoba je pisala na ovom jeziku.',
  appealLabel: 'Kako uložiti žalbu (neobavezno)',
  assigneeInputHint: 'Kolega ili koleginica koji obrađuju ovu poruku.',
  noteLabel: 'Interna napomena',
  noteHint: 'Vidi je samo osoblje vaše institucije.',
  chooseInstitution: 'Odaberite instituciju',
  institutionLabel: 'Id institucije',
  institutionHint: 'Na primjer xk-mapl.',
  institutionsUnavailable: 'Spisak institucija nije se mogao učitati, pa unesite id institucije.',
  releaseHint: 'Zadržana je kao sumnja na spam. Pustite je ako ju je napisala osoba.',
  errInstitution: 'Unesite id institucije malim slovima, na primjer xk-mapl',
  conflict:
    'Neko je u međuvremenu izmijenio ovu poruku. Prikazana je najnovija verzija; provjerite je i pokušajte ponovo.',
  gone: (reference, typed) =>
    `Poruka ${reference} više nije u vašem prijemnom sandučetu: u međuvremenu je proslijeđena drugoj instituciji ili uklonjena.${typed ? ' Ono što ste unijeli za nju nije poslano.' : ''}`,
  forbiddenList: 'Vaš token ne smije čitati prijemno sanduče ove institucije.',
  readOnly: 'Vaša institucija može čitati ovu poruku, ali na nju odgovara druga institucija, pa nema radnji.',
};

export default bs;
