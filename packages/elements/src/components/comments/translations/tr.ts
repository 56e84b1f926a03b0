import type { CommentsTranslation } from './comments-translation.js';

const tr: CommentsTranslation = {
  demonstrationNote:
    'Tanıtım verisi: “Tanıtım” olarak işaretlenen yorumlar bu bloğun nasıl çalıştığını göstermek için yazıldı. Bunları kimse göndermedi.',
  demonstrationLabel: 'Tanıtım',
  removedByModeration: 'Moderasyon tarafından kaldırıldı',
};

export default tr;
