import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { buildOpenApiDocument } from '@hapur/sdk';
import type { AppEnv } from '../app-env.js';
import { sendJson } from '../http/conditional.js';
import { ENDPOINTS, PROBLEM_CODES } from './catalogue.js';
import type { AnyContext, Handlers } from './define.js';
import { healthRoutes } from './health.js';
import { SERVER_VERSION } from '../version.js';

const esc = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

let openapi: unknown;
const openApiDocument = (c: AnyContext) => sendJson(c, (openapi ??= buildOpenApiDocument(SERVER_VERSION)));

/** The API's own description, `/api/v1/openapi.json`. */
export const metaHandlers = { getOpenApi: openApiDocument } satisfies Handlers;

/** The server's routes outside the API: health, readiness and metrics, `/openapi.json` (the same document) and `/api`. */
export function serverRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.route('/', healthRoutes());
  app.get('/openapi.json', openApiDocument);
  app.get('/api', (c) =>
    c.html(apiPage(), 200, { 'Cache-Control': 'public, max-age=300', 'Content-Security-Policy': API_PAGE_CSP }),
  );
  return app;
}

const API_STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}
code{font-size:.95em}a{color:#0645ad}`;
/** The page loads nothing and runs nothing: only its own inline style (by hash), and no framing. */
const API_PAGE_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(API_STYLE).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

function apiPage(): string {
  const rows = ENDPOINTS.map(
    (e) =>
      `<tr><td><code>${e.method}</code></td><td><code>${esc(e.path)}</code></td><td>${esc(e.summary)}${e.staff ? ' <strong>(staff token)</strong>' : ''}</td></tr>`,
  ).join('\n');
  const codes = Object.entries(PROBLEM_CODES)
    .map(([code, text]) => `<dt id="problem-${code}"><code>${code}</code></dt><dd>${esc(text)}</dd>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hapur API</title>
<style>${API_STYLE}</style></head>
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
}
