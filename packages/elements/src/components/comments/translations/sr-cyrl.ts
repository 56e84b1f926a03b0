// Generated from sr-latn.ts by scripts/sr-cyrl.ts (the SDK's transliteration): do not edit, run
// `npm run i18n:sr-cyrl` after changing sr-latn.ts. The `sr-cyrl` step of the test command checks it.
import type { CommentsTranslation } from './comments-translation.js';

const srCyrl: CommentsTranslation = {
  demonstrationNote:
    'Демонстрациони подаци: коментари означени „Демонстрација” написани су да покажу како овај блок функционише. Нико их није послао.',
  demonstrationLabel: 'Демонстрација',
  removedByModeration: 'Уклоњено модерацијом',
};

export default srCyrl;
