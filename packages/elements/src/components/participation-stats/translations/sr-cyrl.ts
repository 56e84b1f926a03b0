// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { ParticipationStatsTranslation } from './stats-translation.js';

const srCyrl: ParticipationStatsTranslation = {
  demonstrationNote:
    'Демонстрациони подаци: ови бројеви обухватају поднеске написане да покажу како овај блок функционише. Нико их није послао.',
};

export default srCyrl;
