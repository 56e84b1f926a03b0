import type { CommentsTranslation } from './comments-translation.js';

const tr: CommentsTranslation = {
  demonstrationNote:
    'Tanıtım verisi: “Tanıtım” olarak işaretlenen yorumlar bu bloğun nasıl çalıştığını göstermek için yazıldı. Bunları kimse göndermedi.',
  demonstrationLabel: 'Tanıtım',
  removedByModeration: 'Moderasyon tarafından kaldırıldı',
  commentsEmpty: 'Henüz yayımlanmış yorum yok.',
  commentsNotFound: 'Bu taahhüdün yorumları bulunamadı.',
  commentsCount: (total, written) => `${written ?? total} yayımlanmış yorum`,
  pagination: 'Yorum sayfaları',
  institutionResponse: 'Kurumun yanıtı',
  publishedOn: (date) => `Yayımlanma tarihi: ${date}`,
};

export default tr;
