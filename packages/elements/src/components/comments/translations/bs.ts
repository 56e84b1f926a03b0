import type { CommentsTranslation } from './comments-translation.js';

const bs: CommentsTranslation = {
  demonstrationNote:
    'Demonstracioni podaci: komentari označeni kao „Demonstracija“ napisani su da pokažu kako ovaj blok radi. Niko ih nije poslao.',
  demonstrationLabel: 'Demonstracija',
  removedByModeration: 'Uklonjeno moderacijom',
};

export default bs;
