import type { ChecklistTranslation } from './checklist-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  criterion: {
    published: 'Objavljeno',
    complete: 'Potpuno',
    upToDate: 'Ažurno',
    accessible: 'Pristupačan format',
  },
  category: {
    institutional: 'Institucija',
    organisational: 'Organizacija',
    legal_framework: 'Pravni okvir',
    rti_procedures: 'Postupci pristupa informacijama',
    officials_salaries: 'Službenici i plate',
    audit_and_monitoring: 'Revizija i praćenje',
    budget: 'Budžet',
    procurement: 'Javne nabavke',
    services: 'Usluge',
    consultation: 'Javne konsultacije',
    decisions_and_acts: 'Odluke i akti',
    subsidies: 'Subvencije i grantovi',
    registers: 'Registri',
    records_system: 'Sistem vođenja evidencije',
    frequently_requested: 'Često tražene informacije',
    other: 'Ostalo',
  },
  frequency: {
    continuous: 'Stalno',
    on_adoption: 'Po usvajanju',
    annual: 'Godišnje',
  },
  percent: (share, format) => (share === null ? '—' : format(share)),
  heading: (institution, period) => `Proaktivno objavljivanje: ${institution}, ${period}`,
  downloadCsv: 'Preuzmi CSV',
  downloadJson: 'Preuzmi JSON',
  colLanguage: (language) => `Na jeziku: ${language}`,
  legalBasis: 'Pravni osnov',
  frequencyLabel: 'Učestalost',
  maxDelay: (duration) => `u roku od ${duration}`,
  openDocument: 'Otvori dokument',
  notes: 'Napomene monitora',
  responsibleUnit: 'Odgovorna jedinica',
  colLanguageName: 'Jezik',
  colMet: 'Ispunjeno',
  colNotMet: 'Nije ispunjeno',
  changeImproved: 'Poboljšano',
  changeWorsened: 'Pogoršano',
} satisfies {
  readonly [K in keyof ChecklistTranslation]?: ChecklistTranslation[K] extends string | ((...args: never[]) => unknown)
    ? ChecklistTranslation[K]
    : Partial<ChecklistTranslation[K]>;
};

export default bosnianSerbian;
