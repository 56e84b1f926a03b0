import type { FeedbackFormTranslation } from './form-translation.js';
import { sentence } from '../../../translations/sentence.js';
import bosnianSerbian from './bosnian-serbian.js';

const srLatn: FeedbackFormTranslation = {
  ...bosnianSerbian,
  formIntro: 'Ne morate navesti svoje ime. Poruka se šalje anonimno, osim ako izaberete da vas kontaktiraju.',
  kindLegend: 'Šta želite da pošaljete?',
  subjectHint: 'Na primer naziv usluge, ulice ili teme.',
  subjectChoose: 'Izaberite temu',
  subjectAbout: 'Odnosi se na',
  guidingTitle: 'Pitanja koja vam mogu pomoći',
  locationHint: 'Adresa ili opis mesta, ako je važno.',
  contactChoiceHint:
    'Ostavite neoznačeno da biste ostali anonimni. Poruku i dalje možete pratiti pomoću koda za praćenje.',
  contactLegend: 'Kako da vas kontaktiramo?',
  contactNeeded: 'Unesite imejl adresu ili broj telefona, ili poništite izbor kontakta',
  consentLabel:
    'Saglasan/saglasna sam da institucija koristi ove podatke za kontakt kako bi mi odgovorila na ovu poruku.',
  privacyNotice: 'Vaše podatke za kontakt vide samo zaposleni koji obrađuju poruku i nikada se ne objavljuju.',
  privacyLink: 'Pročitajte celu politiku privatnosti',
  queuedTitle: 'Vaša poruka je sačuvana i biće poslata',
  queuedText:
    'Poruka trenutno nije mogla biti poslata. Sačuvana je na ovom uređaju i biće automatski poslata čim bude moguće. Ostavite ovu stranicu otvorenom ili se vratite na nju kasnije.',
  queuedDelivered: 'Vaša sačuvana poruka je sada poslata.',
  successTitle: 'Vaša poruka je poslata',
  successText: 'Sačuvajte kod za praćenje: to je jedini način da pratite poruku, jer vas ne pitamo ko ste.',
  tokenHint: 'Čuvajte ovaj kod: svako ko ga ima može da vidi status vaše poruke.',
  copyFailed: 'Kopiranje nije uspelo. Označite kod i kopirajte ga sami.',
  respondBy: (date) => sentence(`Institucija mora da odgovori do ${date}`),
  sendAnother: 'Pošaljite još jednu poruku',
  submitError: 'Poruka nije mogla biti poslata. Proverite obrazac i pokušajte ponovo.',
  draftRestored: 'Vratili smo tekst koji ste ranije uneli.',
};

export default srLatn;
