import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The smallest tar (POSIX ustar) the backups need: regular files and directories, names up to 100 bytes,
 * so `tar -tzf backup.tar.gz` lists a backup and `tar -xzf` unpacks it by hand.
 */
const BLOCK = 512;
const SAFE_NAME = /^(?:[A-Za-z0-9_][A-Za-z0-9._-]*\/)*[A-Za-z0-9_][A-Za-z0-9._-]*\/?$/;

export interface TarEntry {
  /** Relative, `/`-separated; directories end with `/`. */
  name: string;
  data?: Uint8Array;
  mode: number;
  mtime: Date;
}

/** Reads `dir` into entries (directories first, then their contents), leaving out what `skip` names and anything but files and directories. */
export function readTree(dir: string, skip: (name: string) => boolean, prefix = ''): TarEntry[] {
  const entries: TarEntry[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = `${prefix}${name}`;
    if (skip(path)) continue;
    const stat = lstatSync(join(dir, name));
    if (stat.isDirectory()) {
      entries.push({ name: `${path}/`, mode: stat.mode & 0o777, mtime: stat.mtime });
      entries.push(...readTree(join(dir, name), skip, `${path}/`));
    } else if (stat.isFile()) {
      entries.push({ name: path, data: readFileSync(join(dir, name)), mode: stat.mode & 0o777, mtime: stat.mtime });
    }
  }
  return entries;
}

/** The tar archive of `entries`. */
export function tar(entries: readonly TarEntry[]): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const e of entries) {
    const name = Buffer.from(e.name);
    if (name.length > 100 || !SAFE_NAME.test(e.name)) throw new Error(`Cannot archive the name ${e.name}`);
    const size = e.data?.length ?? 0;
    const header = Buffer.alloc(BLOCK);
    name.copy(header, 0);
    const octal = (value: number, at: number, width: number) =>
      header.write(`${value.toString(8).padStart(width - 1, '0')}\0`, at, 'ascii');
    octal(e.mode, 100, 8);
    octal(0, 108, 8);
    octal(0, 116, 8);
    octal(size, 124, 12);
    octal(Math.floor(e.mtime.getTime() / 1000), 136, 12);
    header.write(e.name.endsWith('/') ? '5' : '0', 156, 'ascii');
    header.write('ustar\u000000', 257, 'ascii');
    header.write(`${checksum(header).toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
    blocks.push(header);
    if (e.data && size > 0) blocks.push(e.data, Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK));
  }
  blocks.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(blocks);
}

/** Unpacks `archive` into `dir`; refuses anything but files and directories with plain relative names. */
export function untar(archive: Uint8Array, dir: string): number {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  let at = 0;
  let files = 0;
  while (at + BLOCK <= bytes.length) {
    const header = bytes.subarray(at, at + BLOCK);
    if (header.every((b) => b === 0)) return files;
    const text = (from: number, to: number) => header.toString('ascii', from, to).replace(/\0.*$/s, '');
    const stored = parseInt(text(148, 156).trim(), 8);
    if (stored !== checksum(header)) throw new Error(`a damaged entry at byte ${at}`);
    const name = text(0, 100);
    const size = parseInt(text(124, 136).trim() || '0', 8);
    const type = text(156, 157) || '0';
    if (!SAFE_NAME.test(name) || (type !== '0' && type !== '5')) throw new Error(`an unexpected entry "${name}"`);
    const mode = parseInt(text(100, 108).trim() || '600', 8) & 0o700;
    at += BLOCK;
    if (type === '5') mkdirSync(join(dir, name), { recursive: true, mode: 0o700 });
    else {
      if (at + size > bytes.length) throw new Error(`"${name}" is cut short`);
      mkdirSync(dirname(join(dir, name)), { recursive: true, mode: 0o700 });
      writeFileSync(join(dir, name), bytes.subarray(at, at + size), { mode: mode || 0o600 });
      files++;
    }
    at += Math.ceil(size / BLOCK) * BLOCK;
  }
  throw new Error('the archive has no end');
}

/** The header checksum: the sum of its bytes with the checksum field read as spaces. */
function checksum(header: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
  return sum;
}
