import type { ProgressTranslation } from './progress-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  scopeLead: (institution) => `Ključni koraci koje vodi ${institution}.`,
  emptyMilestones: 'Vaša institucija ne vodi nijedan ključni korak ovog plana.',
  commitmentLabel: (number) => `Obaveza ${number}`,
  milestoneLabel: (number) => `Ključni korak ${number}`,
  dueLabel: 'Rok',
  percentDone: (percent) => `${percent}% urađeno`,
  backToList: 'Nazad na ključne korake',
  discardDraft: 'Odbaci nacrt',
  completionLabel: 'Nivo završenosti',
  percentLabel: 'Napredak (procenat)',
  narrativeTitle: 'Šta se desilo',
  narrativeLabel: (language) => `Šta se desilo, na jeziku: ${language}`,
  missingLanguages: (languages) => `Nije napisano na: ${languages}.`,
  evidenceTitle: 'Dokazi',
  linkTitleLabel: (n) => `Naslov linka ${n}`,
  linkUrlLabel: (n) => `Adresa linka ${n}`,
  linkUrlHint: 'Počinje sa https://',
  addLink: 'Dodaj link',
  removeLink: (n) => `Ukloni link ${n}`,
  errNarrative: (language) => `Napišite šta se desilo na jeziku ${language} ili uklonite oznaku`,
  errLinkTitle: (n) => `Unesite naslov linka ${n}`,
  historyBy: (who, when) => `${who}, ${when}`,
  historyImported: (when) => `Uvezeni podaci, ${when}`,
  changeName: {
    completion: 'nivo završenosti',
    progressPercent: 'napredak',
    narrative: 'šta se desilo',
    challenges: 'izazovi',
    evidence: 'dokazi',
  },
} satisfies {
  readonly [K in keyof ProgressTranslation]?: ProgressTranslation[K] extends string | ((...args: never[]) => unknown)
    ? ProgressTranslation[K]
    : Partial<ProgressTranslation[K]>;
};

export default bosnianSerbian;
