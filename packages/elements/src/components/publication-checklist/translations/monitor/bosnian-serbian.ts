import type { ChecklistMonitorTranslation } from './monitor-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  fieldLanguage: (language) => `Dostupno na jeziku: ${language}`,
  saveDraft: 'Sačuvaj nacrt',
  discardDraft: 'Odbaci nacrt',
  submitting: 'Slanje…',
  errorSummaryTitle: 'Postoji problem',
  errorPrefix: 'Greška:',
  serverRefused: 'Server ih je odbio.',
  errTooLong: (max) => `Koristite najviše ${max} znakova`,
} satisfies Partial<ChecklistMonitorTranslation>;

export default bosnianSerbian;
