import type { ServicesTranslation } from './services-translation.js';

/**
 * The strings Bosnian (bs.ts) and Serbian in Latin script (sr-latn.ts) write alike, which both spread. To change one
 * for a single language, move it into both files (docs/languages.md). sr-cyrl.ts and the builds write them out.
 */
const bosnianSerbian = {
  sectionAtAGlance: 'Ukratko',
  sectionDescription: 'O ovoj usluzi',
  sectionFees: 'Takse',
  sectionAuthority: 'Nadležna institucija',
  sectionComplaint: 'Prigovori i žalbe',
  sectionLegalBasis: 'Pravni osnov',
  legalDeadline: 'Zakonski rok',
  free: 'Besplatno',
  address: 'Adresa',
  phone: 'Telefon',
  serviceDetails: 'Detalji',
  originalRequired: 'Ponesite original.',
  moreInformation: 'Više informacija',
  listNoMatches: (query) => `Nijedna usluga ne odgovara upitu „${query}“.`,
} satisfies Partial<ServicesTranslation>;

export default bosnianSerbian;
