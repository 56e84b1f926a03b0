import type { ActionPlanDetail, Institution } from '@hapur/sdk';
import { planReads } from '../../internal/client/plan-reads.js';
import { clientFor, type BlockClient } from '../../internal/client/registry.js';
import type { DataTask } from '../../internal/controllers/data.js';
import { parseInlineJson } from '../../internal/inline-json.js';
import { indexInstitutions } from './tracker-model.js';
import type { TrackerData } from './tracker-source.js';
import { loadTrackerData, readTrackerDocuments } from './tracker-documents.js';

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
  client: BlockClient<'getPlan'> | undefined;
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
      run: () => readTrackerDocuments([parseInlineJson(inline)], planId, 'inline JSON'),
    };
  if (dataSrc)
    return {
      source: 'url',
      key: `${dataSrc}|${planId ?? ''}`,
      run: (signal) => loadTrackerData(dataSrc, planId, signal),
    };
  const client = config.client ?? (api ? clientFor(api, planReads) : undefined);
  if (!client || !planId) return undefined;
  return {
    source: 'api',
    key: `${api ?? ''}|${planId}`,
    run: async (signal) => withNames(await client.getPlan(planId, { signal })),
  };
}
