import type { FeedbackTranslation } from './feedback-translation.js';

const plural = new Intl.PluralRules('sq');
const one = (n: number, singular: string, many: string, written: unknown = n) =>
  `${written} ${plural.select(n) === 'one' ? singular : many}`;

const sq: FeedbackTranslation = {
  lang: 'sq',
  kindHint: {
    request: 'Kërkoni nga institucioni të bëjë diçka ose t’ju japë informacion.',
    feedback: 'Tregojini institucionit çfarë funksionon dhe çfarë jo.',
    proposal: 'Sugjeroni një ide ose një përmirësim.',
    issue_report: 'Raportoni një problem, për shembull një ndriçim rrugor të prishur ose një gropë në rrugë.',
  },
  decisionName: {
    accepted: 'Pranuar',
    partially_accepted: 'Pranuar pjesërisht',
    rejected: 'Nuk është pranuar',
    information_provided: 'Është dhënë informacion',
    referred: 'Përcjellë te një institucion tjetër',
    not_competent: 'Nuk është në kompetencë të këtij institucioni',
  },
  optional: '(opsionale)',
  errorPrefix: 'Gabim',

  statusTitle: 'Statusi i mesazhit tuaj',
  tokenInputLabel: 'Kodi i gjurmimit',
  tokenInputHint: 'Kodi që morët pasi e dërguat mesazhin.',
  check: 'Shfaq statusin',
  statusNotFound:
    'Nuk u gjet asnjë mesazh me këtë kod gjurmimi. Kontrolloni që e keni shkruar saktësisht siç e keni marrë.',
  tokenFormat: 'Shkruani kodin e gjurmimit saktësisht siç e keni marrë (16 ose më shumë shkronja, shifra, - ose _)',
  currentStatus: 'Statusi aktual',
  submittedOn: 'Dërguar më',
  deadline: 'Afati për përgjigje',
  deadlineMet: 'U përgjigj brenda afatit.',
  deadlineMissed: 'Afati ka kaluar pa përgjigje.',
  deadlineOpen: 'Afati ende nuk ka kaluar.',
  historyTitle: 'Historiku',
  responseTitle: 'Përgjigjja zyrtare',
  decision: 'Vendimi',
  appealTitle: 'Nëse nuk pajtoheni',
  noResponseYet: 'Ende nuk ka përgjigje zyrtare.',

  statsTitle: 'Pjesëmarrja e qytetarëve',
  statsEmpty: 'Ende nuk është pranuar asnjë mesazh.',
  total: (count, written) => one(count, 'mesazh i pranuar', 'mesazhe të pranuara', written),
  byKind: 'Sipas llojit',
  byStatus: 'Sipas statusit',
  answeredShare: 'Përgjigjur brenda afatit',
  answeredShareNone: 'Ende nuk i është përgjigjur asnjë mesazhi.',
  medianResponse: 'Koha mesatare (mediana) e përgjigjes',
  medianResponseNone: 'Ende nuk ka mjaftueshëm përgjigje.',
  days: (_count, written) => `${written} ditë`,
  chartSummary: (parts) => `Mesazhet sipas llojit: ${parts}.`,
  columnCount: 'Numri',
  columnKind: 'Lloji',
  columnStatus: 'Statusi',

  subjectService: (id) => `Shërbimi: ${id}`,
  subjectCommitment: (number) => `Zotimi ${number}`,
  locationLabel: 'Vendndodhja',
  nameLabel: 'Emri',
  emailLabel: 'Adresa e emailit',
  phoneLabel: 'Numri i telefonit',
  referenceLabel: 'Numri i referencës',

  rateLimited: (seconds) =>
    seconds === undefined
      ? 'Nga kjo lidhje janë dërguar shumë mesazhe. Ju lutemi prisni disa minuta dhe dërgoni përsëri; teksti juaj ruhet.'
      : `Nga kjo lidhje janë dërguar shumë mesazhe. Ju lutemi prisni ${one(seconds, 'sekondë', 'sekonda')} dhe dërgoni përsëri; teksti juaj ruhet.`,
};

export default sq;
