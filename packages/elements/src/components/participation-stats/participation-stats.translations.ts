import type { UiLanguage } from '@hapur/sdk';

/** Strings only `<hapur-participation-stats>` uses, beside the shared feedback catalogue. @internal */
export interface ParticipationStatsTranslation {
  /** Shown above the numbers when they count demonstration submissions. */
  readonly demonstrationNote: string;
}

const CATALOGUES: Record<UiLanguage, ParticipationStatsTranslation> = {
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
};

/** @internal */
export function participationStatsText(lang: UiLanguage): ParticipationStatsTranslation {
  return CATALOGUES[lang];
}
