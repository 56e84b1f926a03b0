import { sentence } from '../sentence.js';
import type { StaffTranslation } from './staff-translation.js';

const srLatn: StaffTranslation = {
  lang: 'sr-Latn',
  signInTitle: 'Prijava osoblja',
  signInIntro: 'Nalepite token osoblja koji vam je dao administrator.',
  tokenLabel: 'Token osoblja',
  tokenHint:
    'Čuva se u memoriji ove stranice i šalje samo API-ju ovog sajta. Ponovnim učitavanjem stranice odjavljujete se.',
  rememberLabel: 'Zapamti u ovoj kartici',
  rememberHint:
    'Ostajete prijavljeni kad ponovo učitate stranicu, dok ne zatvorite ovu karticu. Ne označavajte na zajedničkom računaru.',
  signIn: 'Prijavi se',
  signOut: 'Odjavi se',
  errorSummaryTitle: 'Postoji problem',
  errorPrefix: 'Greška',
  tokenMissing: 'Unesite svoj token osoblja',
  noticeExpired: 'Vaš token osoblja je istekao. Zatražite novi od administratora i ponovo se prijavite.',
  noticeRevoked: 'Vaš token osoblja je opozvan. Zatražite novi od administratora i ponovo se prijavite.',
  noticeUnauthorized: 'Ovaj token osoblja nije prihvaćen. Proverite da ste ga nalepili ceo, pa se ponovo prijavite.',
  noticeSignedOut: 'Odjavljeni ste. Token je uklonjen iz ove kartice.',
  signedInAs: (name, institution, until) =>
    until
      ? sentence(`Prijavljeni ste kao ${name} (${institution}), do ${until}`)
      : `Prijavljeni ste kao ${name} (${institution}).`,
  forbidden: 'Vaš token ne dozvoljava ovo za ovu stavku: ona pripada drugoj instituciji.',
  notAccepted: 'Server nije prihvatio ovaj zahtev.',
  rateLimited: (wait) => `Sa ove veze je poslato previše izmena. Sačekajte ${wait} i pokušajte ponovo.`,
};

export default srLatn;
