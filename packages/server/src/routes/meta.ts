import type { Hono } from 'hono';
import { buildOpenApiDocument } from '@hapur/sdk';
import type { AppEnv } from '../app.js';
import { sendJson } from '../http/conditional.js';
import { ENDPOINTS, PROBLEM_CODES } from './catalogue.js';

const SERVER_VERSION = '0.0.0';
const esc = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** `/healthz`, `/openapi.json` and the human-readable API page `/api`. */
export function metaRoutes(app: Hono<AppEnv>): void {
  app.get('/healthz', async (c) => {
    const { db } = c.get('deps');
    try {
      await db.query('SELECT 1');
      return c.json({ status: 'ok', database: db.kind }, 200, { 'Cache-Control': 'no-store' });
    } catch {
      return c.json({ status: 'unavailable', database: db.kind }, 503, { 'Cache-Control': 'no-store' });
    }
  });

  let openapi: unknown;
  for (const path of ['/openapi.json', '/api/v1/openapi.json']) {
    app.get(path, (c) => sendJson(c, (openapi ??= buildOpenApiDocument(SERVER_VERSION))));
  }

  app.get('/api', (c) => {
    const rows = ENDPOINTS.map(
      (e) =>
        `<tr><td><code>${e.method}</code></td><td><code>${esc(e.path)}</code></td><td>${esc(e.summary)}${e.staff ? ' <strong>(staff token)</strong>' : ''}</td></tr>`,
    ).join('\n');
    const codes = Object.entries(PROBLEM_CODES)
      .map(([code, text]) => `<dt id="problem-${code}"><code>${code}</code></dt><dd>${esc(text)}</dd>`)
      .join('\n');
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hapur API</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}
code{font-size:.95em}a{color:#0645ad}</style></head>
<body><main>
<h1>Hapur API</h1>
<p>JSON over HTTPS under <code>/api/v1</code>. Machine-readable description: <a href="/openapi.json">/openapi.json</a>.
Errors are RFC 9457 problem details (<code>application/problem+json</code>) with a stable <code>code</code>.
Reads send <code>ETag</code> and <code>Cache-Control</code>; send <code>If-None-Match</code> to get <code>304</code>.
Staff endpoints need <code>Authorization: Bearer &lt;token&gt;</code>.</p>
<h2>Endpoints</h2>
<table><thead><tr><th scope="col">Method</th><th scope="col">Path</th><th scope="col">What</th></tr></thead>
<tbody>${rows}</tbody></table>
<h2>Problem codes</h2>
<dl>${codes}</dl>
</main></body></html>`;
    return c.html(html, 200, { 'Cache-Control': 'public, max-age=300' });
  });
}
