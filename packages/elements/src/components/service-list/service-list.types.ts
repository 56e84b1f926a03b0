/** Placeholder in `item-href` replaced by each service's id, e.g. `/services/{id}`. */
export const ITEM_HREF_PLACEHOLDER = '{id}';
