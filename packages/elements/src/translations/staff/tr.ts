import { sentence } from '../sentence.js';
import type { StaffTranslation } from './staff-translation.js';

const tr: StaffTranslation = {
  lang: 'tr',
  signInTitle: 'Personel girişi',
  signInIntro: 'Yöneticinizin size verdiği personel anahtarını yapıştırın.',
  tokenLabel: 'Personel anahtarı',
  tokenHint:
    'Bu sayfanın belleğinde tutulur ve yalnızca bu sitenin API’sine gönderilir. Sayfayı yenilediğinizde oturumunuz kapanır.',
  rememberLabel: 'Bu sekmede hatırla',
  rememberHint:
    'Bu sekmeyi kapatana kadar sayfayı yenilediğinizde oturumunuz açık kalır. Ortak kullanılan bir bilgisayarda işaretlemeyin.',
  signIn: 'Giriş yap',
  signOut: 'Çıkış yap',
  errorSummaryTitle: 'Bir sorun var',
  errorPrefix: 'Hata',
  tokenMissing: 'Personel anahtarınızı girin',
  noticeExpired: 'Personel anahtarınızın süresi doldu. Yöneticinizden yenisini isteyip tekrar giriş yapın.',
  noticeRevoked: 'Personel anahtarınız iptal edildi. Yöneticinizden yenisini isteyip tekrar giriş yapın.',
  noticeUnauthorized: 'Bu personel anahtarı kabul edilmedi. Tamamını yapıştırdığınızı kontrol edip tekrar giriş yapın.',
  noticeSignedOut: 'Oturumunuz kapatıldı. Anahtar bu sekmeden silindi.',
  signedInAs: (name, institution, until) =>
    until
      ? sentence(`${name} (${institution}) olarak giriş yapıldı, ${until} tarihine kadar`)
      : `${name} (${institution}) olarak giriş yapıldı.`,
  forbidden: 'Anahtarınız bu öğe için buna izin vermiyor: öğe başka bir kuruma ait.',
  notAccepted: 'Sunucu bu isteği kabul etmedi.',
  rateLimited: (wait) => `Bu bağlantıdan çok fazla değişiklik gönderildi. ${wait} bekleyip yeniden deneyin.`,
};

export default tr;
