/** Placeholder in `item-href` replaced by each service's id, e.g. `/services/{id}`. */
export const ITEM_HREF_PLACEHOLDER = '{id}';

/** How long typing must pause before the result count is announced to screen readers, in ms. */
export const ANNOUNCE_DELAY_MS = 500;
