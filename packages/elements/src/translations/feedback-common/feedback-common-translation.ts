import type { CatalogueLanguage } from '../../internal/catalogue.js';
import type { FeedbackStatusValue, FeedbackType } from '@hapur/sdk';

/**
 * The words every feedback block shares, the comments too (`<hapur-comments>`, `<hapur-feedback-status>`,
 * `<hapur-participation-stats>`, `<hapur-feedback-form>` and the staff inbox): the kind and status names, the answer
 * date and the paging words. A catalogue of its own (`feedback-common`) so that a page with comments only loads these,
 * not the rest of the feedback strings (issue #20). Strings a site registered under `feedback` apply too.
 * @internal
 */
export interface FeedbackCommonTranslation {
  readonly lang: CatalogueLanguage;
  kindName: Record<FeedbackType, string>;
  statusName: Record<FeedbackStatusValue, string>;
  respondedOn: (date: string) => string;
  previousPage: string;
  nextPage: string;
  /** `page` and `pages` as the reader's language writes numbers (the staff inbox passes them written). */
  pageLabel: (page: number | string, pages: number | string) => string;
}
