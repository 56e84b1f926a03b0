// React components for Hapur's blocks. Importing a component registers its custom element.
export { HapurProvider } from './provider.js';
export { HapurServiceInfo } from './service-info.js';
export { HapurServiceList } from './service-list.js';
export { dataEvents } from './events.js';
export type {
  HapurLoadEvent,
  HapurErrorEvent,
  HapurLoadEventDetail,
  HapurErrorEventDetail,
  HapurDataSource,
  ServiceInfoVariant,
  HeadingLevel,
} from '@hapur/elements/all.js';
