import type { HapurStaffClient, StaffInbox } from '@hapur/sdk';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import type { TextRenderer } from '../../internal/localized-text.js';
import type { StaffTranslation } from '../../translations/staff/index.js';
import type { ProgressTranslation } from './translations/progress-translation.js';

/**
 * What the block's `client` property takes: a staff client (`createClient({ baseUrl, token })`) or anything
 * with these methods; the page then signs in itself.
 */
export type ProgressClient = Pick<HapurStaffClient, 'getPlan' | 'postProgressUpdate' | 'listProgressHistory'> & {
  staff: Pick<StaffInbox, 'me'>;
};

/** Everything a view function needs. @internal */
export interface ProgressView {
  t: ProgressTranslation;
  s: StaffTranslation;
  localize: LocalizeController;
  text: TextRenderer;
  level: number;
}
