import type { ReadRoute } from './core.js';

/** A read's path with its query (unset and empty values left out), as both cores send it. @internal */
export function withQuery(path: string, query: ReadRoute['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
