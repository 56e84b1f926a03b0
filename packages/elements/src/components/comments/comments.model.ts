import type { CommentListItem } from '@hapur/sdk';

/** One page of comments as the element shows it. */
export interface CommentPage {
  items: CommentListItem[];
  page: number;
  pageSize: number;
  total: number;
}

/** Newest published first (a removed comment's placeholder keeps its place); equal dates keep their order. */
export function newestFirst<T extends Pick<CommentListItem, 'publishedAt'>>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => Date.parse(b.item.publishedAt) - Date.parse(a.item.publishedAt) || a.index - b.index)
    .map(({ item }) => item);
}

/** Number of pages for `total` items (at least 1, so "page 1 of 1" reads right when empty). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, pageSize)));
}

/** A page of comments given as data (not from the API), newest first. Out-of-range pages clamp. */
export function pageOfList(items: readonly CommentListItem[], page: number, pageSize: number): CommentPage {
  const size = Math.max(1, pageSize);
  const last = pageCount(items.length, size);
  const current = Math.min(Math.max(1, page), last);
  const start = (current - 1) * size;
  return { items: newestFirst(items).slice(start, start + size), page: current, pageSize: size, total: items.length };
}
