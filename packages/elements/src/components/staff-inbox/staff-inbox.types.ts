import type { HapurStaffClient, StaffMe, StaffSubmissionPage } from '@hapur/sdk';
import type { StaffInboxCalls } from '../../internal/client/core-methods.js';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import type { FeedbackText } from '../../translations/feedback-text.js';
import type { StaffTranslation } from '../../translations/staff/index.js';
import type { InboxTranslation } from './translations/inbox-translation.js';

/** What the block loads: who the token is, and the page of the list. @internal */
export interface InboxData {
  me: StaffMe;
  page: StaffSubmissionPage;
}

/** The inbox calls the block makes (`client.staff.*` of a staff client from `createClient({ …, token })`). */
export type InboxCalls = StaffInboxCalls;

/** What the block's `client` property takes: a staff client, or anything with those `staff` methods. */
export type InboxClient = { staff: InboxCalls } | Pick<HapurStaffClient, 'staff'>;

/** Everything a view function needs: the three catalogues, the localizer and the heading level. @internal */
export interface InboxView {
  t: InboxTranslation;
  f: FeedbackText;
  s: StaffTranslation;
  localize: LocalizeController;
  level: number;
  now: Date;
  /** The transfer form offers institutions by name (else it takes a typed id); set by `renderActions`. */
  listed?: boolean;
}
