import {
  createCore,
  getPlan,
  loadDocument,
  ResponseShapeError,
  type ActionPlanDetail,
  type CallOptions,
  type Institution,
} from '@hapur/sdk';
import * as z from 'zod/mini';
import type { DataTask } from '../../internal/controllers/data.js';
import { indexInstitutions, trackerDataFrom, type TrackerData } from './tracker-source.js';

/** The read the tracker makes; any `HapurClient` from `createClient()` fits. */
export interface PlanReader {
  getPlan(planId: string, options?: CallOptions): Promise<ActionPlanDetail>;
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

/** What the element is configured with, in the order the sources win. */
export interface TrackerSourceConfig {
  plan: ActionPlanDetail | undefined;
  planVersion: number;
  institutions: readonly Institution[] | undefined;
  /** Text of an inline `<script type="application/json">` child. */
  inline: string | undefined;
  dataSrc: string | undefined;
  planId: string | undefined;
  api: string | undefined;
  client: PlanReader | undefined;
}

/** The data task for the first configured source: `plan` property, inline JSON, `data-src`, then the API. @internal */
export function trackerTask(config: TrackerSourceConfig): DataTask<TrackerData> | undefined {
  const { plan, planId, dataSrc, inline, api } = config;
  // A plan read from the API names the institutions it references; `institutions` set from JavaScript win.
  const withNames = ({ institutions, ...rest }: ActionPlanDetail): TrackerData => ({
    plan: rest,
    institutions: indexInstitutions(institutions, config.institutions),
  });
  if (plan)
    return {
      source: 'inline',
      key: `property:${config.planVersion}`,
      run: async () => withNames(plan),
    };
  if (inline !== undefined)
    return {
      source: 'inline',
      key: inline,
      run: async () => trackerDataFrom([parseInline(inline)], planId, 'inline JSON'),
    };
  if (dataSrc)
    return {
      source: 'url',
      key: `${dataSrc}|${planId ?? ''}`,
      run: (signal) => loadTrackerData(dataSrc, planId, signal),
    };
  const client = config.client ?? (api ? planReaderFor(api) : undefined);
  if (!client || !planId) return undefined;
  return {
    source: 'api',
    key: `${api ?? ''}|${planId}`,
    run: async (signal) => withNames(await client.getPlan(planId, { signal })),
  };
}

/** Inline JSON, or a ResponseShapeError the error state explains (never a raw SyntaxError). */
function parseInline(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ResponseShapeError({
      url: 'inline',
      issues: [{ path: '', code: 'invalid_json', message: 'The inline data is not JSON' }],
      cause,
    });
  }
}
