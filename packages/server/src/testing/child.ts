import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));

export interface Child {
  proc: ChildProcess;
  url: string;
  /** Everything the child wrote, for failure messages. */
  output(): string;
}

/**
 * Starts `hapur-server start` from source as one child process and waits for its `listening` log line.
 * The child inherits this process's environment; a key given as `undefined` is removed from it (e.g.
 * `DATABASE_URL: undefined` for a test of the embedded database while the suite runs on Postgres).
 */
export function startChild(env: Record<string, string | undefined>): Promise<Child> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    LOG_LEVEL: 'info',
    HAPUR_WRITE_RATE_LIMIT: '0',
    ...env,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete childEnv[key];
  const proc = spawn(
    process.execPath,
    ['--conditions=@hapur/source', '--import', import.meta.resolve('tsx'), CLI, 'start'],
    {
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /"msg":"listening","port":(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, url: `http://127.0.0.1:${m[1]}`, output: () => out });
      }
    };
    proc.stdout?.on('data', onData);
    proc.stderr?.on('data', onData);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

export function exited(proc: ChildProcess): Promise<void> {
  return proc.exitCode !== null || proc.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => proc.once('exit', () => r()));
}
