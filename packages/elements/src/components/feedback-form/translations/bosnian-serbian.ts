import type { FeedbackFormTranslation } from './form-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  formTitle: 'Obratite se instituciji',
  subjectLabel: 'Na šta se odnosi?',
  guidingIntro: 'Institucija traži komentare na ovaj nacrt obaveze. Možete odgovoriti na bilo koje od ovih pitanja:',
  messageLabel: 'Vaša poruka',
  messageHint: (max) => `Najmanje 10 znakova, najviše ${max}. Ne navodite lične podatke drugih osoba.`,
  contactChoice: 'Želim da me institucija kontaktira u vezi s ovim',
  honeypotLabel: 'Ostavite ovo polje prazno',
  submit: 'Pošalji',
  submitting: 'Slanje…',
  errorSummaryTitle: 'Postoji problem',
  queuedAnother: 'Ispod možete napisati novu poruku.',
  tokenLabel: 'Kod za praćenje',
  copy: (what) => `Kopiraj: ${what}`,
  copied: 'Kopirano',
  statusLink: 'Pratite status svoje poruke',
} satisfies Partial<FeedbackFormTranslation>;

export default bosnianSerbian;
