import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { Env, Hono } from 'hono';
import { etagOf } from '../domain/etag.js';
import { matchesEtag } from './conditional.js';
import { htmlCsp } from './security-headers.js';

/** A directory served under a URL prefix, e.g. `{ urlPrefix: '/cdn/', dir: 'packages/elements/dist-cdn' }`. */
export interface StaticMount {
  urlPrefix: string;
  dir: string;
  /**
   * Files (paths relative to `dir`, `/`-separated) whose content never changes under the same name, i.e.
   * content-hashed names such as the CDN bundle's `chunks/en-CCYbZenV.js`: `/^chunks\//`. Browsers and
   * caches keep these a year without asking again. Every other file is kept 5 minutes, then revalidated.
   */
  immutable?: RegExp;
  /** Its HTML may be framed by pages of this origin (Storybook's manager frames its preview); default: by none. */
  sameOriginFrames?: boolean;
}

/** Cache-Control of a file that may change under its name (`hapur.js`, pages): short, then revalidate the ETag. */
export const STATIC_CACHE = 'public, max-age=300';
/** Cache-Control of a content-hashed file: a year, never revalidated. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

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
 * Serves each mount's files (GET/HEAD), `index.html` for a directory, with an ETag, a Cache-Control
 * (a year for the mount's `immutable` files, 5 minutes otherwise) and `Cross-Origin-Resource-Policy:
 * cross-origin` so other sites may embed the bundle. The app's compress middleware gzips text files.
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
      const relative = target
        .slice(root.length + 1)
        .split(sep)
        .join('/');
      const headers = {
        ETag: etag,
        'Cache-Control': mount.immutable?.test(relative) ? IMMUTABLE_CACHE : STATIC_CACHE,
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'Access-Control-Allow-Origin': '*',
        'X-Content-Type-Options': 'nosniff',
      };
      if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
      const type = TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
      const csp = type.startsWith('text/html')
        ? { 'Content-Security-Policy': htmlCsp(mount.sameOriginFrames ? "'self'" : "'none'") }
        : {};
      return c.body(new Uint8Array(bytes), 200, { ...headers, ...csp, 'Content-Type': type });
    });
  }
}
