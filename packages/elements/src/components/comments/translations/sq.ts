import type { CommentsTranslation } from './comments-translation.js';

const sq: CommentsTranslation = {
  demonstrationNote:
    'Të dhëna demonstruese: komentet e shënuara “Demonstrim” janë shkruar për të treguar si funksionon ky bllok. Askush nuk i ka dërguar.',
  demonstrationLabel: 'Demonstrim',
  removedByModeration: 'U hoq nga moderimi',
};

export default sq;
