/**
 * The strings of `<hapur-service-info>` and `<hapur-service-list>` (and the service editor's section names), typed so a
 * catalogue that misses a term does not compile. A catalogue of its own (`services`): pages with other blocks do not
 * load them (issue #20). Strings a site registered under `shared` apply too (they were there before).
 */
export interface ServicesTranslation {
  /** BCP 47 tag of the catalogue. */
  readonly lang: string;

  // <hapur-service-info>
  serviceEmpty: string;
  exampleNotice: string;
  sectionAtAGlance: string;
  sectionDescription: string;
  sectionEligibility: string;
  sectionSteps: string;
  sectionDocuments: string;
  sectionFees: string;
  sectionChannels: string;
  sectionAuthority: string;
  sectionComplaint: string;
  sectionLegalBasis: string;
  processingTime: string;
  legalDeadline: string;
  free: string;
  applyOnline: string;
  openingHours: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  lastReviewed: (date: string) => string;
  serviceDetails: string;
  channelType: (type: string) => string;

  originalRequired: string;
  complaintTo: string;
  complaintWithin: (duration: string) => string;
  moreInformation: string;
  serviceStatus: (status: string) => string | undefined;

  // <hapur-service-list>
  listSearchLabel: string;
  listSearchHint: string;
  listResultCount: (count: number) => string;
  listEmpty: string;
  listNoMatches: (query: string) => string;
}
