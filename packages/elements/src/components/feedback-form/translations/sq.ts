import type { FeedbackFormTranslation } from './form-translation.js';
import { sentence } from '../../../translations/sentence.js';

const sq: FeedbackFormTranslation = {
  formTitle: 'Kontaktoni institucionin',
  formIntro:
    'Nuk keni nevojë të jepni emrin. Mesazhi dërgohet në mënyrë anonime, përveç nëse zgjidhni të kontaktoheni.',
  kindLegend: 'Çfarë dëshironi të dërgoni?',
  subjectLabel: 'Për çfarë bëhet fjalë?',
  subjectHint: 'Për shembull emri i një shërbimi, një rruge ose një teme.',
  subjectChoose: 'Zgjidhni një temë',
  subjectAbout: 'Lidhur me',
  guidingTitle: 'Pyetje që ju ndihmojnë të komentoni',
  guidingIntro:
    'Institucioni kërkon komente për këtë projekt-zotim. Mund t’i përgjigjeni cilësdo prej këtyre pyetjeve:',
  messageLabel: 'Mesazhi juaj',
  messageHint: (max) =>
    `Të paktën 10 shenja, jo më shumë se ${max}. Mos shkruani të dhëna personale të personave të tjerë.`,
  locationHint: 'Një adresë ose përshkrim i vendit, nëse ka rëndësi.',
  contactChoice: 'Dëshiroj që institucioni të më kontaktojë për këtë',
  contactChoiceHint:
    'Lëreni të pashënuar për të mbetur anonim. Mesazhin mund ta ndiqni gjithsesi me kodin e gjurmimit.',
  contactLegend: 'Si mund t’ju kontaktojmë?',
  contactNeeded: 'Shkruani një adresë emaili ose një numër telefoni, ose hiqni zgjedhjen për kontakt',
  consentLabel: 'Pajtohem që institucioni t’i përdorë këto të dhëna kontakti për të m’u përgjigjur për këtë mesazh.',
  privacyNotice:
    'Të dhënat tuaja të kontaktit i shohin vetëm punonjësit që e trajtojnë mesazhin dhe nuk publikohen kurrë.',
  privacyLink: 'Lexoni politikën e plotë të privatësisë',
  honeypotLabel: 'Lëreni këtë fushë bosh',
  submit: 'Dërgo',
  submitting: 'Duke u dërguar…',
  errorSummaryTitle: 'Ka një problem',
  queuedTitle: 'Mesazhi juaj është ruajtur dhe do të dërgohet',
  queuedText:
    'Mesazhi nuk mund të dërgohej tani. Ai ruhet në këtë pajisje dhe do të dërgohet automatikisht sa më shpejt të jetë e mundur. Mbajeni këtë faqe të hapur ose kthehuni më vonë.',
  queuedAnother: 'Më poshtë mund të shkruani një mesazh tjetër.',
  queuedDelivered: 'Mesazhi juaj i ruajtur tani është dërguar.',
  successTitle: 'Mesazhi juaj është dërguar',
  successText:
    'Ruajeni kodin e gjurmimit: është mënyra e vetme për ta ndjekur mesazhin, sepse nuk ju pyesim kush jeni.',
  tokenLabel: 'Kodi i gjurmimit',
  tokenHint: 'Mbajeni këtë kod privat: kushdo që e ka mund ta shohë statusin e mesazhit tuaj.',
  copy: (what) => `Kopjo: ${what}`,
  copied: 'U kopjua',
  copyFailed: 'Kopjimi dështoi. Përzgjidheni kodin dhe kopjojeni vetë.',
  statusLink: 'Ndiqni statusin e mesazhit tuaj',
  respondBy: (date) => sentence(`Institucioni duhet të përgjigjet deri më ${date}`),
  sendAnother: 'Dërgoni një mesazh tjetër',
  submitError: 'Mesazhi nuk mund të dërgohej. Kontrolloni formularin dhe provoni përsëri.',
  draftRestored: 'E rikthyem tekstin që keni shkruar më parë.',
};

export default sq;
