#!/usr/bin/env node
// The README's demo command (`npm start`): builds the CDN bundle and the React and Vue example apps (which
// bundle the packages' built dist/, so the SDK, elements and React wrappers are built first, in that order),
// then starts the reference API with its embedded database (PGlite), the seed data, the example pages and the
// bundle on one port.
import { spawnSync, spawn } from 'node:child_process';

const builds = ['@hapur/sdk', '@hapur/elements', '@hapur/react', '@hapur/example-react', '@hapur/example-vue'];
for (const workspace of builds) {
  const build = spawnSync('npm', ['run', 'build', '-w', workspace], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error(`npm start: building ${workspace} failed (see above).`);
    process.exit(build.status ?? 1);
  }
}
const child = spawn(
  process.execPath,
  ['--conditions=@hapur/source', '--import', 'tsx', 'scripts/demo.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
