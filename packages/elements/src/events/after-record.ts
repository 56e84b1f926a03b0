import { HapurEvent } from './hapur-event.js';

export interface HapurAfterRecordEventDetail {
  readonly institutionId: string;
  readonly period: string;
  /** How many checks the server stored in this submission. */
  readonly saved: number;
}

/** Fired after the monitoring template's checks were stored by the server (at least one). */
export class HapurAfterRecordEvent extends HapurEvent<HapurAfterRecordEventDetail> {
  constructor(detail: HapurAfterRecordEventDetail) {
    super('hapur-after-record', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-after-record': HapurAfterRecordEvent;
  }
}
