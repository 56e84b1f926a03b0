import type { ResponseStatus } from '@hapur/sdk';
import { defineCatalogue } from '../../internal/catalogue.js';

/** Strings of `<hapur-reasoned-response>`. @internal */
export interface ReasonedResponseTranslation {
  readonly title: string;
  readonly statusName: Readonly<Record<ResponseStatus, string>>;
  readonly countsLabel: string;
  readonly total: (n: number) => string;
  readonly filter: string;
  readonly allResponses: string;
  readonly from: string;
  readonly participantsOf: (where: string) => string;
  readonly participants: string;
  readonly aParticipant: string;
  readonly proposedAt: string;
  readonly response: string;
  readonly reason: string;
  readonly takenInto: string;
  readonly commitment: (n: string) => string;
  readonly milestone: (n: string) => string;
  readonly answeredBy: (who: string, date: string) => string;
  readonly download: string;
  readonly downloadCsv: string;
  readonly downloadJson: string;
  readonly csvColumns: readonly [string, string, string, string, string, string, string, string, string];
  readonly empty: string;
  readonly noneWithResponse: string;
  readonly shown: (shown: number, total: number) => string;
}

/** Bundled with the block (about 1 KB per language). @internal */
export const responseStrings = defineCatalogue<ReasonedResponseTranslation>('reasoned-response', {
  sq: {
    title: 'Çfarë dëgjuam dhe çfarë bëmë',
    statusName: {
      adopted: 'E miratuar',
      partly_adopted: 'E miratuar pjesërisht',
      not_adopted: 'E pamiratuar',
      under_consideration: 'Në shqyrtim',
    },
    countsLabel: 'Përgjigjet',
    total: (n) => (n === 1 ? '1 kontribut' : `${n} kontribute`),
    filter: 'Shfaq',
    allResponses: 'Të gjitha përgjigjet',
    from: 'Nga',
    participantsOf: (where) => `Pjesëmarrësit: ${where}`,
    participants: 'Pjesëmarrësit',
    aParticipant: 'Një pjesëmarrës',
    proposedAt: 'Ku u propozua',
    response: 'Përgjigjja',
    reason: 'Arsyeja',
    takenInto: 'U përfshi në',
    commitment: (n) => `Zotimi ${n}`,
    milestone: (n) => `pika kyçe ${n}`,
    answeredBy: (who, date) => `Përgjigjur nga ${who}, ${date}`,
    download: 'Shkarko',
    downloadCsv: 'CSV',
    downloadJson: 'JSON',
    csvColumns: [
      'Nr.',
      'Kontributi',
      'Nga',
      'Ku u propozua',
      'Përgjigjja',
      'Arsyeja',
      'U përfshi në',
      'Përgjigjur nga',
      'Data e përgjigjes',
    ],
    empty: 'Ende nuk është regjistruar asnjë kontribut.',
    noneWithResponse: 'Asnjë kontribut nuk ka këtë përgjigje.',
    shown: (shown, total) => `Shfaqen ${shown} nga ${total}`,
  },
  'sr-Latn': {
    title: 'Šta smo čuli i šta smo uradili',
    statusName: {
      adopted: 'Usvojeno',
      partly_adopted: 'Delimično usvojeno',
      not_adopted: 'Nije usvojeno',
      under_consideration: 'U razmatranju',
    },
    countsLabel: 'Odgovori',
    total: (n) => {
      const form = new Intl.PluralRules('sr-Latn').select(n);
      return form === 'one' ? `${n} doprinos` : `${n} doprinosa`;
    },
    filter: 'Prikaži',
    allResponses: 'Svi odgovori',
    from: 'Od',
    participantsOf: (where) => `Učesnici: ${where}`,
    participants: 'Učesnici',
    aParticipant: 'Jedan učesnik',
    proposedAt: 'Gde je predloženo',
    response: 'Odgovor',
    reason: 'Obrazloženje',
    takenInto: 'Uvršteno u',
    commitment: (n) => `Obaveza ${n}`,
    milestone: (n) => `ključni korak ${n}`,
    answeredBy: (who, date) => `Odgovorio: ${who}, ${date}`,
    download: 'Preuzmi',
    downloadCsv: 'CSV',
    downloadJson: 'JSON',
    csvColumns: [
      'Br.',
      'Doprinos',
      'Od',
      'Gde je predloženo',
      'Odgovor',
      'Obrazloženje',
      'Uvršteno u',
      'Odgovorio',
      'Datum odgovora',
    ],
    empty: 'Još nije zabeležen nijedan doprinos.',
    noneWithResponse: 'Nijedan doprinos nema ovaj odgovor.',
    shown: (shown, total) => `Prikazano ${shown} od ${total}`,
  },
  en: {
    title: 'What we heard and what we did',
    statusName: {
      adopted: 'Adopted',
      partly_adopted: 'Partly adopted',
      not_adopted: 'Not adopted',
      under_consideration: 'Under consideration',
    },
    countsLabel: 'Responses',
    total: (n) => (n === 1 ? '1 contribution' : `${n} contributions`),
    filter: 'Show',
    allResponses: 'All responses',
    from: 'From',
    participantsOf: (where) => `Participants of: ${where}`,
    participants: 'The participants',
    aParticipant: 'A participant',
    proposedAt: 'Proposed at',
    response: 'Response',
    reason: 'Reason',
    takenInto: 'Taken into',
    commitment: (n) => `Commitment ${n}`,
    milestone: (n) => `milestone ${n}`,
    answeredBy: (who, date) => `Answered by ${who}, ${date}`,
    download: 'Download',
    downloadCsv: 'CSV',
    downloadJson: 'JSON',
    csvColumns: [
      'No.',
      'Contribution',
      'From',
      'Proposed at',
      'Response',
      'Reason',
      'Taken into',
      'Answered by',
      'Answered on',
    ],
    empty: 'No contributions recorded yet.',
    noneWithResponse: 'No contribution has this response.',
    shown: (shown, total) => `Showing ${shown} of ${total}`,
  },
});

/** The catalogues `<hapur-reasoned-response>` renders with besides the shared strings. @internal */
export const catalogues = [responseStrings];
