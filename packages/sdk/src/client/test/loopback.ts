// A real HTTP server on 127.0.0.1 (port 0) for client tests: routes answer with status, headers and body,
// and every request is recorded (method, path, headers, body) so tests can count and inspect them.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** Serialized as JSON unless a string. */
  body?: unknown;
  /** Wait this long before answering (timeouts, dedupe). */
  delayMs?: number;
  /** Send the headers and half the body, then `'drop'` the connection or `'stall'` (never send the rest). */
  cut?: 'drop' | 'stall';
}

export type Handler = (req: Seen, nth: number) => Reply | 'hang-up' | Promise<Reply | 'hang-up'>;

export interface Loopback {
  url: string;
  seen: Seen[];
  route(method: string, path: string, handler: Handler): void;
  count(method: string, path: string): number;
  close(): Promise<void>;
}

export async function startLoopback(): Promise<Loopback> {
  const routes = new Map<string, Handler>();
  const seen: Seen[] = [];
  const count = (method: string, path: string) => seen.filter((s) => s.method === method && s.path === path).length;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry: Seen = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(entry);
      const handler = routes.get(`${entry.method} ${entry.path}`);
      if (!handler) {
        res.writeHead(404, { 'content-type': 'application/problem+json' });
        res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' }));
        return;
      }
      void Promise.resolve(handler(entry, count(entry.method, entry.path))).then(async (reply) => {
        if (reply === 'hang-up') return void req.socket.destroy();
        if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
        if (res.destroyed) return;
        const body =
          reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        const type = (reply.status ?? 200) >= 400 ? 'application/problem+json' : 'application/json';
        // A cut answer announces the whole body's length, so the client waits for what never comes.
        const length = reply.cut ? { 'content-length': String(Buffer.byteLength(body)) } : {};
        res.writeHead(reply.status ?? 200, { 'content-type': type, ...length, ...reply.headers });
        if (!reply.cut) return void res.end(body);
        res.write(body.slice(0, body.length >> 1));
        if (reply.cut === 'drop') setTimeout(() => req.socket.destroy(), 20);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    route: (method, path, handler) => void routes.set(`${method} ${path}`, handler),
    count,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const problem = (status: number, code: string, title: string, extra: object = {}) => ({
  type: `https://hapur.example/problems/${code}`,
  title,
  status,
  code,
  ...extra,
});
