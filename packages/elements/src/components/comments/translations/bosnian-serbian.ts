import type { CommentsTranslation } from './comments-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  demonstrationLabel: 'Demonstracija',
  removedByModeration: 'Uklonjeno moderacijom',
  commentsEmpty: 'Još nije objavljen nijedan komentar.',
  commentsNotFound: 'Komentari za ovu obavezu nisu pronađeni.',
  pagination: 'Stranice komentara',
  institutionResponse: 'Odgovor institucije',
  publishedOn: (date) => `Objavljeno ${date}`,
} satisfies Partial<CommentsTranslation>;

export default bosnianSerbian;
