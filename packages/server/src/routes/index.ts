import type { Hono } from 'hono';
import type { AppEnv } from '../app.js';
import { commentRoutes } from './comments.js';
import { feedbackRoutes } from './feedback.js';
import { metaRoutes } from './meta.js';
import { participationRoutes } from './participation.js';
import { planRoutes } from './plans.js';
import { serviceRoutes } from './services.js';
import { staffRoutes } from './staff.js';

/** Every route of the app, in one place. Staff routes first: `/feedback/{reference}/status` before `/feedback/{token}`. */
export function registerRoutes(app: Hono<AppEnv>): void {
  metaRoutes(app);
  staffRoutes(app);
  planRoutes(app);
  commentRoutes(app);
  serviceRoutes(app);
  feedbackRoutes(app);
  participationRoutes(app);
}
