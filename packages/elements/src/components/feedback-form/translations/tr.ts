import type { FeedbackFormTranslation } from './form-translation.js';
import { sentence } from '../../../translations/sentence.js';

/** Turkish (awaiting review by a native speaker): a noun after a number stays singular, so no plural forms. */
const tr: FeedbackFormTranslation = {
  formTitle: 'Kurumla iletişime geçin',
  formIntro:
    'Adınızı vermek zorunda değilsiniz. Sizinle iletişime geçilmesini seçmediğiniz sürece mesajınız anonim olarak gönderilir.',
  kindLegend: 'Ne göndermek istiyorsunuz?',
  subjectLabel: 'Konusu nedir?',
  subjectHint: 'Örneğin bir hizmetin, bir sokağın adı ya da bir konu.',
  subjectChoose: 'Bir konu seçin',
  subjectAbout: 'Konu',
  guidingTitle: 'Yorumunuza yol gösterecek sorular',
  guidingIntro: 'Kurum bu taahhüt taslağı hakkında yorum istiyor. Bu sorulardan istediğinizi yanıtlayabilirsiniz:',
  messageLabel: 'Mesajınız',
  messageHint: (max) => `En az 10, en fazla ${max} karakter. Başka kişilere ait kişisel bilgileri yazmayın.`,
  locationHint: 'Önemliyse bir adres ya da yerin tarifi.',
  contactChoice: 'Kurumun bu konuda benimle iletişime geçmesini istiyorum',
  contactChoiceHint: 'Anonim kalmak için bunu işaretlemeyin. Mesajınızı takip koduyla yine de izleyebilirsiniz.',
  contactLegend: 'Sizinle nasıl iletişime geçebiliriz?',
  contactNeeded: 'Bir e-posta adresi ya da telefon numarası girin veya iletişim seçeneğinin işaretini kaldırın',
  consentLabel:
    'Kurumun bu mesajla ilgili bana yanıt vermek için bu iletişim bilgilerini kullanabileceğini kabul ediyorum.',
  privacyNotice:
    'İletişim bilgilerinizi yalnızca mesajınızla ilgilenen personel görür ve bunlar hiçbir zaman yayımlanmaz.',
  privacyLink: 'Gizlilik politikasının tamamını okuyun',
  honeypotLabel: 'Bu alanı boş bırakın',
  submit: 'Gönder',
  submitting: 'Gönderiliyor…',
  errorSummaryTitle: 'Bir sorun var',
  queuedTitle: 'Mesajınız kaydedildi ve gönderilecek',
  queuedText:
    'Mesajınız şu anda gönderilemedi. Bu cihazda saklanıyor ve mümkün olan en kısa sürede otomatik olarak gönderilecek. Bu sayfayı açık tutun ya da daha sonra geri dönün.',
  queuedAnother: 'Aşağıya başka bir mesaj yazabilirsiniz.',
  queuedDelivered: 'Kaydedilen mesajınız şimdi gönderildi.',
  successTitle: 'Mesajınız gönderildi',
  successText: 'Takip kodunu saklayın: kim olduğunuzu sormadığımız için mesajınızı izlemenin tek yolu budur.',
  tokenLabel: 'Takip kodu',
  tokenHint: 'Bu kodu kimseyle paylaşmayın: kodu bilen herkes mesajınızın durumunu görebilir.',
  copy: (what) => `Kopyala: ${what}`,
  copied: 'Kopyalandı',
  copyFailed: 'Kopyalanamadı. Kodu seçip kendiniz kopyalayın.',
  statusLink: 'Mesajınızın durumunu izleyin',
  respondBy: (date) => sentence(`Kurum en geç şu tarihe kadar yanıt vermeli: ${date}`),
  sendAnother: 'Başka bir mesaj gönder',
  submitError: 'Mesajınız gönderilemedi. Formu kontrol edip tekrar deneyin.',
  draftRestored: 'Daha önce yazdığınız metni geri yükledik.',
};

export default tr;
