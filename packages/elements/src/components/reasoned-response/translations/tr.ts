import type { ReasonedResponseTranslation } from './response-translation.js';

/** Turkish (awaiting review by a native speaker); loaded with `registerTranslation` (docs/languages.md). */
const tr: ReasonedResponseTranslation = {
  title: 'Ne duyduk, ne yaptık',
  statusName: {
    adopted: 'Kabul edildi',
    partly_adopted: 'Kısmen kabul edildi',
    not_adopted: 'Kabul edilmedi',
    under_consideration: 'Değerlendiriliyor',
  },
  countsLabel: 'Yanıtlar',
  total: (_n, written) => `${written} katkı`,
  filter: 'Göster',
  allResponses: 'Tüm yanıtlar',
  from: 'Gönderen',
  participantsOf: (where) => `Katılımcılar: ${where}`,
  participants: 'Katılımcılar',
  aParticipant: 'Bir katılımcı',
  proposedAt: 'Önerildiği yer',
  response: 'Yanıt',
  reason: 'Gerekçe',
  takenInto: 'Dahil edildiği yer',
  commitment: (n) => `Taahhüt ${n}`,
  milestone: (n) => `aşama ${n}`,
  answeredBy: (who, date) => `Yanıtlayan: ${who}, ${date}`,
  download: 'İndir',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  csvColumns: [
    'No.',
    'Katkı',
    'Gönderen',
    'Önerildiği yer',
    'Yanıt',
    'Gerekçe',
    'Dahil edildiği yer',
    'Yanıtlayan',
    'Yanıt tarihi',
  ],
  empty: 'Henüz kaydedilmiş katkı yok.',
  noneWithResponse: 'Bu yanıtı alan katkı yok.',
  shown: (shown, total) => `${total} katkıdan ${shown} tanesi gösteriliyor`,
};

export default tr;
