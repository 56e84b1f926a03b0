import { HapurEvent } from './hapur-event.js';

/** Where an element's data came from. */
export type HapurDataSource = 'api' | 'url' | 'inline';

export interface HapurLoadEventDetail {
  /** Which of the element's data sources answered. */
  readonly source: HapurDataSource;
}

/** Fired when an element has loaded and rendered its data. Bubbles and crosses shadow roots. */
export class HapurLoadEvent extends HapurEvent<HapurLoadEventDetail> {
  constructor(detail: HapurLoadEventDetail) {
    super('hapur-load', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-load': HapurLoadEvent;
  }
}
