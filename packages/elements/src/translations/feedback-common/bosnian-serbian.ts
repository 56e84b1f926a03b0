import type { FeedbackCommonTranslation } from './feedback-common-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  statusName: {
    received: 'Primljeno',
    acknowledged: 'Potvrđen prijem',
    in_review: 'U razmatranju',
    in_progress: 'U toku',
    answered: 'Odgovoreno',
    accepted: 'Prihvaćeno',
    rejected: 'Nije prihvaćeno',
    duplicate: 'Duplikat',
    not_competent: 'Nije u nadležnosti ove institucije',
    withdrawn: 'Povučeno',
    closed: 'Zatvoreno',
  },
  respondedOn: (date) => `Odgovoreno ${date}`,
  previousPage: 'Prethodna stranica',
  pageLabel: (page, pages) => `Stranica ${page} od ${pages}`,
} satisfies {
  readonly [K in keyof FeedbackCommonTranslation]?: FeedbackCommonTranslation[K] extends
    string | ((...args: never[]) => unknown)
    ? FeedbackCommonTranslation[K]
    : Partial<FeedbackCommonTranslation[K]>;
};

export default bosnianSerbian;
