// Types of language-files.mjs (the test/shape checks and the benchmarks import it).
import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

export const LANGUAGE_FILE: RegExp;
export function languageFiles(dir: string): string[];
export function expandLanguageImports(code: string, id: string): string | null;
export function languageFilesPlugin(): Plugin;
export function languageFilesServerPlugin(rootDir: string): { name: string; transform(context: unknown): unknown };
export function languageFilesEsbuildPlugin(): EsbuildPlugin;
