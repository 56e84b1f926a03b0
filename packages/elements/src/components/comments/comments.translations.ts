import type { UiLanguage } from '@hapur/sdk';

/** Strings only `<hapur-comments>` uses, beside the shared feedback catalogue. @internal */
export interface CommentsTranslation {
  /** Shown above the list when any comment on the page is a demonstration submission. */
  readonly demonstrationNote: string;
  /** Marks each demonstration comment. */
  readonly demonstrationLabel: string;
}

const CATALOGUES: Record<UiLanguage, CommentsTranslation> = {
  sq: {
    demonstrationNote:
      'Të dhëna demonstruese: komentet e shënuara “Demonstrim” janë shkruar për të treguar si funksionon ky bllok. Askush nuk i ka dërguar.',
    demonstrationLabel: 'Demonstrim',
  },
  'sr-Latn': {
    demonstrationNote:
      'Demonstracioni podaci: komentari označeni „Demonstracija” napisani su da pokažu kako ovaj blok funkcioniše. Niko ih nije poslao.',
    demonstrationLabel: 'Demonstracija',
  },
  en: {
    demonstrationNote:
      'Demonstration data: comments marked “Demonstration” were written to show how this block works. No one sent them.',
    demonstrationLabel: 'Demonstration',
  },
};

/** @internal */
export function commentsText(lang: UiLanguage): CommentsTranslation {
  return CATALOGUES[lang];
}
