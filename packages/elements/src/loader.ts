// The CDN loader, dist-cdn/hapur.js (issue #20): a page includes it once and gets each block the first time
// its tag appears, in the document or in a shadow root it is told about (`watch`). Each block is its own
// module; Lit, the SDK core, ky and zod sit in shared chunks, so two blocks never download the same code. One module
// carries another block: the service list's holds the card (ADR 0011, 2026-12-06), so a page with both fetches it alone.
// Chunks have content hashes in their names and are imported relative to this file (the browser resolves
// a relative import() against the importing module's URL), so one version always loads as a whole.
// The block list is the block folders: vite.config.ts's `hapur-blocks` plugin maps each
// src/components/<name>/<name>.define.ts to `<hapur-<name>>`, so a new block needs no change here.
import modules, { carriedBy } from 'virtual:hapur-blocks';
import { spaceBlocks } from './internal/block-space.js';
import { replayLateContextRequests } from './internal/context-root.js';

/** Tag → the import of the module that defines it. */
const blocks = new Map(Object.entries(modules));
const selector = [...blocks.keys()].join(',');
const loading = new Map<string, Promise<void>>();

/** The tags the loader knows: one per block. */
export const blockTags: readonly string[] = [...blocks.keys()];

/**
 * Imports the module of one block (`hapur-service-info`) unless it is loaded or loading; resolves when the
 * tag is defined. Unknown tags resolve at once. A failed import is tried again at once under a new URL, and again
 * when the connection returns (the browser's `online`) or the tag is next added. A tag that appears while the
 * browser is offline is loaded when the connection returns: asked for offline, the module would fail, and some
 * browsers (Chromium 150) keep it failed for the life of the page.
 */
export function loadBlock(tag: string): Promise<void> {
  // A block another block's module carries (the service card, in the list's): that module defines it.
  const carrier = carriedBy[tag];
  if (carrier && loading.has(carrier)) return loading.get(carrier)!;
  const load = blocks.get(tag);
  if (!load) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    // internal/while-online.ts's whenOnline, written here: imported, it and the modules beside it would be a chunk
    // shared with the blocks' kit, one more request and ~0.2 KB on every page (issue #20).
    pending = (
      navigator.onLine === false
        ? new Promise((resolve) => addEventListener('online', resolve, { once: true }))
        : Promise.resolve()
    )
      .then(load)
      // A module whose download broke off stays failed for the page in Chromium (importing it again rejects without a
      // request): it is asked for again under a new URL (internal/while-online.ts's importAgain, written here for the
      // reason above), at once and when the connection returns.
      .catch((error: Error) => import(/* @vite-ignore */ `${/\S+$/.exec(error.message)}?${Date.now()}`))
      .then(
        () => undefined,
        (error: unknown) => {
          loading.delete(tag);
          console.error(`Hapur: <${tag}> did not load.`, error);
          // The blocks it carries load their own modules: a list that failed leaves the page's cards working.
          for (const carried in carriedBy) if (carriedBy[carried] === tag) void loadBlock(carried);
          addEventListener('online', () => loadBlock(tag));
        },
      );
    loading.set(tag, pending);
  }
  return pending;
}

/** Loads the blocks of the given nodes (the tags in them and theirs), seen together. */
function scan(nodes: Iterable<Node>): void {
  const tags: string[] = [];
  for (const node of nodes) {
    if (node instanceof Element && blocks.has(node.localName)) tags.push(node.localName);
    // An element, a document or a fragment (a shadow root); not text.
    if ('querySelectorAll' in node)
      for (const el of (node as ParentNode).querySelectorAll(selector)) tags.push(el.localName);
  }
  // Not a block whose carrier comes with it: a page, or a change to it, with a list and cards fetches the list's
  // module only.
  for (const tag of tags) if (!tags.includes(carriedBy[tag]!)) void loadBlock(tag);
}

const observer = new MutationObserver((records) => scan(records.flatMap((record) => [...record.addedNodes])));
const watched = new WeakSet<Node>();

/**
 * Loads the blocks already in `root` and those added to it later. The document is watched from the start;
 * a shadow root (or any other subtree the document's observer cannot see) has to be passed here.
 */
export function watch(root: Document | ShadowRoot | Element): void {
  if (watched.has(root)) return;
  watched.add(root);
  scan([root]);
  observer.observe(root, { childList: true, subtree: true });
}

// A block may upgrade before the <hapur-provider> around it (each module arrives when it arrives): the
// page keeps the blocks' requests for its settings and asks again once the provider is there.
replayLateContextRequests(document.documentElement);
// Blocks get their box and outer spacing now, before their modules arrive: no layout shift when they upgrade.
spaceBlocks(selector);
watch(document);
