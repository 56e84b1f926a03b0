import type { CommentsTranslation } from './comments-translation.js';

const plural = new Intl.PluralRules('sr-Latn');
const forms = (n: number, one: string, few: string, other: string) => {
  const rule = plural.select(n);
  return `${n} ${rule === 'one' ? one : rule === 'few' ? few : other}`;
};

const srLatn: CommentsTranslation = {
  demonstrationNote:
    'Demonstracioni podaci: komentari označeni „Demonstracija” napisani su da pokažu kako ovaj blok funkcioniše. Niko ih nije poslao.',
  demonstrationLabel: 'Demonstracija',
  removedByModeration: 'Uklonjeno moderacijom',
  commentsEmpty: 'Još nije objavljen nijedan komentar.',
  commentsNotFound: 'Komentari za ovu obavezu nisu pronađeni.',
  commentsCount: (total) => forms(total, 'objavljen komentar', 'objavljena komentara', 'objavljenih komentara'),
  pagination: 'Stranice komentara',
  institutionResponse: 'Odgovor institucije',
  publishedOn: (date) => `Objavljeno ${date}`,
};

export default srLatn;
