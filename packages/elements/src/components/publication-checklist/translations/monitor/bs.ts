import type { ChecklistMonitorTranslation } from './monitor-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const plural = new Intl.PluralRules('bs');
const checks = (n: number) => `${n} ${plural.select(n) === 'few' ? 'provjere' : 'provjera'}`;

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker). */
const bs: ChecklistMonitorTranslation = {
  ...bosnianSerbian,
  monitorHeading: (period) => `Obrazac za praćenje za ${period}`,
  monitorIntro:
    'Zabilježite svaki zahtjev za tromjesečje. Ono što upišete čuva se u ovom pregledniku dok se provjere ne sačuvaju.',
  progress: (recorded, total) => `Zabilježeno ${recorded} od ${total}`,
  requirementOf: (n, total) => `Zahtjev ${n} od ${total}`,
  stepListLabel: 'Zahtjevi u ovom obrascu',
  recorded: 'zabilježeno',
  notRecorded: 'nije zabilježeno',
  unsaved: 'još nije poslano',
  choose: 'Odaberite…',
  fieldUrl: 'Link na objavljeni dokument',
  fieldUrlHint: 'Puna adresa, koja počinje sa https://',
  fieldLanguageUrl: (language) => `Link na verziju na jeziku: ${language}`,
  fieldCorrectiveHint: 'Obavezno kada kriterij nije potpuno ispunjen.',
  previous: 'Prethodni zahtjev',
  next: 'Sljedeći zahtjev',
  submit: 'Pošalji provjere za tromjesečje',
  draftSaved: (time) => `Nacrt je sačuvan u ovom pregledniku u ${time}.`,
  draftRestored: 'Vraćen je vaš nacrt iz ovog preglednika.',
  submitted: (count) => `Sačuvano: ${checks(count)}. Javna lista ih sada prikazuje.`,
  errChoose: (label) => `Odaberite odgovor za „${label}“`,
  errUrlRequired: 'Unesite link na objavljeni dokument',
  errUrl: 'Unesite link kao punu adresu, na primjer https://example.org/dokument',
  errCorrective: 'Opišite korektivnu mjeru, jer kriterij nije potpuno ispunjen',
  errResponsible: 'Navedite jedinicu odgovornu za korektivnu mjeru',
  errNothing: 'Prije slanja zabilježite barem jedan zahtjev',
  nothingNew: (recorded, total) =>
    `Nema ničeg novog za slanje: već je zabilježeno ${recorded} od ${total} zahtjeva. Promijenite unos da biste ga ponovo zabilježili.`,
  errorForbidden: (institution) =>
    `Vaš token ne smije bilježiti provjere za ${institution}. Koristite token izdat ovoj instituciji. Vaši unosi se čuvaju u ovom pregledniku.`,
  errorUnauthorized:
    'Vaš token nije prihvaćen (možda je istekao). Zalijepite novi token; vaši unosi se čuvaju u ovom pregledniku.',
  errorNoToken: 'Za obrazac za praćenje potreban je token za osoblje.',
  errorRateLimited: (wait) => `S ove veze je poslano previše izmjena. Sačekajte ${wait} i pokušajte ponovo.`,
  errorSaveFailed: (reason) => `Provjere nije bilo moguće sačuvati: ${reason} Vaši unosi se čuvaju u ovom pregledniku.`,
  partlySaved: (saved, failed) =>
    `Sačuvano: ${checks(saved)}; nije sačuvano: ${checks(failed)}. One se čuvaju u ovom pregledniku: pokušajte ponovo.`,
};

export default bs;
