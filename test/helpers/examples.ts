// The example pages the demo serves under /examples/ (the index links each one), and the UI languages.
export const LANGUAGES = ['sq', 'sr-Latn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const EXAMPLE_PAGES = [
  '',
  'municipality/',
  'municipality/contact.html',
  'municipality/staff.html',
  'ministry/',
  'ministry/checklist.html',
  'ministry/cocreation.html',
  'ministry/staff.html',
  'static/',
  'csp-strict/',
  'react/',
  'vue/',
] as const;
export type ExamplePage = (typeof EXAMPLE_PAGES)[number];
