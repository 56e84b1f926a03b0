// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { CommentsTranslation } from './comments-translation.js';

const plural = new Intl.PluralRules('sr-Latn');
const forms = (n: number, one: string, few: string, other: string, written: unknown = n) => {
  const rule = plural.select(n);
  return `${written} ${rule === 'one' ? one : rule === 'few' ? few : other}`;
};

const srCyrl: CommentsTranslation = {
  demonstrationNote:
    'Демонстрациони подаци: коментари означени „Демонстрација” написани су да покажу како овај блок функционише. Нико их није послао.',
  demonstrationLabel: 'Демонстрација',
  removedByModeration: 'Уклоњено модерацијом',
  commentsEmpty: 'Још није објављен ниједан коментар.',
  commentsNotFound: 'Коментари за ову обавезу нису пронађени.',
  commentsCount: (total, written) =>
    forms(total, 'објављен коментар', 'објављена коментара', 'објављених коментара', written),
  pagination: 'Странице коментара',
  institutionResponse: 'Одговор институције',
  publishedOn: (date) => `Објављено ${date}`,
};

export default srCyrl;
