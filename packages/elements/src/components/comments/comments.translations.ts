import { defineCatalogue } from '../../internal/catalogue.js';
import { feedbackStrings } from '../../translations/feedback/index.js';

/** Strings only `<hapur-comments>` uses, beside the shared feedback catalogue. @internal */
export interface CommentsTranslation {
  /** Shown above the list when any comment on the page is a demonstration submission. */
  readonly demonstrationNote: string;
  /** Marks each demonstration comment. */
  readonly demonstrationLabel: string;
  /** Before the moderator's public reason, in the place of a comment taken off: "Removed by moderation: …". */
  readonly removedByModeration: string;
}

/** Bundled with the block: three short strings per language. @internal */
export const commentsStrings = defineCatalogue<CommentsTranslation>('comments', {
  sq: {
    demonstrationNote:
      'Të dhëna demonstruese: komentet e shënuara “Demonstrim” janë shkruar për të treguar si funksionon ky bllok. Askush nuk i ka dërguar.',
    demonstrationLabel: 'Demonstrim',
    removedByModeration: 'U hoq nga moderimi',
  },
  'sr-Latn': {
    demonstrationNote:
      'Demonstracioni podaci: komentari označeni „Demonstracija” napisani su da pokažu kako ovaj blok funkcioniše. Niko ih nije poslao.',
    demonstrationLabel: 'Demonstracija',
    removedByModeration: 'Uklonjeno moderacijom',
  },
  en: {
    demonstrationNote:
      'Demonstration data: comments marked “Demonstration” were written to show how this block works. No one sent them.',
    demonstrationLabel: 'Demonstration',
    removedByModeration: 'Removed by moderation',
  },
});

/** The catalogues `<hapur-comments>` renders with besides the shared strings. @internal */
export const catalogues = [feedbackStrings, commentsStrings];
