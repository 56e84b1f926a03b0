import { chmodSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

/**
 * The local-only admin channel: while a server holds an embedded data directory, staff tooling
 * (`hapur-server token create`, …) cannot open that database, so the CLI asks the running server instead,
 * over a Unix socket inside the data directory. Never a TCP port: only a user who can open the data
 * directory (and the socket is owner-only, 0600) can talk to it. One JSON line each way per connection.
 */
export const ADMIN_SOCKET = 'admin.sock';

/** What an admin command prints and its exit code, the same whether it ran in the CLI or in the server. */
export interface AdminAnswer {
  code: number;
  out: string;
  err: string;
}

export type AdminHandler = (args: readonly string[]) => Promise<AdminAnswer>;

export interface AdminChannel {
  readonly path: string;
  close(): Promise<void>;
}

const MAX_REQUEST = 16 * 1024;

/** Listens on `<dataDir>/admin.sock` and answers each request with `handle`. */
export async function listenAdmin(dataDir: string, handle: AdminHandler): Promise<AdminChannel> {
  const path = join(dataDir, ADMIN_SOCKET);
  // A socket left behind by a killed server: whoever calls this holds the data directory's lock.
  rmSync(path, { force: true });
  const server = createServer((socket) => {
    let input = '';
    socket.setEncoding('utf8');
    socket.on('error', () => socket.destroy());
    socket.on('data', (chunk: string) => {
      input += chunk;
      const end = input.indexOf('\n');
      if (end === -1) {
        if (input.length > MAX_REQUEST) socket.destroy();
        return;
      }
      socket.removeAllListeners('data');
      void answer(input.slice(0, end), handle).then((reply) => socket.end(`${JSON.stringify(reply)}\n`));
    });
  });
  // Owner-only from the start (umask), and again explicitly.
  const mask = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => resolve());
    });
  } finally {
    process.umask(mask);
  }
  chmodSync(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          rmSync(path, { force: true });
          resolve();
        });
      }),
  };
}

async function answer(line: string, handle: AdminHandler): Promise<AdminAnswer> {
  let args: unknown;
  try {
    args = (JSON.parse(line) as { args?: unknown }).args;
  } catch {
    args = undefined;
  }
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string'))
    return { code: 2, out: '', err: 'The admin request is not {"args": [string…]}.' };
  try {
    return await handle(args);
  } catch (error) {
    return { code: 1, out: '', err: error instanceof Error ? error.message : String(error) };
  }
}

/** Asks the server running on `dataDir` to run an admin command; rejects when no server answers there. */
export function askAdmin(dataDir: string, args: readonly string[], timeoutMs = 30_000): Promise<AdminAnswer> {
  const path = join(dataDir, ADMIN_SOCKET);
  return new Promise((resolve, reject) => {
    const socket = connect(path);
    let output = '';
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new Error(`The server on ${dataDir} did not answer in ${timeoutMs / 1000} s.`)),
    );
    socket.on('connect', () => socket.write(`${JSON.stringify({ args })}\n`));
    socket.on('data', (chunk: string) => (output += chunk));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'ENOENT' || error.code === 'ECONNREFUSED'
          ? new Error(`No running server answers on ${path}.`)
          : error,
      ),
    );
    socket.on('end', () => {
      try {
        resolve(JSON.parse(output) as AdminAnswer);
      } catch {
        reject(new Error(`The server on ${dataDir} gave no answer.`));
      }
    });
  });
}
