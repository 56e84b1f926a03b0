import type { Translation } from './translation.js';
import { sentence } from './sentence.js';

const STATUS: Record<string, string> = {
  inactive: 'Bu hizmet şu anda sunulmuyor.',
  under_development: 'Bu hizmet hazırlanıyor ve henüz sunulmuyor.',
  withdrawn: 'Bu hizmet kaldırıldı.',
};

const UNITS: Record<string, string> = {
  year: 'yıl',
  month: 'ay',
  week: 'hafta',
  day: 'gün',
  hour: 'saat',
  minute: 'dakika',
};

const CHANNELS: Record<string, string> = {
  online: 'Çevrimiçi',
  e_kosova: 'e-Kosova portalı',
  e_albania: 'e-Albania portalı',
  in_person: 'Şahsen',
  phone: 'Telefonla',
  email: 'E-postayla',
  post: 'Postayla',
  mobile_app: 'Mobil uygulama',
  sms: 'SMS ile',
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
  errorNotFound: 'Hizmet bulunamadı. Kaldırılmış ya da adresi değişmiş olabilir.',
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
  serviceEmpty: 'Bu hizmet hakkında henüz bilgi yayımlanmadı.',
  exampleNotice: 'Tanıtım amaçlı örnek — resmî bilgi değildir.',
  sectionAtAGlance: 'Kısaca',
  sectionDescription: 'Bu hizmet hakkında',
  sectionEligibility: 'Kimler başvurabilir',
  sectionSteps: 'Nasıl başvurulur',
  sectionDocuments: 'Gerekli belgeler',
  sectionFees: 'Ücretler',
  sectionChannels: 'Nereye başvurulur',
  sectionAuthority: 'Sorumlu kurum',
  sectionComplaint: 'Şikâyet ve itiraz',
  sectionLegalBasis: 'Yasal dayanak',
  processingTime: 'İşlem süresi',
  legalDeadline: 'Yasal süre',
  free: 'Ücretsiz',
  applyOnline: 'Çevrimiçi başvurun',
  openingHours: 'Çalışma saatleri',
  address: 'Adres',
  phone: 'Telefon',
  email: 'E-posta',
  website: 'İnternet sitesi',
  lastReviewed: (date) => sentence(`Bilgilerin son gözden geçirildiği tarih: ${date}`),
  serviceDetails: 'Ayrıntılar',
  channelType: (type) => CHANNELS[type] ?? CHANNELS['online'] ?? type,
  originalRequired: 'Aslını getirin.',
  complaintTo: 'Şikâyetinizi şuraya iletin:',
  complaintWithin: (duration) => `Süre sınırı: ${duration}.`,
  moreInformation: 'Daha fazla bilgi',
  serviceStatus: (status) => STATUS[status],
  listSearchLabel: 'Hizmetlerde ara',
  listSearchHint: 'Bir hizmetin adının ya da açıklamasının bir kısmını yazın.',
  listResultCount: (count) => `${count} hizmet`,
  listEmpty: 'Bu kurum henüz hiçbir hizmet yayımlamadı.',
  listNoMatches: (query) => `“${query}” ile eşleşen hizmet yok.`,
};

export default tr;
