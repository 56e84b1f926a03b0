// Release dry run (issue #9): `changeset version` in a throw-away git worktree on a scratch branch, with the
// checkout's current .changeset/ (committed or not), then checks versions, changelogs, dependants and private
// workspaces against test/release/release-plan.ts, and writes and checks docs/embedding.md's SRI hashes and pinned
// version for the released @hapur/elements (scripts/sri.mjs). The real checkout is never written to; the test proves it.
//   node scripts/node-test.mjs test/release --suffix=.e2e.ts
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedVersions, readChangesets, readWorkspaces, rewriteRange, type Changeset } from './release-plan.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const changesetBin = join(repo, 'node_modules/@changesets/cli/bin.js');
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Hapur dry run', '-c', 'user.email=dry-run@hapur.invalid', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const HEADINGS = { major: '### Major Changes', minor: '### Minor Changes', patch: '### Patch Changes' };

// What changeset version could write in the real checkout, fingerprinted before and after.
function fingerprint(): string {
  const files = ['package.json', '.changeset/config.json']
    .concat(readdirSync(join(repo, '.changeset')).map((f) => `.changeset/${f}`))
    .concat(readWorkspaces(repo).flatMap((w) => [`${w.dir}/package.json`, `${w.dir}/CHANGELOG.md`]));
  const hash = createHash('sha256');
  for (const f of [...new Set(files)].sort())
    hash.update(`${f}\0${existsSync(join(repo, f)) ? readFileSync(join(repo, f)) : '-'}\0`);
  const status = git(repo, 'status', '--porcelain', '--', '.changeset', 'package.json', 'packages', 'examples');
  const branches = git(repo, 'branch', '--list', 'scratch/*');
  const worktrees = git(repo, 'worktree', 'list', '--porcelain');
  return `${hash.digest('hex')}\n${status
    .split('\n')
    .filter((l) => /package\.json|CHANGELOG|\.changeset/.test(l))
    .join('\n')}\n${branches}\n${worktrees}`;
}

const branch = `scratch/changeset-dry-run-${process.pid}-${Date.now()}`;
const work = mkdtempSync(join(tmpdir(), 'hapur-release-'));
const before_ = fingerprint();
let changesets: Changeset[] = [];
let versions = new Map<string, string>();
let workspaces = readWorkspaces(repo);
let output = '';

function cleanUp() {
  try {
    git(repo, 'worktree', 'remove', '--force', work);
  } catch {
    rmSync(work, { recursive: true, force: true });
    git(repo, 'worktree', 'prune');
  }
  if (git(repo, 'branch', '--list', branch).trim()) git(repo, 'branch', '-D', branch);
}

