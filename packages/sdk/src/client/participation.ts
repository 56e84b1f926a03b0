import { ParticipationStatsSchema, type ParticipationStats } from '../schemas/participation.js';
import { getParticipationStatsRoute, routeUrl, staticUrl } from '../routes/paths.js';
import type { Core } from './core.js';
import { ParticipationStatsShape } from '../shapes/stats.generated.js';
import type { CallOptions } from './options.js';

export interface StatsFilter {
  institution?: string;
  /** `YYYY-MM-DD`, inclusive. A static export has all-time figures only, so `from`/`to` need the API. */
  from?: string;
  to?: string;
}

/** `GET /participation/stats?institution=&from=&to=`. */
export async function getParticipationStats(
  core: Core,
  filter: StatsFilter = {},
  options?: CallOptions,
): Promise<ParticipationStats> {
  return core.read('getParticipationStats', statsRoute(filter), ParticipationStatsSchema, options);
}

function statsRoute(filter: StatsFilter) {
  const query = { institution: filter.institution, from: filter.from, to: filter.to };
  // A static export holds all-time figures only.
  const staticPath = filter.from || filter.to ? undefined : staticUrl(getParticipationStatsRoute, query);
  return { path: routeUrl(getParticipationStatsRoute, {}), query, staticPath };
}

/**
 * `getParticipationStats` checked by the shape compiled from `ParticipationStatsSchema` instead of zod
 * (ADR 0005), for a block that only displays the figures: same errors, unknown fields kept rather than stripped.
 */
export async function getParticipationStatsForDisplay(
  core: Core,
  filter: StatsFilter = {},
  options?: CallOptions,
): Promise<ParticipationStats> {
  return core.read('getParticipationStats', statsRoute(filter), ParticipationStatsShape, options);
}
