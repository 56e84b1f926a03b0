import type { ChecklistMonitorTranslation } from './monitor-translation.js';

/** Turkish (awaiting review by a native speaker): a noun after a number stays singular, so no plural forms. */
const tr: ChecklistMonitorTranslation = {
  monitorHeading: (period) => `${period} için izleme şablonu`,
  monitorIntro:
    'Çeyrek için her gerekliliği kaydedin. Yazdıklarınız, denetimler kaydedilene kadar bu tarayıcıda saklanır.',
  progress: (recorded, total) => `${total} gereklilikten ${recorded} tanesi kaydedildi`,
  requirementOf: (n, total) => `Gereklilik ${n} / ${total}`,
  stepListLabel: 'Bu şablondaki gereklilikler',
  recorded: 'kaydedildi',
  notRecorded: 'kaydedilmedi',
  unsaved: 'henüz gönderilmedi',
  choose: 'Seçin…',
  fieldUrl: 'Yayımlanan belgenin bağlantısı',
  fieldUrlHint: 'https:// ile başlayan tam adres',
  fieldLanguage: (language) => `Şu dilde mevcut: ${language}`,
  fieldLanguageUrl: (language) => `Şu dildeki sürümün bağlantısı: ${language}`,
  fieldCorrectiveHint: 'Bir ölçüt tam karşılanmadığında zorunludur.',
  previous: 'Önceki gereklilik',
  next: 'Sonraki gereklilik',
  saveDraft: 'Taslağı kaydet',
  discardDraft: 'Taslağı sil',
  submit: 'Çeyreğin denetimlerini gönder',
  submitting: 'Gönderiliyor…',
  draftSaved: (time) => `Taslak bu tarayıcıda saat ${time} itibarıyla kaydedildi.`,
  draftRestored: 'Bu tarayıcıdaki taslağınız geri yüklendi.',
  submitted: (count) => `${count} denetim kaydedildi. Kamuya açık kontrol listesi artık bunları gösteriyor.`,
  errorSummaryTitle: 'Bir sorun var',
  errorPrefix: 'Hata:',
  errChoose: (label) => `“${label}” için bir yanıt seçin`,
  errUrlRequired: 'Yayımlanan belgenin bağlantısını girin',
  errUrl: 'Bağlantıyı https://example.org/belge gibi tam bir adres olarak girin',
  errCorrective: 'Bir ölçüt tam karşılanmadığı için düzeltici işlemi açıklayın',
  errResponsible: 'Düzeltici işlemden sorumlu birimi belirtin',
  errTooLong: (max) => `En fazla ${max} karakter kullanın`,
  errNothing: 'Göndermeden önce en az bir gerekliliği kaydedin',
  nothingNew: (recorded, total) =>
    `Gönderilecek yeni bir şey yok: ${total} gereklilikten ${recorded} tanesi zaten kayıtlı. Yeniden kaydetmek için bir girişi değiştirin.`,
  errorForbidden: (institution) =>
    `Anahtarınız ${institution} için denetim kaydetmeye yetkili değil. Bu kuruma verilmiş bir anahtar kullanın. Girişleriniz bu tarayıcıda saklanıyor.`,
  errorUnauthorized:
    'Anahtarınız kabul edilmedi (süresi dolmuş olabilir). Yeni bir anahtar yapıştırın; girişleriniz bu tarayıcıda saklanıyor.',
  errorNoToken: 'İzleme şablonu için bir personel anahtarı gerekir.',
  errorRateLimited: (wait) => `Bu bağlantıdan çok fazla değişiklik gönderildi. ${wait} bekleyip yeniden deneyin.`,
  errorSaveFailed: (reason) => `Denetimler kaydedilemedi: ${reason} Girişleriniz bu tarayıcıda saklanıyor.`,
  serverRefused: 'Sunucu bunları reddetti.',
  partlySaved: (saved, failed) =>
    `${saved} denetim kaydedildi; ${failed} denetim kaydedilmedi. Bunlar bu tarayıcıda saklanıyor: tekrar deneyin.`,
};

export default tr;
