import type { ServicesTranslation } from './services-translation.js';

const STATUS: Record<string, string> = {
  inactive: 'This service is not offered at the moment.',
  under_development: 'This service is being prepared and is not offered yet.',
  withdrawn: 'This service has been withdrawn.',
};
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

const plural = new Intl.PluralRules('en');

const en: ServicesTranslation = {
  lang: 'en',
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
  lastReviewed: (date) => `Information last reviewed on ${date}.`,
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
