import type { Translation } from './translation.js';

const UNITS: Record<string, string> = {
  year: 'yıl',
  month: 'ay',
  week: 'hafta',
  day: 'gün',
  hour: 'saat',
  minute: 'dakika',
};

/** Turkish (awaiting review by a native speaker, docs/languages.md). Turkish nouns after a number stay singular. */
const tr: Translation = {
  lang: 'tr',
  decimalSeparator: ',',
  durationUnit: (unit, count) => `${count} ${UNITS[unit] ?? unit}`,
  languageNames: { 'sr-Latn': 'Sırpça' },
  loading: 'Yükleniyor…',
  retry: 'Tekrar deneyin',
  errorTitle: 'Bu bilgi gösterilemedi',
  errorNotFound: 'Bulunamadı. Kaldırılmış ya da adresi değişmiş olabilir.',
  errorNetwork: 'Bağlantı kurulamadı. İnternete bağlı olduğunuzu kontrol edip tekrar deneyin.',
  errorTimeout: 'Sunucu çok geç yanıt verdi. Lütfen tekrar deneyin.',
  errorInvalidData: 'Veriler beklenen biçimde olmadığı için şu anda kullanılamıyor.',
  errorServer: 'Sunucuda bir sorun oluştu. Lütfen daha sonra tekrar deneyin.',
  errorUnknown: 'Bu bilgi yüklenirken bir sorun oluştu.',
  errorNoSource: 'Bu blok için bir veri kaynağı ayarlanmamış.',
  errorReference: 'Destek için referans:',
  shownInOriginal: (languageName) => `Özgün dilinde gösteriliyor (${languageName}).`,
  machineTranslation: 'Makine çevirisi',
  transliteration: 'Otomatik harf çevirisi',
};

export default tr;
