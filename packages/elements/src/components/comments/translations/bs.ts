import type { CommentsTranslation } from './comments-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const plural = new Intl.PluralRules('bs');
const forms = (n: number, one: string, few: string, other: string, written: unknown = n) => {
  const rule = plural.select(n);
  return `${written} ${rule === 'one' ? one : rule === 'few' ? few : other}`;
};

const bs: CommentsTranslation = {
  ...bosnianSerbian,
  demonstrationNote:
    'Demonstracioni podaci: komentari označeni kao „Demonstracija“ napisani su da pokažu kako ovaj blok radi. Niko ih nije poslao.',
  commentsCount: (total, written) =>
    forms(total, 'objavljen komentar', 'objavljena komentara', 'objavljenih komentara', written),
};

export default bs;
