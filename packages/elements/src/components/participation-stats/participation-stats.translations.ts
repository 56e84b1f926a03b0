import { defineCatalogue } from '../../internal/catalogue.js';
import { feedbackStrings } from '../../translations/feedback/index.js';

/** Strings only `<hapur-participation-stats>` uses, beside the shared feedback catalogue. @internal */
export interface ParticipationStatsTranslation {
  /** Shown above the numbers when they count demonstration submissions. */
  readonly demonstrationNote: string;
}

/** Bundled with the block: one short string per language. @internal */
export const statsStrings = defineCatalogue<ParticipationStatsTranslation>('participation-stats', {
  sq: {
    demonstrationNote:
      'Të dhëna demonstruese: këta numra përfshijnë parashtresa të shkruara për të treguar si funksionon ky bllok. Askush nuk i ka dërguar.',
  },
  'sr-Latn': {
    demonstrationNote:
      'Demonstracioni podaci: ovi brojevi obuhvataju podneske napisane da pokažu kako ovaj blok funkcioniše. Niko ih nije poslao.',
  },
  en: {
    demonstrationNote:
      'Demonstration data: these numbers include submissions written to show how this block works. No one sent them.',
  },
});

/** The catalogues `<hapur-participation-stats>` renders with besides the shared strings. @internal */
export const catalogues = [feedbackStrings, statsStrings];
