import type { ChecklistMonitorTranslation } from './monitor-translation.js';

const checks = (n: number) => `${n} ${n === 1 ? 'kontroll' : 'kontrolle'}`;

const sq: ChecklistMonitorTranslation = {
  monitorHeading: (period) => `Shablloni i monitorimit për ${period}`,
  monitorIntro:
    'Regjistroni secilën kërkesë për tremujorin. Çfarë shkruani ruhet në këtë shfletues derisa kontrollet të ruhen.',
  progress: (recorded, total) => `${recorded} nga ${total} të regjistruara`,
  requirementOf: (n, total) => `Kërkesa ${n} nga ${total}`,
  stepListLabel: 'Kërkesat në këtë shabllon',
  recorded: 'e regjistruar',
  notRecorded: 'e paregjistruar',
  unsaved: 'ende e padërguar',
  choose: 'Zgjidhni…',
  fieldUrl: 'Lidhja te dokumenti i publikuar',
  fieldUrlHint: 'Adresa e plotë, që fillon me https://',
  fieldLanguage: (language) => `E disponueshme në ${language}`,
  fieldLanguageUrl: (language) => `Lidhja te versioni në ${language}`,
  fieldCorrectiveHint: 'E detyrueshme kur një kriter nuk plotësohet plotësisht.',
  previous: 'Kërkesa e mëparshme',
  next: 'Kërkesa e radhës',
  saveDraft: 'Ruaj draftin',
  discardDraft: 'Hidh draftin',
  submit: 'Dërgo kontrollet e tremujorit',
  submitting: 'Duke u dërguar…',
  draftSaved: (time) => `Drafti u ruajt në këtë shfletues në orën ${time}.`,
  draftRestored: 'Drafti juaj nga ky shfletues u rikthye.',
  submitted: (count) => `U ruajtën ${checks(count)}. Lista publike tani i shfaq.`,
  errorSummaryTitle: 'Ka një problem',
  errorPrefix: 'Gabim:',
  errChoose: (label) => `Zgjidhni një përgjigje për “${label}”`,
  errUrlRequired: 'Shkruani lidhjen te dokumenti i publikuar',
  errUrl: 'Shkruani lidhjen si adresë të plotë, p.sh. https://example.org/dokumenti',
  errCorrective: 'Përshkruani veprimin korrigjues, sepse një kriter nuk plotësohet plotësisht',
  errResponsible: 'Shkruani njësinë përgjegjëse për veprimin korrigjues',
  errTooLong: (max) => `Përdorni ${max} shenja ose më pak`,
  errNothing: 'Regjistroni të paktën një kërkesë para se të dërgoni',
  nothingNew: (recorded, total) =>
    `Asgjë e re për të dërguar: ${recorded} nga ${total} kërkesa janë regjistruar tashmë. Ndryshoni një hyrje për ta regjistruar përsëri.`,
  errorForbidden: (institution) =>
    `Tokeni juaj nuk lejon regjistrimin e kontrolleve për ${institution}. Përdorni një token të lëshuar për këtë institucion. Të dhënat tuaja mbeten në këtë shfletues.`,
  errorUnauthorized:
    'Tokeni juaj nuk u pranua (mund të ketë skaduar). Vendosni një token të ri; të dhënat tuaja mbeten në këtë shfletues.',
  errorNoToken: 'Shablloni i monitorimit kërkon një token stafi.',
  errorRateLimited: (wait) => `Nga kjo lidhje janë dërguar shumë ndryshime. Prisni ${wait} dhe provoni përsëri.`,
  errorSaveFailed: (reason) => `Kontrollet nuk u ruajtën: ${reason} Të dhënat tuaja mbeten në këtë shfletues.`,
  serverRefused: 'Serveri i refuzoi.',
  partlySaved: (saved, failed) =>
    `U ruajtën ${checks(saved)}; ${checks(failed)} nuk u ruajtën. Ato mbeten në këtë shfletues: provoni përsëri.`,
};

export default sq;
