import type { InboxTranslation } from './inbox-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

/** 1 dan, 2–4 dana, 5+ dana; 11–14 dana (Serbian plural by the last digits). */
const dana = (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 'dan' : 'dana');
/** After "od" (genitive): od 1, 21 or 2–4 poruke; od 5+ and 11–14 poruka. */
const poruka = (n: number) => (n % 10 >= 1 && n % 10 <= 4 && (n % 100 < 11 || n % 100 > 14) ? 'poruke' : 'poruka');

const srLatn: InboxTranslation = {
  ...bosnianSerbian,
  lang: 'sr-Latn',
  filtersTitle: 'Filtrirajte listu',
  anyStatus: 'Svaki status',
  anyType: 'Svaka vrsta',
  overdueOnly: 'Samo sa isteklim rokom',
  quarantinedOnly: 'Samo zadržane kao sumnjiva neželjena pošta',
  dueWithinLabel: 'Rok u narednih (dana)',
  dueWithinHint: 'Ceo broj, na primer 7. Ostavite prazno za svaki rok.',
  searchHint: 'Referenca, ili reči iz teme ili poruke.',
  clearFilters: 'Očisti filtere',
  dueWithinInvalid: (max) => `Unesite broj dana kao ceo broj od 0 do ${max}`,
  listCaption: 'Poruke, najbliži rok prvi',
  showing: (shown, total, written = total) => `Prikazano ${shown} od ${written} ${poruka(total)}.`,
  emptyInbox: 'Nema ničega za obradu: nijedna poruka nije upućena vašoj instituciji.',
  columnAssignee: 'Dodeljeno',
  dueIn: (days) => `Rok za ${days} ${dana(days)}`,
  overdueBy: (days) => `Rok je istekao pre ${days} ${dana(days)}`,
  unassigned: 'Nije dodeljeno',
  quarantinedMark: 'Sumnjiva neželjena pošta',
  refreshNow: 'Proveri nove poruke',
  downloadLimited: (wait) => `Sa ove veze je zatraženo previše preuzimanja. Sačekajte ${wait} i pokušajte ponovo.`,
  answerBy: 'Odgovor do',
  contactNone: 'Osoba nije tražila da bude kontaktirana, ili su njeni podaci izbrisani.',
  historyBy: (who) => `— ${who}`,
  historyKind: {
    ...bosnianSerbian.historyKind,
    assigned: 'Dodeljeno',
    note: 'Interna beleška',
    transferred: 'Prosleđeno',
  },
  actionTitle: {
    status: 'Promenite status i odgovorite',
    assign: 'Dodelite',
    note: 'Dodajte internu belešku',
    publish: 'Objavite',
    unpublish: 'Uklonite iz javnog prikaza',
    transfer: 'Prosledite drugoj instituciji',
    release: 'Pustite iz karantina',
  },
  actionButton: {
    ...bosnianSerbian.actionButton,
    assign: 'Dodeli',
    note: 'Dodaj belešku',
    transfer: 'Prosledi',
  },
  actionDone: {
    ...bosnianSerbian.actionDone,
    assign: 'Poruka je dodeljena.',
    note: 'Beleška je dodata.',
    transfer: 'Poruka je prosleđena.',
  },
  chooseStatus: 'Izaberite status',
  publicNoteHint: 'Osoba i javnost je vide u istoriji.',
  responseHint: 'Potreban da se poruka zatvori odgovorom. Osoba je pisala na ovom jeziku.',
  appealLabel: 'Kako podneti žalbu (neobavezno)',
  assigneeInputHint: 'Kolega koji obrađuje ovu poruku.',
  noteLabel: 'Interna beleška',
  noteHint: 'Vide je samo zaposleni vaše institucije.',
  chooseInstitution: 'Izaberite instituciju',
  institutionLabel: 'Oznaka institucije',
  institutionHint: 'Na primer xk-mapl.',
  institutionsUnavailable: 'Spisak institucija nije mogao da se učita, pa unesite oznaku institucije.',
  releaseHint: 'Zadržana je kao sumnjiva neželjena pošta. Pustite je kada ju je napisala osoba.',
  errInstitution: 'Unesite oznaku institucije malim slovima, na primer xk-mapl',
  conflict:
    'Neko je u međuvremenu promenio ovu poruku. Prikazana je najnovija verzija; proverite je i pokušajte ponovo.',
  gone: (reference, typed) =>
    `Poruka ${reference} više nije u vašem prijemnom sandučetu: u međuvremenu je prosleđena drugoj instituciji ili uklonjena.${typed ? ' Ono što ste uneli za nju nije poslato.' : ''}`,
  forbiddenList: 'Vaš token ne može da čita prijemno sanduče ove institucije.',
  readOnly: 'Vaša institucija može da čita ovu poruku, ali za nju odgovara druga institucija, pa nema radnji.',
};

export default srLatn;
