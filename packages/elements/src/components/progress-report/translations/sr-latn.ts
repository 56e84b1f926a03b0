import type { ProgressTranslation } from './progress-translation.js';
import milestoneStatusNames from '../../../translations/milestones/sr-latn.js';
import bosnianSerbian from './bosnian-serbian.js';

const srLatn: ProgressTranslation = {
  ...bosnianSerbian,
  lang: 'sr-Latn',
  title: 'Izveštaj o napretku',
  scopeCoordinator: (institution) => `${institution} koordinira plan: prikazane su sve obaveze.`,
  statusName: milestoneStatusNames,
  completionName: {
    no_evidence: 'Nema dokaza',
    not_started: 'Nije započet',
    limited: 'Ograničen',
    substantial: 'Značajan',
    complete: 'Potpun',
  },
  lastReport: (date) => `Poslednji izveštaj ${date}`,
  noReportYet: 'Još nema izveštaja',
  reportButton: (number) => `Izveštaj o ključnom koraku ${number}`,
  formTitle: (number) => `Izveštaj o ključnom koraku ${number}`,
  draftRestored: 'Vaš nesačuvani nacrt ovog izveštaja je vraćen.',
  statusLabel: 'Status sprovođenja',
  completionHint: 'Po skali Nezavisnog mehanizma izveštavanja (IRM) OGP-a.',
  completionUnset: 'Nije ocenjen u ovom izveštaju',
  percentHint: 'Ceo broj od 0 do 100. Ostavite prazno ako ga ne merite.',
  narrativeHint:
    'Označite jezike na kojima pišete. Čitaoci jezike koje izostavite vide kao nedostajuće: ništa se ne prevodi umesto vas.',
  evidenceHint: 'Linkovi ka onome što pokazuje napredak (izveštaj, zapisnik, objavljena odluka). Samo https adrese.',
  evidenceNone: 'Nije dodat nijedan link.',
  reportingDateLabel: 'Datum izveštaja',
  reportingDateHint: 'Dan koji izveštaj opisuje, danas ili ranije.',
  save: 'Sačuvaj izveštaj',
  saved: (number) => `Izveštaj o ključnom koraku ${number} je sačuvan. Javni pregled ga sada prikazuje.`,
  saveFailed: (reason) => `Izveštaj nije sačuvan: ${reason}`,
  errNothing: 'Izaberite status sprovođenja, nivo završenosti ili napredak',
  errPercent: 'Unesite napredak kao ceo broj od 0 do 100',
  errPercentDone: 'Završen ključni korak je na 100 procenata: unesite 100 ili ostavite napredak prazan',
  errLinkUrl: (n) => `Unesite adresu linka ${n} kao https://…`,
  errDate: 'Unesite datum izveštaja kao stvarni datum',
  errDateFuture: 'Datum izveštaja mora biti danas ili ranije',
  errTooLong: (what) => `${what}: tekst je predugačak`,
  historyTitle: 'Istorija izveštavanja',
  historyEmpty: 'Još nema izveštaja o ovom ključnom koraku.',
  historyLoading: 'Učitava se istorija…',
  historyChanged: 'Promenjeno',
  changeName: {
    ...bosnianSerbian.changeName,
    status: 'status sprovođenja',
    nextSteps: 'sledeći koraci',
    reportingDate: 'datum izveštaja',
    revisedDue: 'izmenjeni rok',
  },
  exportTitle: 'Samoprocena plana',
  exportCsv: 'Preuzmi samoprocenu (CSV)',
  exportJson: 'Preuzmi samoprocenu (JSON)',
};

export default srLatn;
