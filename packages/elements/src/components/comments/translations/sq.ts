import type { CommentsTranslation } from './comments-translation.js';

const plural = new Intl.PluralRules('sq');
/** The count as the page writes it (`written`), then the noun in the number's form. */
const count = (n: number, written: string | undefined, singular: string, many: string) =>
  `${written ?? n} ${plural.select(n) === 'one' ? singular : many}`;

const sq: CommentsTranslation = {
  demonstrationNote:
    'Të dhëna demonstruese: komentet e shënuara “Demonstrim” janë shkruar për të treguar si funksionon ky bllok. Askush nuk i ka dërguar.',
  demonstrationLabel: 'Demonstrim',
  removedByModeration: 'U hoq nga moderimi',
  commentsEmpty: 'Ende nuk është publikuar asnjë koment.',
  commentsNotFound: 'Komentet për këtë zotim nuk u gjetën.',
  commentsCount: (total, written) => count(total, written, 'koment i publikuar', 'komente të publikuara'),
  pagination: 'Faqet e komenteve',
  institutionResponse: 'Përgjigjja e institucionit',
  publishedOn: (date) => `Publikuar më ${date}`,
};

export default sq;
