import type { StaffTranslation } from './staff-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const bs: StaffTranslation = {
  ...bosnianSerbian,
  lang: 'bs',
  signInTitle: 'Prijava za osoblje',
  signInIntro: 'Zalijepite token za osoblje koji vam je dao administrator.',
  tokenLabel: 'Token za osoblje',
  tokenHint:
    'Čuva se u memoriji ove stranice i šalje samo API-ju ove stranice. Ponovnim učitavanjem stranice odjavljujete se.',
  rememberHint:
    'Ostajete prijavljeni i kad ponovo učitate stranicu, dok ne zatvorite ovu karticu. Ne označavajte na zajedničkom računaru.',
  signIn: 'Prijava',
  signOut: 'Odjava',
  tokenMissing: 'Unesite svoj token za osoblje',
  noticeExpired: 'Vaš token za osoblje je istekao. Zatražite novi od administratora i ponovo se prijavite.',
  noticeRevoked: 'Vaš token za osoblje je opozvan. Zatražite novi od administratora i ponovo se prijavite.',
  noticeUnauthorized:
    'Ovaj token za osoblje nije prihvaćen. Provjerite jeste li ga zalijepili cijelog, pa se ponovo prijavite.',
  notAccepted: 'Server nije prihvatio ovaj zahtjev.',
  rateLimited: (wait) => `S ove veze je poslano previše izmjena. Sačekajte ${wait} i pokušajte ponovo.`,
};

export default bs;
