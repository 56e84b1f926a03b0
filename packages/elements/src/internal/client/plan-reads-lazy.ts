// The form's lazily loaded plan read: its own dynamic entry, so the shared plan-reads chunk stays a plain chunk.
import { planReads } from './plan-reads.js';
import type { ApiEntry } from './registry.js';

/** @internal */
export const lazyGetPlan = (entry: ApiEntry) => planReads(entry).getPlan;
