#!/usr/bin/env node
// hapur-server CLI shim. In the workspace (src/ present) it runs the TypeScript source through tsx with the
// @hapur/source condition, so @hapur/sdk resolves to its source too and nothing needs building. In the
// published package (no src/) it runs the built dist/cli.js.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const dist = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const args = existsSync(src) ? ['--conditions=@hapur/source', '--import', import.meta.resolve('tsx'), src] : [dist];
const child = spawn(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
