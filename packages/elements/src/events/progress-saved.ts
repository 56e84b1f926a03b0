import type { ProgressUpdate } from '@hapur/sdk';
import { HapurEvent } from './hapur-event.js';

export interface HapurProgressSavedEventDetail {
  readonly planId: string;
  readonly milestoneId: string;
  /** The update as the server stored it (id, time, status, completion, progress, narrative, evidence). */
  readonly update: ProgressUpdate;
}

/** Fired by `<hapur-progress-report>` after the server stored a progress report on a milestone. */
export class HapurProgressSavedEvent extends HapurEvent<HapurProgressSavedEventDetail> {
  constructor(detail: HapurProgressSavedEventDetail) {
    super('hapur-progress-saved', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-progress-saved': HapurProgressSavedEvent;
  }
}
