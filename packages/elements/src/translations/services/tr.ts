import type { ServicesTranslation } from './services-translation.js';
import { sentence } from '../sentence.js';

const STATUS: Record<string, string> = {
  inactive: 'Bu hizmet şu anda sunulmuyor.',
  under_development: 'Bu hizmet hazırlanıyor ve henüz sunulmuyor.',
  withdrawn: 'Bu hizmet kaldırıldı.',
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

const tr: ServicesTranslation = {
  lang: 'tr',
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