describe('release dry run: changeset version on a scratch branch', () => {
  before(() => {
    git(repo, 'worktree', 'add', '--quiet', '-b', branch, work, 'HEAD');
    // The checkout's changesets as they are now, so a changeset not yet committed is dry-run too.
    rmSync(join(work, '.changeset'), { recursive: true, force: true });
    cpSync(join(repo, '.changeset'), join(work, '.changeset'), { recursive: true });
    // Right after a release the checkout has no changesets: the dry run then releases a throw-away patch of every
    // public package, so the pipeline (versions, changelogs, ranges) is still exercised on every run.
    if (readChangesets(work).length === 0) {
      const packages = readWorkspaces(work).filter((w) => !w.private);
      writeFileSync(
        join(work, '.changeset', 'dry-run-sample.md'),
        `---\n${packages.map((w) => `'${w.name}': patch`).join('\n')}\n---\n\nA throw-away change of the release dry run.\n`,
      );
    }
    git(work, 'add', '.changeset');
    git(work, 'commit', '--quiet', '--allow-empty', '-m', 'dry run: the checkout’s changesets');
    symlinkSync(join(repo, 'node_modules'), join(work, 'node_modules')); // the changelog generator resolves from here
    changesets = readChangesets(work);
    workspaces = readWorkspaces(work);
    versions = expectedVersions(changesets, workspaces);
    output = execFileSync(process.execPath, [changesetBin, 'version'], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
  });
  after(cleanUp);

  it('has changesets to release, and bumps each package as its changesets say', () => {
    assert.ok(changesets.length > 0, 'no .changeset/*.md to dry-run');
    assert.match(output, /All files have been updated/);
    for (const w of readWorkspaces(work)) {
      if (w.private) continue;
      const was = workspaces.find((x) => x.name === w.name)!;
      assert.equal(w.version, versions.get(w.name) ?? was.version, `${w.name} version`);
    }
  });

  it('writes each bumped package a CHANGELOG.md whose entries are the changeset summaries, under the right bump', () => {
    for (const w of workspaces.filter((x) => versions.has(x.name))) {
      const log = readFileSync(join(work, w.dir, 'CHANGELOG.md'), 'utf8');
      console.log(`\n--- ${w.dir}/CHANGELOG.md (head) ---\n${log.split('\n').slice(0, 14).join('\n')}`);
      assert.ok(log.startsWith(`# ${w.name}\n\n## ${versions.get(w.name)}\n`), `${w.name}: heading and version`);
      for (const cs of changesets.filter((c) => c.releases.has(w.name))) {
        const section = log.split(/^### /m).find((s) => `### ${s}`.startsWith(HEADINGS[cs.releases.get(w.name)!]));
        const first = cs.summary.split('\n')[0]!;
        assert.ok(section?.includes(first), `${w.name}: ${cs.id} under ${HEADINGS[cs.releases.get(w.name)!]}`);
      }
      for (const [dep] of Object.entries(w.deps).filter(([d]) => versions.has(d)))
        assert.ok(log.includes(`${dep}@${versions.get(dep)}`), `${w.name}: notes ${dep}@${versions.get(dep)}`);
    }
  });

  it('points every workspace (private ones too) at the new versions of its workspace dependencies', () => {
    for (const w of readWorkspaces(work)) {
      const was = workspaces.find((x) => x.name === w.name)!;
      for (const [dep, range] of Object.entries(was.deps).filter(([d]) => versions.has(d)))
        assert.equal(w.deps[dep], rewriteRange(range, versions.get(dep)!), `${w.name} → ${dep}`);
    }
  });

  it('leaves private workspaces and the root unversioned: same version, no CHANGELOG.md', () => {
    const privates = workspaces.filter((w) => w.private);
    assert.ok(privates.length > 0);
    for (const w of privates) {
      const now = readWorkspaces(work).find((x) => x.name === w.name)!;
      assert.equal(now.version, w.version, `${w.name} keeps its version`);
      assert.equal(existsSync(join(work, w.dir, 'CHANGELOG.md')), false, `${w.name} has no changelog`);
    }
    assert.equal(readFileSync(join(work, 'package.json'), 'utf8'), readFileSync(join(repo, 'package.json'), 'utf8'));
    assert.equal(existsSync(join(work, 'CHANGELOG.md')), false);
  });

  it('consumes the changesets in the scratch copy and touches nothing else', () => {
    assert.deepEqual(readdirSync(join(work, '.changeset')).sort(), ['README.md', 'config.json']);
    const touched = git(work, 'status', '--porcelain')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(3));
    const allowed = /^(\.changeset\/.+\.md|(packages|examples)\/[\w-]+\/(package\.json|CHANGELOG\.md)|node_modules)$/;
    assert.deepEqual(
      touched.filter((p) => !allowed.test(p)),
      [],
    );
  });

  // After the check above: this one writes docs/embedding.md in the scratch copy, as the release commit does.
  it('writes docs/embedding.md for the released @hapur/elements: its tags pin that version, its SRI hashes are of this build', () => {
    const elements = readWorkspaces(work).find((w) => w.name === '@hapur/elements')!;
    const dist = join(repo, 'packages/elements/dist-cdn'); // built by the build step; the version is not in its bytes
    const sri = (...args: string[]) =>
      execFileSync(process.execPath, [join(work, 'scripts/sri.mjs'), '--dist', dist, ...args], {
        cwd: work,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    assert.throws(
      () => sri('--check'),
      /not those of @hapur\/elements@/,
      'the docs hold no hashes of this version yet',
    );
    sri();
    const doc = readFileSync(join(work, 'docs/embedding.md'), 'utf8');
    const pins = [...doc.matchAll(/@hapur\/elements@([^/\s]+)\/dist-cdn\//g)].map((m) => m[1]);
    assert.ok(pins.length >= 3, 'the jsDelivr, unpkg and one-file tags');
    assert.deepEqual([...new Set(pins)], [elements.version]);
    assert.ok(doc.includes(`Hashes of \`@hapur/elements@${elements.version}\``));
    for (const file of ['hapur.js', 'hapur.all.js']) {
      const hash = createHash('sha384')
        .update(readFileSync(join(dist, file)))
        .digest('base64');
      assert.ok(doc.includes(`| \`${file}\``) && doc.includes(`\`sha384-${hash}\``), `${file}: sha384-${hash}`);
    }
    assert.match(sri('--check'), /# pass 1/);
  });

  it('leaves the real checkout as it was, once the worktree and branch are gone', () => {
    cleanUp();
    assert.equal(existsSync(work), false);
    assert.equal(fingerprint(), before_);
  });
});
