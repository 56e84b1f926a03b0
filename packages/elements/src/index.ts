// The public door of @hapur/elements: classes and event types. Importing it registers nothing;
// import '@hapur/elements/all.js' (or the CDN bundle) to define the tags.
export { HapurProvider } from './components/provider/provider.js';
export { HapurServiceInfo } from './components/service-info/service-info.js';
export { HapurServiceList } from './components/service-list/service-list.js';
export { SERVICE_INFO_VARIANTS, HEADING_LEVELS } from './components/service-info/service-info.types.js';
export type { ServiceInfoVariant, HeadingLevel } from './components/service-info/service-info.types.js';
export { HapurLoadEvent, HapurErrorEvent } from './events/index.js';
export type { HapurLoadEventDetail, HapurErrorEventDetail, HapurDataSource } from './events/index.js';
export type { Translation } from './translations/translation.js';
