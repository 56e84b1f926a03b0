import type { ProgressUpdate } from '@hapur/sdk';

export interface HapurProgressSavedEventDetail {
  readonly planId: string;
  readonly milestoneId: string;
  /** The update as the server stored it (id, time, status, completion, progress, narrative, evidence). */
  readonly update: ProgressUpdate;
}

/** Fired by `<hapur-progress-report>` after the server stored a progress report on a milestone. */
export class HapurProgressSavedEvent extends Event {
  readonly detail: HapurProgressSavedEventDetail;

  constructor(detail: HapurProgressSavedEventDetail) {
    super('hapur-progress-saved', { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-progress-saved': HapurProgressSavedEvent;
  }
}
