import type { Hono } from 'hono';
import type { RouteId } from '@hapur/sdk';
import type { AppEnv } from '../app-env.js';
import { cocreationHandlers } from './cocreation.js';
import { commentHandlers } from './comments.js';
import { API_BASE, resource } from './define.js';
import { feedbackHandlers } from './feedback.js';
import { inboxHandlers } from './inbox.js';
import { institutionHandlers } from './institutions.js';
import { metaHandlers, serverRoutes } from './meta.js';
import { moderationHandlers } from './moderation.js';
import { participationHandlers } from './participation.js';
import { planHandlers } from './plans.js';
import { progressHandlers } from './progress.js';
import { publicationHandlers } from './publication.js';
import { selfAssessmentHandlers } from './self-assessment.js';
import { serviceHandlers } from './services.js';
import { serviceUpkeepHandlers } from './service-upkeep.js';

/** One sub-app per resource, each a map of route id → handler. */
const RESOURCES = [
  planHandlers,
  commentHandlers,
  progressHandlers,
  selfAssessmentHandlers,
  serviceHandlers,
  serviceUpkeepHandlers,
  institutionHandlers,
  feedbackHandlers,
  moderationHandlers,
  inboxHandlers,
  participationHandlers,
  cocreationHandlers,
  publicationHandlers,
  metaHandlers,
] as const;

type KeysOf<U> = U extends unknown ? keyof U : never;
/** A route id of the SDK's table without a handler is a type error here (the router test checks it at run time). */
export const EVERY_ROUTE_HAS_A_HANDLER: [Exclude<RouteId, KeysOf<(typeof RESOURCES)[number]>>] extends [never]
  ? true
  : never = true;

/** Every route of the app: the server's own (`/healthz`, `/api`, …), then the API's resources under `/api/v1`. */
export function registerRoutes(app: Hono<AppEnv>): void {
  app.route('/', serverRoutes());
  for (const handlers of RESOURCES) app.route(API_BASE, resource(handlers));
}
