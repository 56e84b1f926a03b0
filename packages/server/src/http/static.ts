import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Env, Hono } from 'hono';
import { etagOf, matchesEtag } from './conditional.js';

/** A directory served under a URL prefix, e.g. `{ urlPrefix: '/cdn/', dir: 'packages/elements/dist-cdn' }`. */
export interface StaticMount {
  urlPrefix: string;
  dir: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves each mount's files (GET/HEAD), `index.html` for a directory, with an ETag and
 * `Cross-Origin-Resource-Policy: cross-origin` so other sites may embed the bundle.
 */
export function mountStatic<E extends Env>(app: Hono<E>, mounts: readonly StaticMount[]): void {
  for (const mount of mounts) {
    const prefix = mount.urlPrefix.endsWith('/') ? mount.urlPrefix : `${mount.urlPrefix}/`;
    const root = resolve(mount.dir);
    app.get(`${prefix}*`, async (c, next) => {
      let rel: string;
      try {
        rel = decodeURIComponent(c.req.path.slice(prefix.length));
      } catch {
        return next();
      }
      const file = resolve(root, normalize(rel).replace(/^([/\\])+/, ''));
      if (file !== root && !file.startsWith(root + sep)) return next();
      let target = file;
      const info = await stat(target).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!c.req.path.endsWith('/')) return c.redirect(`${c.req.path}/`, 301);
        target = join(target, 'index.html');
      }
      const bytes = await readFile(target).catch(() => undefined);
      if (!bytes) return next();
      const etag = etagOf(bytes);
      const headers = {
        ETag: etag,
        'Cache-Control': 'public, max-age=300',
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'Access-Control-Allow-Origin': '*',
        'X-Content-Type-Options': 'nosniff',
      };
      if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
      const type = TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
      return c.body(new Uint8Array(bytes), 200, { ...headers, 'Content-Type': type });
    });
  }
}
