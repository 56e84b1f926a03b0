import type { Hono } from 'hono';
import type { AppEnv } from '../app.js';
import { metaRoutes } from './meta.js';

/** Every route of the app, in one place. */
export function registerRoutes(app: Hono<AppEnv>): void {
  metaRoutes(app);
}
