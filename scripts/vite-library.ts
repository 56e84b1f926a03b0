import type { BuildEnvironmentOptions } from 'vite';

export interface LibraryBuildOptions {
  /** Entry name → source file, e.g. `{ index: 'src/index.ts' }`. */
  entry: Record<string, string>;
  /** Imports left to the consumer's bundler (dependencies, peers, `node:`). */
  external: RegExp[];
  /** True where nothing else writes to dist/ before the build. */
  emptyOutDir?: boolean;
}

/**
 * The ESM library build the published packages share (sdk, elements, react): one file per module under
 * dist/, mirroring src/, with source maps and no minifying (the app's bundler minifies). Types come from `tsc -b`.
 */
export function libraryBuild({ entry, external, emptyOutDir = false }: LibraryBuildOptions): BuildEnvironmentOptions {
  return {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir,
    sourcemap: true,
    minify: false,
    lib: { entry, formats: ['es'] },
    rolldownOptions: { external, output: { preserveModules: true, preserveModulesRoot: 'src' } },
  };
}
