#!/usr/bin/env node
// hapur-server CLI shim: runs the built CLI (dist/cli.js) when present, otherwise the TypeScript
// source through tsx (in the workspace, with the @hapur/source condition so @hapur/sdk resolves to source).
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const src = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const args = existsSync(dist) && !process.env.HAPUR_FROM_SOURCE
  ? [dist]
  : ['--conditions=@hapur/source', '--import', import.meta.resolve('tsx'), src];
const child = spawn(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
