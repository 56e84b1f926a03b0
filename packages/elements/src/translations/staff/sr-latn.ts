import type { StaffTranslation } from './staff-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const srLatn: StaffTranslation = {
  ...bosnianSerbian,
  lang: 'sr-Latn',
  signInTitle: 'Prijava osoblja',
  signInIntro: 'Nalepite token osoblja koji vam je dao administrator.',
  tokenLabel: 'Token osoblja',
  tokenHint:
    'Čuva se u memoriji ove stranice i šalje samo API-ju ovog sajta. Ponovnim učitavanjem stranice odjavljujete se.',
  rememberHint:
    'Ostajete prijavljeni kad ponovo učitate stranicu, dok ne zatvorite ovu karticu. Ne označavajte na zajedničkom računaru.',
  signIn: 'Prijavi se',
  signOut: 'Odjavi se',
  tokenMissing: 'Unesite svoj token osoblja',
  noticeExpired: 'Vaš token osoblja je istekao. Zatražite novi od administratora i ponovo se prijavite.',
  noticeRevoked: 'Vaš token osoblja je opozvan. Zatražite novi od administratora i ponovo se prijavite.',
  noticeUnauthorized: 'Ovaj token osoblja nije prihvaćen. Proverite da ste ga nalepili ceo, pa se ponovo prijavite.',
  notAccepted: 'Server nije prihvatio ovaj zahtev.',
  rateLimited: (wait) => `Sa ove veze je poslato previše izmena. Sačekajte ${wait} i pokušajte ponovo.`,
};

export default srLatn;
