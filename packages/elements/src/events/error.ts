import { HapurEvent } from './hapur-event.js';

export interface HapurErrorEventDetail {
  /** The SDK error (`NotFoundError`, `NetworkError`, `ResponseShapeError`, …); check `error.name`. */
  readonly error: unknown;
}

/** Fired when an element could not load its data; the element shows a localized message and a retry button. */
export class HapurErrorEvent extends HapurEvent<HapurErrorEventDetail> {
  constructor(detail: HapurErrorEventDetail) {
    super('hapur-error', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-error': HapurErrorEvent;
  }
}
