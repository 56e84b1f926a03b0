// The app's own words in the three languages the blocks speak. The blocks translate themselves;
// this is only the page around them.
export const LANGUAGES = ['sq', 'sr-Latn', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const LANGUAGE_NAMES: Record<Lang, string> = { sq: 'Shqip', 'sr-Latn': 'Srpski', en: 'English' };

export interface AppText {
  title: string;
  siteName: string;
  skip: string;
  language: string;
  note: string;
  services: string;
  featured: string;
  report: string;
  reportOther: string;
  /** Shown when the form was opened from a commitment of the plan. */
  aboutCommitment: (commitment: string) => string;
  /** Heading of the references the app collected from `hapur-submitted` events. */
  sent: string;
  respondBy: (date: string) => string;
  plan: string;
  footer: string;
}

export const TEXT: Record<Lang, AppText> = {
  sq: {
    title: 'Komuna Shembull · Shërbimet dhe pjesëmarrja',
    siteName: 'Komuna Shembull',
    skip: 'Kalo te përmbajtja',
    language: 'Gjuha',
    note: 'Ky është një aplikacion shembull në Vue: „Komuna Shembull“ është e trilluar. Mesazhet shkojnë te serveri demonstrues.',
    services: 'Shërbimet e komunës',
    featured: 'Më i kërkuari',
    report: 'Raportoni një problem ose na shkruani',
    reportOther: 'Shkruani për diçka tjetër',
    aboutCommitment: (n) => `Mesazhi juaj do t’i bashkëngjitet zotimit ${n} të planit.`,
    sent: 'Mesazhet e dërguara gjatë kësaj vizite',
    respondBy: (date) => `Përgjigjja pritet deri më ${date}.`,
    plan: 'Plani i qeverisjes së hapur',
    footer: 'Shërbimet, formulari dhe plani vijnë nga Hapur (API: /api/v1).',
  },
  'sr-Latn': {
    title: 'Opština Primer · Usluge i učešće',
    siteName: 'Opština Primer',
    skip: 'Preskoči na sadržaj',
    language: 'Jezik',
    note: 'Ovo je primer aplikacije u Vue-u: „Opština Primer” je izmišljena. Poruke idu na demonstracioni server.',
    services: 'Usluge opštine',
    featured: 'Najtraženija',
    report: 'Prijavite problem ili nam pišite',
    reportOther: 'Pišite o nečemu drugom',
    aboutCommitment: (n) => `Vaša poruka biće priložena obavezi ${n} plana.`,
    sent: 'Poruke poslate tokom ove posete',
    respondBy: (date) => `Odgovor se očekuje do ${date}.`,
    plan: 'Plan otvorene uprave',
    footer: 'Usluge, obrazac i plan dolaze iz Hapur-a (API: /api/v1).',
  },
  en: {
    title: 'Example Municipality · Services and participation',
    siteName: 'Example Municipality',
    skip: 'Skip to content',
    language: 'Language',
    note: 'This is an example app built with Vue: “Example Municipality” is fictional. Messages go to the demonstration server.',
    services: 'Municipal services',
    featured: 'Most requested',
    report: 'Report an issue or write to us',
    reportOther: 'Write about something else',
    aboutCommitment: (n) => `Your message will be attached to commitment ${n} of the plan.`,
    sent: 'Messages sent during this visit',
    respondBy: (date) => `An answer is due by ${date}.`,
    plan: 'Open government plan',
    footer: 'Services, the form and the plan come from Hapur (API: /api/v1).',
  },
};

/** The language saved by the switch, else Albanian (as on the municipality's other pages). */
export function initialLang(): Lang {
  const saved = localStorage.getItem('site-lang');
  return LANGUAGES.find((lang) => lang === saved) ?? 'sq';
}
