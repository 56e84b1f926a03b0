// What `changeset version` should do, worked out independently of @changesets/* from the changeset files and the
// workspaces' package.json: new versions (highest bump per package), dependants bumped (patch) when a dependency's
// new version leaves their range, ranges rewritten (updateInternalDependencies: "patch"), private workspaces kept
// at their version (privatePackages.version: false).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Bump = 'major' | 'minor' | 'patch';
export interface Changeset {
  id: string;
  releases: Map<string, Bump>;
  summary: string;
}
export interface Workspace {
  dir: string;
  name: string;
  version: string;
  private: boolean;
  deps: Record<string, string>;
}

const RANK: Record<Bump, number> = { patch: 1, minor: 2, major: 3 };
const DEP_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;

/** Every `.changeset/*.md` but the README: front matter `'pkg': bump` lines, then the summary. */
export function readChangesets(root: string): Changeset[] {
  const dir = join(root, '.changeset');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${file}: no front matter`);
      const releases = new Map<string, Bump>();
      for (const line of match[1]!.split('\n').filter((l) => l.trim())) {
        const m = /^\s*['"]?([^'":]+)['"]?\s*:\s*(major|minor|patch)\s*$/.exec(line);
        if (!m) throw new Error(`${file}: cannot read front matter line ${JSON.stringify(line)}`);
        releases.set(m[1]!, m[2] as Bump);
      }
      return { id: file.slice(0, -3), releases, summary: match[2]!.trim() };
    });
}

/** The root's workspaces (exact paths, as the root package.json lists them). */
export function readWorkspaces(root: string): Workspace[] {
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
  return rootPkg.workspaces.map((dir) => {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    const deps: Record<string, string> = {};
    for (const field of DEP_FIELDS) Object.assign(deps, pkg[field] ?? {});
    return { dir, name: String(pkg['name']), version: String(pkg['version']), private: pkg['private'] === true, deps };
  });
}

export function bumpVersion(version: string, bump: Bump): string {
  const [major, minor, patch] = version.split('.').map(Number) as [number, number, number];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Only the range forms this repo uses; anything else fails loudly so the test is taught about it. */
export function inRange(range: string, version: string): boolean {
  if (range === '*' || range === 'workspace:*') return true;
  if (/^\d+\.\d+\.\d+$/.test(range)) return range === version;
  throw new Error(`release plan: range ${range} is not understood by this test yet`);
}

export function rewriteRange(range: string, version: string): string {
  return /^\d+\.\d+\.\d+$/.test(range) ? version : range;
}

/** Package name → new version, for every package `changeset version` should bump. */
export function expectedVersions(changesets: Changeset[], workspaces: Workspace[]): Map<string, string> {
  const bumps = new Map<string, Bump>();
  for (const cs of changesets)
    for (const [name, bump] of cs.releases) {
      const current = bumps.get(name);
      if (!current || RANK[bump] > RANK[current]) bumps.set(name, bump);
    }
  const byName = new Map(workspaces.map((w) => [w.name, w]));
  const versions = new Map<string, string>();
  const settle = () => {
    for (const [name, bump] of bumps) versions.set(name, bumpVersion(byName.get(name)!.version, bump));
  };
  settle();
  // Dependants: a public package whose range no longer holds a dependency's new version gets a patch.
  for (let changed = true; changed;) {
    changed = false;
    for (const w of workspaces) {
      if (w.private || bumps.has(w.name)) continue;
      const leaves = Object.entries(w.deps).some(
        ([dep, range]) => versions.has(dep) && !inRange(range, versions.get(dep)!),
      );
      if (leaves) {
        bumps.set(w.name, 'patch');
        settle();
        changed = true;
      }
    }
  }
  return versions;
}
