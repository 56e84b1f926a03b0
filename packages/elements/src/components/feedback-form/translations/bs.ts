import type { FeedbackFormTranslation } from './form-translation.js';
import { sentence } from '../../../translations/sentence.js';
import bosnianSerbian from './bosnian-serbian.js';

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker). */
const bs: FeedbackFormTranslation = {
  ...bosnianSerbian,
  formIntro: 'Ne morate navesti svoje ime. Vaša poruka se šalje anonimno, osim ako ne odaberete da vas kontaktiraju.',
  kindLegend: 'Šta želite poslati?',
  subjectHint: 'Na primjer naziv usluge, ulice ili teme.',
  subjectChoose: 'Odaberite temu',
  subjectAbout: 'Tema',
  guidingTitle: 'Pitanja koja vas mogu voditi pri komentarisanju',
  locationHint: 'Adresa ili opis mjesta, ako je važno.',
  contactChoiceHint:
    'Ne označavajte ovo ako želite ostati anonimni. Poruku i dalje možete pratiti pomoću koda za praćenje.',
  contactLegend: 'Kako vas možemo kontaktirati?',
  contactNeeded: 'Unesite e-mail adresu ili broj telefona, ili uklonite oznaku s opcije kontakta',
  consentLabel: 'Slažem se da institucija može koristiti ove kontakt podatke da mi odgovori na ovu poruku.',
  privacyNotice: 'Vaše kontakt podatke vidi samo osoblje koje obrađuje vašu poruku i nikada se ne objavljuju.',
  privacyLink: 'Pročitajte cijelu politiku privatnosti',
  queuedTitle: 'Vaša poruka je sačuvana i bit će poslana',
  queuedText:
    'Vaša poruka trenutno nije mogla biti poslana. Sačuvana je na ovom uređaju i bit će automatski poslana čim bude moguće. Ostavite ovu stranicu otvorenom ili se vratite na nju kasnije.',
  queuedDelivered: 'Vaša sačuvana poruka je sada poslana.',
  successTitle: 'Vaša poruka je poslana',
  successText: 'Sačuvajte kod za praćenje: to je jedini način da pratite svoju poruku, jer ne pitamo ko ste.',
  tokenHint: 'Čuvajte ovaj kod: svako ko ga ima može vidjeti status vaše poruke.',
  copyFailed: 'Kopiranje nije uspjelo. Označite kod i kopirajte ga sami.',
  respondBy: (date) => sentence(`Institucija mora odgovoriti do ${date}`),
  sendAnother: 'Pošalji novu poruku',
  submitError: 'Vaša poruka nije mogla biti poslana. Provjerite obrazac i pokušajte ponovo.',
  draftRestored: 'Vratili smo tekst koji ste ranije upisali.',
};

export default bs;
