import type { FeedbackTranslation } from './feedback-translation.js';
import bosnianSerbian from './bosnian-serbian.js';

const plural = new Intl.PluralRules('sr-Latn');
/** Serbian has three forms: one (1, 21), few (2–4, 22–24) and other. */
const forms = (n: number, one: string, few: string, other: string, written: unknown = n) => {
  const rule = plural.select(n);
  return `${written} ${rule === 'one' ? one : rule === 'few' ? few : other}`;
};

const srLatn: FeedbackTranslation = {
  ...bosnianSerbian,
  lang: 'sr-Latn',
  kindHint: {
    request: 'Zatražite od institucije da nešto uradi ili da vam pruži informaciju.',
    feedback: 'Recite instituciji šta funkcioniše, a šta ne.',
    proposal: 'Predložite ideju ili poboljšanje.',
    issue_report: 'Prijavite problem, na primer pokvarenu uličnu rasvetu ili rupu na putu.',
  },
  decisionName: {
    ...bosnianSerbian.decisionName,
    partially_accepted: 'Delimično prihvaćeno',
    information_provided: 'Pružena je informacija',
    referred: 'Prosleđeno drugoj instituciji',
  },
  statusNotFound:
    'Nije pronađena poruka sa ovim kodom za praćenje. Proverite da li ste ga uneli tačno onako kako ste ga dobili.',
  tokenFormat: 'Unesite kod za praćenje tačno onako kako ste ga dobili (16 ili više slova, cifara, - ili _)',
  submittedOn: 'Poslato',
  historyTitle: 'Istorija',
  total: (count, written) => forms(count, 'primljena poruka', 'primljene poruke', 'primljenih poruka', written),
  medianResponse: 'Medijana vremena do odgovora',
  days: (count, written) => `${written} ${plural.select(count) === 'one' ? 'dan' : 'dana'}`,
  emailLabel: 'Imejl adresa',

  rateLimited: (seconds) =>
    seconds === undefined
      ? 'Sa ove veze je poslato previše poruka. Sačekajte nekoliko minuta i pošaljite ponovo; vaš tekst je sačuvan.'
      : `Sa ove veze je poslato previše poruka. Sačekajte ${forms(seconds, 'sekundu', 'sekunde', 'sekundi')} i pošaljite ponovo; vaš tekst je sačuvan.`,
};

export default srLatn;
