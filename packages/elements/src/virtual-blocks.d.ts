// The loader's block map, written by the `hapur-blocks` plugin in vite.config.ts from the block folders.
declare module 'virtual:hapur-blocks' {
  /** `hapur-<block>` → imports the module that defines it. */
  const blocks: Record<string, () => Promise<unknown>>;
  export default blocks;
  /** `hapur-<carried>` → `hapur-<carrier>`: the carrier's module defines the carried block too (the CDN build). */
  export const carriedBy: Record<string, string>;
}
