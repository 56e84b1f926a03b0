import { HapurEvent } from './hapur-event.js';

export interface HapurServiceSaveEventDetail {
  /** The service's id, e.g. `prishtina-civil-birth-certificate`. */
  readonly serviceId: string;
  /**
   * `saved`: created or replaced by `PUT`; `withdrawn`: withdrawn (kept, status `withdrawn`); `reviewed`: checked
   * and still correct, unchanged but for its "last reviewed" date.
   */
  readonly action: 'saved' | 'withdrawn' | 'reviewed';
}

/** Fired after the server stored a service from `<hapur-service-editor>` (saved, withdrawn or reviewed). */
export class HapurServiceSaveEvent extends HapurEvent<HapurServiceSaveEventDetail> {
  constructor(detail: HapurServiceSaveEventDetail) {
    super('hapur-service-save', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-service-save': HapurServiceSaveEvent;
  }
}
