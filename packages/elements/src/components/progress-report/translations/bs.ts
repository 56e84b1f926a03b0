import type { ProgressTranslation } from './progress-translation.js';
import milestoneStatusNames from '../../../translations/milestones/bs.js';
import bosnianSerbian from './bosnian-serbian.js';

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker). */
const bs: ProgressTranslation = {
  ...bosnianSerbian,
  lang: 'bs',
  title: 'Izvještaj o napretku',
  scopeCoordinator: (institution) => `${institution} koordinira plan: navedene su sve obaveze.`,
  statusName: milestoneStatusNames,
  completionName: {
    no_evidence: 'Nema dostupnih dokaza',
    not_started: 'Nije započeto',
    limited: 'Ograničeno',
    substantial: 'Značajno',
    complete: 'Završeno',
  },
  lastReport: (date) => `Posljednji izvještaj ${date}`,
  noReportYet: 'Još nema izvještaja',
  reportButton: (number) => `Izvijestite o ključnom koraku ${number}`,
  formTitle: (number) => `Izvještaj o ključnom koraku ${number}`,
  draftRestored: 'Vraćen je vaš nesačuvani nacrt ovog izvještaja.',
  statusLabel: 'Status provedbe',
  completionHint: 'Prema skali Nezavisnog mehanizma izvještavanja OGP-a (IRM).',
  completionUnset: 'Nije ocijenjeno u ovom izvještaju',
  percentHint: 'Cijeli broj od 0 do 100. Ostavite prazno ako ga ne mjerite.',
  narrativeHint:
    'Označite jezike na kojima pišete. Čitaoci će jezike koje izostavite vidjeti kao nedostajuće: ništa se ne prevodi umjesto vas.',
  evidenceHint: 'Linkovi na ono što pokazuje napredak (izvještaj, zapisnik, objavljena odluka). Samo https adrese.',
  evidenceNone: 'Nije dodan nijedan link.',
  reportingDateLabel: 'Datum izvještaja',
  reportingDateHint: 'Dan koji izvještaj opisuje, danas ili ranije.',
  save: 'Sačuvaj izvještaj',
  saved: (number) => `Izvještaj o ključnom koraku ${number} je sačuvan. Javni pregled ga sada prikazuje.`,
  saveFailed: (reason) => `Izvještaj nije sačuvan: ${reason}`,
  errNothing: 'Odaberite status provedbe, nivo završenosti ili napredak',
  errPercent: 'Unesite napredak kao cijeli broj od 0 do 100',
  errPercentDone: 'Završen ključni korak je na 100 posto: unesite 100 ili ostavite napredak prazan',
  errLinkUrl: (n) => `Unesite adresu linka ${n} u obliku https://…`,
  errDate: 'Unesite datum izvještaja kao stvarni datum',
  errDateFuture: 'Datum izvještaja mora biti danas ili ranije',
  errDateBeforePlan: 'Datum izvještaja ne može biti prije početka akcionog plana',
  errTooLong: (what) => `${what}: tekst je predug`,
  historyTitle: 'Historija izvještavanja',
  historyEmpty: 'Još nema izvještaja o ovom ključnom koraku.',
  historyLoading: 'Učitavanje historije…',
  historyChanged: 'Promijenjeno',
  changeName: {
    ...bosnianSerbian.changeName,
    status: 'status provedbe',
    nextSteps: 'sljedeći koraci',
    reportingDate: 'datum izvještaja',
    revisedDue: 'izmijenjeni rok',
  },
  exportTitle: 'Samoprocjena plana',
  exportCsv: 'Preuzmi samoprocjenu (CSV)',
  exportJson: 'Preuzmi samoprocjenu (JSON)',
};

export default bs;
