import type { EditorTranslation } from './editor-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker). */
const bs: EditorTranslation = {
  ...bosnianSerbian,
  lang: 'bs',
  title: 'Informacije o usluzi',
  listIntro: 'Odaberite uslugu da ažurirate ono što piše na javnoj kartici ili dodajte novu.',
  newService: 'Dodaj novu uslugu',
  withdrawnMark: 'povučeno',
  draftMark: 'nesačuvane izmjene',
  editTitle: (name) => `Uređivanje: ${name}`,
  draftRestored: 'Vraćene su vaše ranije nesačuvane izmjene iz ove kartice.',
  discardDraft: 'Odbaci moje nesačuvane izmjene',
  idHint: 'Mala slova, cifre i crtice, npr. prishtina-parking-permit. Kasnije se ne može mijenjati.',
  identifierHint: 'Vlastita oznaka institucije za ovu uslugu.',
  costAmountHint: 'Broj, npr. 2,50. Ostavite prazno kada iznos varira.',
  daysInvalid: 'Unesite cijeli broj dana, npr. 15.',
  deadlineText: 'Rok opisan riječima',
  complaintText: 'Kako uložiti prigovor',
  complaintBody: 'Prigovori se podnose',
  complaintDays: 'Rok za prigovor',
  complaintUrl: 'Stranica za prigovore',
  review: 'Označi kao pregledano – bez izmjena',
  saved: 'Sačuvano. Javna kartica sada prikazuje izmjene.',
  nothingToSave: (review) =>
    `Nema šta da se sačuva: niste ništa izmijenili. Ako je kartica i dalje tačna, odaberite „${review}”.`,
  saveFailed: (reason) => `Nije sačuvano: ${reason} Vaše izmjene su zadržane.`,
  forbiddenService: 'Vaša institucija nije nadležna za ovu uslugu, pa je ne može mijenjati.',
  idTaken: 'Usluga s ovim nazivom u adresi već postoji. Odaberite drugi.',
  conflictIntro:
    'Dok ste uređivali, neko drugi je sačuvao novu verziju. Ništa vaše nije izgubljeno. Uporedite izmjene, pa prenesite svoje na novu verziju.',
  conflictTheirs: 'Izmijenila druga osoba',
  conflictYours: 'Izmijenili ste vi',
  conflictBoth: 'Izmijenili ste oboje (vaše će zamijeniti njihove)',
  conflictApply: 'Prenesi moje izmjene na novu verziju',
  conflictApplyHint: 'Zatim provjerite obrazac i pregled i ponovo sačuvajte.',
  conflictDiscard: 'Odbaci moje izmjene i otvori novu verziju',
  conflictApplied: 'Vaše izmjene su sada na novoj verziji. Provjerite ih i ponovo sačuvajte.',
  withdrawIntro:
    'Na kartici će pisati da je usluga povučena i ona će nestati sa listi. Usluga se čuva, a historija izmjena ostaje javna.',
  withdrawNote: 'Zašto (neobavezno; prikazuje se u historiji izmjena)',
  withdrawnDone: 'Povučeno. Javna kartica to sada prikazuje.',
  withdrawnNotice: 'Ova usluga je povučena. Ako je ponovo sačuvate s drugim statusom, vraća se.',
  historyTitle: 'Historija izmjena',
  historyEmpty: 'Još nema zabilježenih izmjena.',
  historyAction: {
    created: 'napravio/la',
    replaced: 'izmijenio/la',
    withdrawn: 'povukao/la',
    reviewed: 'pregledao/la, bez izmjena',
  },
  fieldNames: {
    ...bosnianSerbian.fieldNames,
    eligibility: 'ko može podnijeti zahtjev',
    steps: 'koraci',
    requiredDocuments: 'dokumenti',
    processingTime: 'vrijeme obrade',
    processingTimeNote: 'vrijeme obrade',
    channels: 'kanali',
    complaint: 'put za prigovor',
    languages: 'jezici',
    sourceUrl: 'izvorna stranica',
  },
};

export default bs;
