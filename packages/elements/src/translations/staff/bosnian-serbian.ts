import { sentence } from '../sentence.js';
import type { StaffTranslation } from './staff-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  rememberLabel: 'Zapamti u ovoj kartici',
  errorSummaryTitle: 'Postoji problem',
  errorPrefix: 'Greška',
  noticeSignedOut: 'Odjavljeni ste. Token je uklonjen iz ove kartice.',
  signedInAs: (name, institution, until) =>
    until
      ? sentence(`Prijavljeni ste kao ${name} (${institution}), do ${until}`)
      : `Prijavljeni ste kao ${name} (${institution}).`,
  forbidden: 'Vaš token ne dozvoljava ovo za ovu stavku: ona pripada drugoj instituciji.',
} satisfies Partial<StaffTranslation>;

export default bosnianSerbian;
