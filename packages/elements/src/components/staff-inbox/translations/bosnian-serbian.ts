import type { InboxTranslation } from './inbox-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  title: 'Prijemno sanduče',
  countsTitle: 'Poruke po statusu',
  countAll: 'Sve',
  openStatuses: 'Otvorene (još nisu zatvorene)',
  closedStatuses: 'Zatvorene',
  searchLabel: 'Pretraga',
  applyFilters: 'Prikaži poruke',
  noMatch: 'Nijedna poruka ne odgovara ovim filterima.',
  columnType: 'Vrsta',
  columnSubject: 'Tema',
  columnDeadline: 'Rok',
  columnStatus: 'Status',
  dueToday: 'Rok je danas',
  overdueToday: 'Rok je istekao ranije danas',
  noDeadline: 'Bez roka',
  publishedMark: 'Objavljeno',
  downloadCsv: 'Preuzmi kao CSV (tabela)',
  downloadBusy: 'CSV se priprema…',
  downloadFailed: (reason) => `CSV nije preuzet. ${reason}`,
  pagination: 'Stranice poruka',
  updatedAt: (time) => `Ažurirano u ${time}.`,
  arrived: (count) => (count === 1 ? 'Stigla je 1 nova poruka.' : `Stiglo je novih poruka: ${count}.`),
  backToList: 'Nazad na listu',
  detailTitle: (reference) => `Poruka ${reference}`,
  messageTitle: 'Poruka',
  writtenIn: 'Napisano na jeziku',
  receivedLabel: 'Primljeno',
  publicLabel: 'Javno prikazano',
  publicYes: 'Da',
  publicNo: 'Ne',
  contactTitle: 'Kontakt',
  historyKind: {
    received: 'Primljeno',
    status: 'Status',
    published: 'Objavljeno',
    unpublished: 'Uklonjeno moderacijom',
    released: 'Pušteno iz karantina',
  },
  internalMark: 'Interno: ne prikazuje se javno',
  actionsTitle: 'Radnje',
  actionButton: {
    status: 'Sačuvaj status',
    publish: 'Objavi',
    unpublish: 'Ukloni',
    release: 'Pusti u prijemno sanduče',
  },
  actionDone: {
    status: 'Status je sačuvan.',
    publish: 'Komentar je objavljen.',
    unpublish: 'Komentar je uklonjen iz javnog prikaza.',
    release: 'Poruka je puštena u prijemno sanduče.',
  },
  newStatusLabel: 'Novi status',
  publicNoteLabel: 'Javna napomena (neobavezno)',
  responseLabel: (language) => `Zvanični odgovor na jeziku: ${language}`,
  decisionLabel: 'Odluka (neobavezno)',
  noDecision: 'Bez odluke',
  translationsTitle: 'Odgovor na drugim jezicima (neobavezno)',
  translationLabel: (language) => `Odgovor na jeziku: ${language}`,
  machineLabel: 'Mašinski prevedeno (tako je i označeno)',
  assigneeInputLabel: 'Ime osobe',
  publishHint: 'Prikazuje ovaj komentar, bez ličnih podataka, ispod njegove obaveze.',
  reasonLabel: 'Razlog',
  reasonHint: 'Javno se prikazuje kao „uklonjeno moderacijom: razlog”.',
  institutionChoiceLabel: 'Institucija',
  transferNoteLabel: 'Javna napomena',
  errRequired: (label) => `Popunite polje „${label}”`,
  errTooLong: (label, max) => `Polje „${label}” može imati najviše ${max} znakova`,
  errResponseLanguage: (language) => `Napišite zvanični odgovor na jeziku: ${language}, na kojem je osoba pisala`,
  saveFailed: (reason) => `Nije sačuvano. ${reason}`,
  transferredTo: (institution) => `instituciji ${institution}`,
} satisfies {
  readonly [K in keyof InboxTranslation]?: InboxTranslation[K] extends string | ((...args: never[]) => unknown)
    ? InboxTranslation[K]
    : Partial<InboxTranslation[K]>;
};

export default bosnianSerbian;
