import { HapurEvent } from './hapur-event.js';

/** What a staff member did in `<hapur-staff-inbox>`. */
export type HapurStaffActionKind = 'status' | 'assign' | 'note' | 'publish' | 'unpublish' | 'transfer' | 'release';

export interface HapurStaffActionEventDetail {
  /** The message's public reference, e.g. `XK-2026-48207153`. */
  readonly reference: string;
  readonly action: HapurStaffActionKind;
}

/** Fired after the server stored a staff action on a message (status, assignment, note, publication, transfer, release). */
export class HapurStaffActionEvent extends HapurEvent<HapurStaffActionEventDetail> {
  constructor(detail: HapurStaffActionEventDetail) {
    super('hapur-staff-action', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'hapur-staff-action': HapurStaffActionEvent;
  }
}
