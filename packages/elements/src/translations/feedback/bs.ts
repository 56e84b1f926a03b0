import type { FeedbackTranslation } from './feedback-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const plural = new Intl.PluralRules('bs');
/** Bosnian has three forms: one (1, 21), few (2–4, 22–24) and other. */
const forms = (n: number, one: string, few: string, other: string, written: unknown = n) => {
  const rule = plural.select(n);
  return `${written} ${rule === 'one' ? one : rule === 'few' ? few : other}`;
};

/** Bosnian, Latin script, ijekavian (awaiting review by a native speaker). */
const bs: FeedbackTranslation = {
  ...bosnianSerbian,
  lang: 'bs',
  kindHint: {
    request: 'Zatražite od institucije da nešto uradi ili da vam da informaciju.',
    feedback: 'Recite instituciji šta funkcioniše, a šta ne.',
    proposal: 'Predložite ideju ili poboljšanje.',
    issue_report: 'Prijavite problem, na primjer pokvarenu uličnu rasvjetu ili udarnu rupu.',
  },
  decisionName: {
    ...bosnianSerbian.decisionName,
    partially_accepted: 'Djelimično prihvaćeno',
    information_provided: 'Informacija pružena',
    referred: 'Upućeno drugoj instituciji',
  },
  statusNotFound:
    'Za ovaj kod za praćenje nije pronađena nijedna poruka. Provjerite jeste li ga upisali tačno kako ste ga dobili.',
  tokenFormat: 'Unesite kod za praćenje tačno kako ste ga dobili (16 ili više slova, cifara, - ili _)',
  submittedOn: 'Poslano',
  historyTitle: 'Historija',
  total: (count, written) => forms(count, 'primljena poruka', 'primljene poruke', 'primljenih poruka', written),
  medianResponse: 'Medijan vremena do odgovora',
  days: (count, written) => `${written} ${plural.select(count) === 'one' ? 'dan' : 'dana'}`,
  emailLabel: 'E-mail adresa',

  rateLimited: (seconds) =>
    seconds === undefined
      ? 'S ove veze je poslano previše poruka. Sačekajte nekoliko minuta i pošaljite ponovo; vaš tekst je sačuvan.'
      : `S ove veze je poslano previše poruka. Sačekajte ${forms(seconds, 'sekundu', 'sekunde', 'sekundi')} i pošaljite ponovo; vaš tekst je sačuvan.`,
};

export default bs;
