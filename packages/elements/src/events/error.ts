export interface HapurErrorEventDetail {
  /** The SDK error (`NotFoundError`, `NetworkError`, `ResponseShapeError`, …); check `error.name`. */
  readonly error: unknown;
}

/** Fired when an element could not load its data; the element shows a localized message and a retry button. */
export class HapurErrorEvent extends Event {
  readonly detail: HapurErrorEventDetail;

  constructor(detail: HapurErrorEventDetail) {
    super('hapur-error', { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-error': HapurErrorEvent;
  }
}
