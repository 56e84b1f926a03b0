import { createCore, getPlan, loadDocument, type ActionPlan, type CallOptions } from '@hapur/sdk';
import * as z from 'zod/mini';
import type { TrackerData } from './tracker-source.js';
import { trackerDataFrom } from './tracker-source.js';

/** The read the tracker makes; any `HapurClient` from `createClient()` fits. */
export interface PlanReader {
  getPlan(planId: string, options?: CallOptions): Promise<ActionPlan>;
}

// TODO(shared): internal/sdk-client.ts keeps one reader per API base for services; plans need the same.
const readers = new Map<string, PlanReader>();

/** One reader per API base URL, so blocks on a page share the SDK's request dedupe and ETag memory. @internal */
export function planReaderFor(baseUrl: string): PlanReader {
  let reader = readers.get(baseUrl);
  if (!reader) {
    const core = createCore({ baseUrl: new URL(baseUrl, document.baseURI) });
    reader = { getPlan: (id, options) => getPlan(core, id, options) };
    readers.set(baseUrl, reader);
  }
  return reader;
}

export function isPlanReader(value: unknown): value is PlanReader {
  return typeof value === 'object' && value !== null && typeof (value as { getPlan?: unknown }).getPlan === 'function';
}

/**
 * Loads `data-src`: one URL, or several separated by spaces (a plan file plus a progress file). Each is
 * fetched by the SDK's `loadDocument` and read by `trackerDataFrom`.
 */
export async function loadTrackerData(
  dataSrc: string,
  planId: string | undefined,
  signal: AbortSignal,
): Promise<TrackerData> {
  const urls = dataSrc.split(/\s+/).filter(Boolean);
  const documents = await Promise.all(urls.map((url) => loadDocument(url, z.unknown(), { signal })));
  return trackerDataFrom(documents, planId, urls.join(' '));
}
