import type { ParticipationStatsTranslation } from './stats-translation.js';

const tr: ParticipationStatsTranslation = {
  demonstrationNote:
    'Tanıtım verisi: bu sayılar, bu bloğun nasıl çalıştığını göstermek için yazılmış başvuruları içeriyor. Bunları kimse göndermedi.',
};

export default tr;
