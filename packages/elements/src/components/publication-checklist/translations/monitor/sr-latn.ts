import type { ChecklistMonitorTranslation } from './monitor-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const plural = new Intl.PluralRules('sr-Latn');
const checks = (n: number) => `${n} ${plural.select(n) === 'few' ? 'provere' : 'provera'}`;

const srLatn: ChecklistMonitorTranslation = {
  ...bosnianSerbian,
  monitorHeading: (period) => `Obrazac za praćenje: ${period}`,
  monitorIntro:
    'Zabeležite svaki zahtev za kvartal. Ono što unesete čuva se u ovom pregledaču dok se provere ne sačuvaju.',
  progress: (recorded, total) => `Zabeleženo ${recorded} od ${total}`,
  requirementOf: (n, total) => `Zahtev ${n} od ${total}`,
  stepListLabel: 'Zahtevi u ovom obrascu',
  recorded: 'zabeležen',
  notRecorded: 'nije zabeležen',
  unsaved: 'još nije poslat',
  choose: 'Izaberite…',
  fieldUrl: 'Veza do objavljenog dokumenta',
  fieldUrlHint: 'Puna adresa koja počinje sa https://',
  fieldLanguageUrl: (language) => `Veza do verzije na jeziku: ${language}`,
  fieldCorrectiveHint: 'Obavezno kada kriterijum nije potpuno ispunjen.',
  previous: 'Prethodni zahtev',
  next: 'Sledeći zahtev',
  submit: 'Pošalji provere za kvartal',
  draftSaved: (time) => `Nacrt je sačuvan u ovom pregledaču u ${time}.`,
  draftRestored: 'Vraćen je vaš nacrt iz ovog pregledača.',
  submitted: (count) => `Sačuvano: ${checks(count)}. Javna lista ih sada prikazuje.`,
  errChoose: (label) => `Izaberite odgovor za „${label}”`,
  errUrlRequired: 'Unesite vezu do objavljenog dokumenta',
  errUrl: 'Unesite vezu kao punu adresu, npr. https://example.org/dokument',
  errCorrective: 'Opišite korektivnu meru, jer kriterijum nije potpuno ispunjen',
  errResponsible: 'Navedite jedinicu odgovornu za korektivnu meru',
  errNothing: 'Zabeležite bar jedan zahtev pre slanja',
  nothingNew: (recorded, total) =>
    `Nema ničeg novog za slanje: zabeleženo je već ${recorded} od ${total} zahteva. Izmenite unos da biste ga ponovo zabeležili.`,
  errorForbidden: (institution) =>
    `Vaš token ne dozvoljava beleženje provera za instituciju ${institution}. Koristite token izdat ovoj instituciji. Vaši unosi ostaju u ovom pregledaču.`,
  errorUnauthorized:
    'Vaš token nije prihvaćen (možda je istekao). Unesite novi token; vaši unosi ostaju u ovom pregledaču.',
  errorNoToken: 'Za obrazac za praćenje potreban je token osoblja.',
  errorRateLimited: (wait) => `Sa ove veze je poslato previše izmena. Sačekajte ${wait} i pokušajte ponovo.`,
  errorSaveFailed: (reason) => `Provere nisu sačuvane: ${reason} Vaši unosi ostaju u ovom pregledaču.`,
  partlySaved: (saved, failed) =>
    `Sačuvano: ${checks(saved)}; nije sačuvano: ${checks(failed)}. One ostaju u ovom pregledaču: pokušajte ponovo.`,
};

export default srLatn;
