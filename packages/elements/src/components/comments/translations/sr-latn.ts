import type { CommentsTranslation } from './comments-translation.js';

const srLatn: CommentsTranslation = {
  demonstrationNote:
    'Demonstracioni podaci: komentari označeni „Demonstracija” napisani su da pokažu kako ovaj blok funkcioniše. Niko ih nije poslao.',
  demonstrationLabel: 'Demonstracija',
  removedByModeration: 'Uklonjeno moderacijom',
};

export default srLatn;
