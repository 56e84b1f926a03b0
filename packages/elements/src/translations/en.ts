import type { Translation } from './translation.js';
import { sentence } from './sentence.js';

const STATUS: Record<string, string> = {
  inactive: 'This service is not offered at the moment.',
  under_development: 'This service is being prepared and is not offered yet.',
  withdrawn: 'This service has been withdrawn.',
};

const plural = new Intl.PluralRules('en');

const CHANNELS: Record<string, string> = {
  online: 'Online',
  e_kosova: 'e-Kosova portal',
  e_albania: 'e-Albania portal',
  in_person: 'In person',
  phone: 'By phone',
  email: 'By email',
  post: 'By post',
  mobile_app: 'Mobile app',
  sms: 'By SMS',
};

const en: Translation = {
  lang: 'en',
  decimalSeparator: '.',
  durationUnit: (unit, count) => `${count} ${unit}${plural.select(count) === 'one' ? '' : 's'}`,
  languageNames: { sq: 'Albanian', 'sr-Latn': 'Serbian', en: 'English' },
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'This information could not be shown',
  errorNotFound: 'The service was not found. It may have been withdrawn or its address has changed.',
  errorNetwork: 'The connection failed. Check that you are online and try again.',
  errorTimeout: 'The server took too long to answer. Please try again.',
  errorInvalidData: 'The data is unavailable right now because it is not in the expected form.',
  errorServer: 'The server had a problem. Please try again later.',
  errorUnknown: 'Something went wrong while loading this information.',
  errorNoSource: 'No data source is configured for this block.',
  shownInOriginal: (languageName) => `Shown in the original language (${languageName}).`,
  machineTranslation: 'Machine translation',
  serviceEmpty: 'No information about this service has been published yet.',
  exampleNotice: 'Example for demonstration — not official information.',
  sectionAtAGlance: 'At a glance',
  sectionDescription: 'About this service',
  sectionEligibility: 'Who can apply',
  sectionSteps: 'How to apply',
  sectionDocuments: 'Documents you need',
  sectionFees: 'Fees',
  sectionChannels: 'Where to apply',
  sectionAuthority: 'Responsible institution',
  sectionComplaint: 'Complaints and appeals',
  sectionLegalBasis: 'Legal basis',
  processingTime: 'Processing time',
  legalDeadline: 'Legal deadline',
  free: 'Free of charge',
  applyOnline: 'Apply online',
  openingHours: 'Opening hours',
  address: 'Address',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  lastReviewed: (date) => sentence(`Information last reviewed on ${date}`),
  serviceDetails: 'Details',
  channelType: (type) => CHANNELS[type] ?? CHANNELS['online'] ?? type,
  originalRequired: 'Bring the original.',
  complaintTo: 'Submit a complaint to',
  complaintWithin: (duration) => `Time limit: ${duration}.`,
  moreInformation: 'More information',
  serviceStatus: (status) => STATUS[status],
  listSearchLabel: 'Search services',
  listSearchHint: 'Type part of a service name or description.',
  listResultCount: (count) => (plural.select(count) === 'one' ? `${count} service` : `${count} services`),
  listEmpty: 'This institution has not published any services yet.',
  listNoMatches: (query) => `No services match “${query}”.`,
};

export default en;
