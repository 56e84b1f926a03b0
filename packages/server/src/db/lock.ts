import { closeSync, linkSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface DirLock {
  readonly path: string;
  release(): void;
}

export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
  readonly dir: string;
  readonly pid: number;
  constructor(dir: string, pid: number) {
    super(
      `The data directory ${dir} is in use by ${pid > 0 ? `process ${pid}` : 'another process that is starting'}. Stop it first, or set HAPUR_DATA_DIR to another directory.`,
    );
    this.dir = dir;
    this.pid = pid;
  }
}

const LOCK_NAME = 'hapur.lock';
/** A lock file that cannot be read is a writer's unfinished work while it is younger than this, else debris. */
const UNREADABLE_GRACE_MS = 10_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes `content` to a new file beside `path` and links it to `path`: the lock appears complete or not at all. */
function createComplete(path: string, content: string): boolean {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path); // atomic; EEXIST when another process holds the name
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Milliseconds since the file was last written; undefined when it is gone. */
function ageOf(path: string): number | undefined {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

interface Holder {
  pid: number | undefined;
  stale: boolean;
  text: string | undefined;
}

function inspect(path: string): Holder | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let holder: { pid?: unknown; host?: unknown } | undefined;
  try {
    holder = JSON.parse(text) as typeof holder;
  } catch {
    holder = undefined;
  }
  const pid = typeof holder?.pid === 'number' ? holder.pid : undefined;
  if (pid === undefined) {
    // Unreadable: written by an older version that was interrupted, or being written right now.
    const age = ageOf(path);
    return age === undefined ? undefined : { pid: undefined, stale: age > UNREADABLE_GRACE_MS, text };
  }
  const sameHost = holder?.host === undefined || holder.host === hostname();
  return { pid, stale: pid !== process.pid && sameHost && !isAlive(pid), text };
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `fn` holding `hapur.lock.takeover`, created the same all-or-nothing way, so only one process at a
 * time may remove a stale lock. Returns false when another process holds it (try again shortly). A
 * takeover file left by a process that died during a takeover is removed once it is old.
 */
function withTakeover(path: string, fn: () => void): boolean {
  const mutex = `${path}.takeover`;
  if (!createComplete(mutex, JSON.stringify({ pid: process.pid, host: hostname() }))) {
    const holder = inspect(mutex);
    const age = ageOf(mutex) ?? 0;
    if (holder && (holder.stale || holder.pid === undefined) && age > UNREADABLE_GRACE_MS)
      rmSync(mutex, { force: true });
    return false;
  }
  try {
    fn();
  } finally {
    rmSync(mutex, { force: true });
  }
  return true;
}

/**
 * Takes the data directory's lock file. The file is created complete in one step (written under a
 * temporary name, then hard-linked to `hapur.lock`, which fails if the name exists), so two processes
 * starting together can never both hold it. A lock left by a process that no longer runs on this host
 * (killed, crashed) is stale: one process at a time (`withTakeover`) checks it again and removes it,
 * and every contender then races for the name the same all-or-nothing way.
 */
export function acquireLock(dir: string): DirLock {
  const path = join(dir, LOCK_NAME);
  const owner = JSON.stringify({ pid: process.pid, host: hostname(), at: new Date().toISOString() });
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (createComplete(path, owner)) {
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        // Remove the lock only while it is still ours.
        if (inspect(path)?.pid === process.pid) rmSync(path, { force: true });
      };
      process.once('exit', release);
      return { path, release };
    }
    const holder = inspect(path);
    if (!holder) continue; // released meanwhile
    if (!holder.stale) throw new DataDirLockedError(dir, holder.pid ?? 0);
    const took = withTakeover(path, () => {
      // Checked again under the takeover lock: only a dead owner's file is removed.
      const again = inspect(path);
      if (again?.stale && again.text === holder.text) rmSync(path, { force: true });
    });
    if (!took) sleep(20);
  }
  throw new Error(`Could not take the lock ${path}`);
}
