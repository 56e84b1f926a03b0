import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';
import { languageFilesPlugin } from '../../scripts/language-files.mjs';
import { bosnianSerbianPlugin } from '../../scripts/bosnian-serbian.mjs';
import { libraryBuild } from '../../scripts/vite-library.ts';
import { UI_LANGUAGES } from '../sdk/src/i18n/ui-languages.ts';

/**
 * Collapses whitespace (and CSS comments) in the static parts of Lit's css``, html`` and svg`` templates of
 * our own sources, which the minifier leaves verbatim. Saves ~1 KB gzip on the CDN bundle. Safe for
 * our templates: none uses <pre> or whitespace-sensitive text. In CSS it also drops the spaces around
 * `{ } ; , >` and after `:` (never before it: `a :is(b)` is a descendant), outside quoted strings.
 */
function minifyTemplates(): Plugin {
  const tightCss = (text: string) =>
    text
      .split(/('[^']*'|"[^"]*")/)
      .map((part, i) =>
        i % 2
          ? part
          : part
              .replace(/\s*([{};,>])\s*/g, '$1')
              .replace(/:\s+/g, ':')
              .replace(/;}/g, '}'),
      )
      .join('');
  // Drops the whitespace before a tag's closing `>` (`<input .checked=${x} >` → `${x}>`; ~30 B gzip on hapur.all.js)
  // and a void HTML element's ` />` (`<input … />` → `<input …>`, which HTML reads the same; never in svg``, where the
  // slash closes the element), following across the template's expressions whether the text is inside a tag, which
  // one, and inside a quoted value, so text content keeps its ` >`.
  interface TagState {
    inTag: boolean;
    quote: string;
    name: string;
  }
  const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;
  const tightTags = (text: string, state: TagState, tag: string) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (state.quote) {
        if (c === state.quote) state.quote = '';
      } else if (state.inTag) {
        if (c === '"' || c === "'") state.quote = c;
        else if (c === '>') {
          state.inTag = false;
          out = out.trimEnd();
          if (tag === 'html' && VOID.test(state.name) && out.endsWith(' /')) out = out.slice(0, -2);
        }
      } else if (c === '<' && /[a-z/]/i.test(text[i + 1] ?? '')) {
        state.inTag = true;
        state.name = /^[a-z][\w-]*/i.exec(text.slice(i + 1))?.[0] ?? '';
      }
      out += c;
    }
    return out;
  };
  const collapse = (text: string, tag: string, state: TagState) =>
    tag === 'css'
      ? tightCss(text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' '))
      : tightTags(text.replace(/\s+/g, ' '), state, tag);
  // Returns the index just past the template literal starting at `start` (the backtick), rewriting it into out[].
  function template(code: string, start: number, tag: string | undefined, out: string[]): number {
    let i = start + 1;
    let chunk = '';
    const state: TagState = { inTag: false, quote: '', name: '' };
    out.push('`');
    const flush = () => {
      out.push(tag ? collapse(chunk, tag, state) : chunk);
      chunk = '';
    };
    while (i < code.length) {
      const c = code[i]!;
      if (c === '\\') {
        chunk += c + (code[i + 1] ?? '');
        i += 2;
      } else if (c === '`') {
        flush();
        out.push('`');
        return i + 1;
      } else if (c === '$' && code[i + 1] === '{') {
        flush();
        out.push('${');
        i = expression(code, i + 2, out);
      } else {
        chunk += c;
        i++;
      }
    }
    throw new Error('minifyTemplates: unterminated template literal');
  }
  // Copies a ${…} expression (nested braces, strings, templates) and returns the index past its closing brace.
  function expression(code: string, start: number, out: string[]): number {
    let depth = 1;
    let i = start;
    while (i < code.length) {
      const c = code[i]!;
      if (c === '`') {
        const tag = /\b(css|html|svg)\s*$/.exec(code.slice(Math.max(0, i - 8), i))?.[1];
        i = template(code, i, tag, out);
        continue;
      }
      if (c === "'" || c === '"') {
        let j = i + 1;
        while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
        out.push(code.slice(i, j + 1));
        i = j + 1;
        continue;
      }
      if (c === '{') depth++;
      if (c === '}' && --depth === 0) {
        out.push('}');
        return i + 1;
      }
      out.push(c);
      i++;
    }
    throw new Error('minifyTemplates: unterminated expression');
  }
  return {
    name: 'hapur-minify-templates',
    enforce: 'post',
    transform(code, id) {
      // A small module's copy (smallModuleCopies: the facts styles) ends in `?in=<importer>`: minified as well.
      if (!/packages\/elements\/src\/.*\.ts(\?in=.*)?$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
      const out: string[] = [];
      let last = 0;
      for (const match of code.matchAll(/\b(css|html|svg)`/g)) {
        const tick = match.index + match[0].length - 1;
        if (tick < last) continue;
        out.push(code.slice(last, tick));
        last = template(code, tick, match[1], out);
      }
      out.push(code.slice(last));
      return { code: out.join(''), map: null };
    },
  };
}

// Four builds from one config, chosen by --mode:
//   vite build                 → dist/: ESM library, one file per module; lit, @lit/* and @hapur/sdk stay external
//   vite build --mode bundle   → dist-cdn/hapur.js, the loader (src/loader.ts): it imports each block's module
//                                the first time its tag appears; blocks, shared code (Lit, the SDK core, ky,
//                                zod) and language catalogues are content-hashed chunks in dist-cdn/chunks/
//   vite build --mode bundle-all → dist-cdn/hapur.all.js: every citizen block at once. Not one file: the code it
//                                shares with chunks loaded on use (the checklist's staff view, the service's
//                                JSON-LD, language files) is in chunks it imports straight away, as the library
//                                build's entry keeps exactly its own exports; an SRI hash covers hapur.all.js only.
//                                Its catalogues are chunks, loaded on first use, so a page pays for one language
//                                only. Run after `bundle` (same dir).
//   HAPUR_BLOCK=service-info vite build --mode block → node_modules/.cache/hapur-size/<block>.js: one block alone, to measure it
// @hapur/sdk resolves to its TypeScript source through the "@hapur/source" export condition.
/** Every block: each folder src/components/<block>/ with a <block>.define.ts. */
function blockNames(): string[] {
  const dir = new URL('./src/components/', import.meta.url);
  return readdirSync(dir).filter((block) => existsSync(new URL(`${block}/${block}.define.ts`, dir)));
}

/** `src/components/<block>/<block>.define.ts` for every block, keyed by its output path (preserveModules). */
function defineEntries(): Record<string, string> {
  return Object.fromEntries(
    blockNames().map((block) => [`components/${block}/${block}.define`, `src/components/${block}/${block}.define.ts`]),
  );
}

/**
 * `virtual:hapur-blocks`, the loader's map: `<hapur-<block>>` → import of the block's define module, for every
 * block folder. A new block is in the loader as soon as its folder has a <block>.define.ts.
 * Each import ends in `.then(() => {})`: the loader never reads a define module's exports (it has none), and saying so
 * lets Rolldown skip the module's namespace object. Without it, a define chunk that also exports to its on-use chunks
 * (the tracker's, the checklist's, the form's) built an empty namespace with Rolldown's runtime helper, a chunk of its
 * own: 0.2–0.3 KB gzip and one request more on the contact, ministry and checklist pages (issue #20).
 */
function blockModules(): Plugin {
  const id = 'virtual:hapur-blocks';
  return {
    name: 'hapur-blocks',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const lines = blockNames().map(
        (block) =>
          `  'hapur-${block}': () => import(${JSON.stringify(fileURLToPath(new URL(`./src/components/${block}/${block}.define.ts`, import.meta.url)))}).then(() => {}),`,
      );
      const carried = Object.fromEntries(
        Object.entries(CARRIED).map(([block, by]) => [`hapur-${block}`, `hapur-${by}`]),
      );
      return `export default {\n${lines.join('\n')}\n};\nexport const carriedBy = ${JSON.stringify(carried)};\n`;
    },
  };
}

/**
 * hapur.all.js keeps the feedback blocks' strings inside: `bundled.ts` stands in for `index.ts` in
 * `src/translations/feedback/` and `feedback-common/`, in the `translations/` of comments, participation-stats and the form, and in the SDK's
 * validation messages (`packages/sdk/src/i18n/translations/`) (each `index.ts` loads one language at a time, as the
 * loader's chunks and npm builds do). Likewise `feedback-writes.bundled.ts` for
 * the form's calls: the plan read inside, not a lazy chunk (the checklist's monitoring template is not inside: staff
 * only, it is a chunk of its own, as with the loader, ~4 KB gzip off every citizen page); and
 * `checklist-reads.bundled.ts`: its reads through the core and zod that file holds anyway, instead of the checklist's
 * shapes; `checks-module.bundled.ts`, the form's checks inside (their messages still load per language); and the display
 * reads of comments, status, statistics and the tracker's plan by zod and the core (`*-reads.bundled.ts`), and the
 * tracker's file readers inside (`tracker-documents.bundled.ts`), for the same reason, and its timeline view with its
 * styles in place (`tracker-timeline-load.bundled.ts`); the tracker's and the checklist's downloads inside
 * (`tracker-export-load.bundled.ts`, `checklist-export-load.bundled.ts`), with `download-on-use.bundled.ts`, which has
 * no module to fail to load and so no error state; and the SDK's HTTP error classes,
 * which `loadDocument` imports on a read's first failure (`http-error-lazy.bundled.ts`).
 */
const BUNDLED =
  /[/\\](translations[/\\]feedback(-common)?|components[/\\](comments|participation-stats|feedback-form)[/\\]translations|sdk[/\\]src[/\\]i18n[/\\]translations)[/\\]index\.ts$/;
function feedbackStringsInside(): Plugin {
  return {
    name: 'hapur-feedback-strings-inside',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (
        /\/(feedback-writes|checklist-reads|checks-module|comment-reads|status-reads|stats-reads|plan-reads|tracker-documents|tracker-timeline-load|tracker-export-load|checklist-export-load|download-on-use|http-error-lazy)\.js$/.test(
          source,
        )
      ) {
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved && { ...resolved, id: resolved.id.replace(/\.ts$/, '.bundled.ts') };
      }
      // `sentence()` (one line) is in the file itself for its own strings; a catalogue loaded later gets a copy of
      // its own instead of importing a shared 0.1 KB chunk that this file would have to load first.
      if (
        /\/sentence\.js$/.test(source) &&
        importer &&
        !/[/\\](translations[/\\]feedback|feedback-form[/\\]translations)[/\\]/.test(importer)
      ) {
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        return resolved && { id: `${SENTENCE_COPY}${resolved.id}?in=${importer}` };
      }
      if (!/\/index(\.js)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && BUNDLED.test(resolved.id)
        ? { ...resolved, id: resolved.id.replace(/index\.ts$/, 'bundled.ts') }
        : resolved;
    },
    load(id) {
      if (!id.startsWith(SENTENCE_COPY)) return null;
      return { code: readFileSync(id.slice(SENTENCE_COPY.length).replace(/\?in=.*$/, ''), 'utf8'), moduleType: 'ts' };
    },
  };
}
const SENTENCE_COPY = '\0hapur-sentence:';

/**
 * A block whose module carries another block's code in the loader build: carried → carrier. The service list shows
 * service cards, so its module always needed the card's; on the municipality home (a list and two cards) that was three
 * files, card, list and the card's JSON-LD writer, each compressed on its own: 7.5 KB gzip. The list's module now holds
 * its own copy of the card and of the writer (6.4 KB together), and the loader fetches only the list's module when
 * both tags are on a page (`carriedBy` in `virtual:hapur-blocks`): −1.1 KB there (issue #20). A page with cards alone
 * still loads the card's module alone, without the list's code. The one cost: a card loaded first and a list added
 * later (or inside a shadow root watched later) downloads the card's code a second time; the copy then leaves the
 * first definition in place, silently. test/size/measure.mjs counts a page's modules the way the loader picks them.
 */
const CARRIED: Record<string, string> = { 'service-info': 'service-list' };
const IN_LIST = '\0hapur-in-list:';
/**
 * What the card's two chunks held (the card's folder, its reads and the shapes they check, its strings' catalogue, the
 * JSON-LD writer, the SDK barrels that re-export them): copied for the list's module. Anything else the list imports
 * (the kit, the language files) stays one shared module.
 */
const CARD_MODULES =
  /(elements[/\\]src[/\\](components[/\\]service-info[/\\][^/\\]+|internal[/\\](client[/\\]service-reads|inline-service|trusted-script)|translations[/\\]services[/\\]index)|sdk[/\\]src[/\\](shapes[/\\]read\.generated|rules[/\\]services|jsonld[/\\][^/\\]+|(shapes[/\\]|rules[/\\])?index))\.ts$/;
function cardInList(): Plugin {
  return {
    name: 'hapur-card-in-list',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const fromCopy = importer.startsWith(IN_LIST);
      if (!fromCopy && !/components[/\\]service-list[/\\]service-list[.\w]*\.ts$/.test(importer)) return null;
      const resolved = await this.resolve(source, fromCopy ? importer.slice(IN_LIST.length) : importer, {
        ...options,
        skipSelf: true,
      });
      if (!resolved) return null;
      // The facts styles are copied for each importer already (smallModuleCopies): the copy's importer is the list's.
      if (resolved.id.startsWith(SENTENCE_COPY)) return { id: `${resolved.id}&in-list` };
      if (CARD_MODULES.test(resolved.id)) return { id: IN_LIST + resolved.id };
      return fromCopy ? resolved : null;
    },
    load(id) {
      if (!id.startsWith(IN_LIST)) return null;
      const file = id.slice(IN_LIST.length);
      let code = readFileSync(file, 'utf8');
      // The writer inside the list's module, not a chunk of its own (nor a 0.1 KB facade of one).
      if (/service-info[/\\]service-info\.ts$/.test(file)) {
        const lazy = "import('./jsonld.js')";
        if (!code.includes(lazy)) throw new Error(`hapur-card-in-list: ${file} no longer has ${lazy}`);
        code = `import { writeJsonLd } from './jsonld.js';\n${code.replace(lazy, 'Promise.resolve({ writeJsonLd })')}`;
      }
      // A card's module that came first keeps its definition; the copy says nothing (a second Hapur script would).
      if (/service-info[/\\]service-info\.define\.ts$/.test(file)) {
        const define = /^defineElement\('hapur-service-info', (\w+)\);$/m;
        if (!define.test(code)) throw new Error(`hapur-card-in-list: ${file} no longer defines the card in one line`);
        code = code.replace(
          define,
          "customElements.get('hapur-service-info') || defineElement('hapur-service-info', $1);",
        );
      }
      return { code, moduleType: 'ts' };
    },
  };
}

/**
 * Small modules that every importer gets a copy of, in the loader's chunks and one block alone, instead of importing
 * a chunk of their own: `sentence()` (one line), which most catalogues end a sentence with, and the facts-list styles
 * the service card and the feedback status share, the text fields' look (`field.styles.ts`, a few declarations: the
 * form, the status and the staff screens; as a chunk of its own it cost 'all blocks' ~180 B), `focusAfterUpdate`
 * (one line; the form, the inbox, the progress report), and `announcer` (the service list's and the tracker's result
 * count for screen readers; as a chunk of its own it cost 'all blocks' ~0.1 KB more than the two copies). A page loads a request less, and ~0.1 KB less where one importer uses it (the service card's and list's
 * page, the ministry's tracker; the focus helper: contact page −124 B, staff pages −0.12 KB); a page with several pays
 * ~40 B a copy (issue #20). And the SDK's `searchFold` (one line; the service list's and the tracker's searches):
 * as a chunk of its own it cost the municipality home ~150 B. hapur.all.js copies `sentence()` in `feedbackStringsInside` (its feedback strings share the file's).
 */
const COPIED =
  /elements[/\\]src[/\\](translations[/\\]sentence|styles[/\\](facts|field)\.styles|internal[/\\](focus|announce))\.ts$|sdk[/\\]src[/\\]rules[/\\]search\.ts$/;
function smallModuleCopies(): Plugin {
  return {
    name: 'hapur-small-module-copies',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // What a copy imports resolves from the file it copies.
      if (importer?.startsWith(SENTENCE_COPY))
        return this.resolve(source, importer.slice(SENTENCE_COPY.length).replace(/\?in=.*$/, ''), {
          ...options,
          skipSelf: true,
        });
      if (!/\/(sentence|facts\.styles|field\.styles|focus|announce|search)\.js$/.test(source) || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && COPIED.test(resolved.id) ? { id: `${SENTENCE_COPY}${resolved.id}?in=${importer}` } : resolved;
    },
    load(id) {
      if (!id.startsWith(SENTENCE_COPY)) return null;
      return { code: readFileSync(id.slice(SENTENCE_COPY.length).replace(/\?in=.*$/, ''), 'utf8'), moduleType: 'ts' };
    },
  };
}

/**
 * A second minifier over each CDN file, after Rolldown's own (Oxc): terser's compressor (two passes, no `unsafe`
 * option) finds what Oxc leaves (single-use functions and constants inlined, declarations joined, shorter
 * conditionals): ~0.7% of hapur.all.js (issue #20). It runs on the finished files, so names and hashes are Rolldown's;
 * Rolldown writes the source maps of its own code, so each file's map, chained through terser's, is written again
 * after them (`writeBundle`): a file still maps to its sources. A name's hash is of Rolldown's output; terser (pinned)
 * gives one output for it, so a hashed name still stands for one content.
 */
function secondMinifier(): Plugin {
  const maps = new Map<string, string>();
  return {
    name: 'hapur-second-minifier',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const comment = /\n\/\/# sourceMappingURL=\S+\s*$/.exec(chunk.code)?.[0] ?? '';
        const out = await minify(chunk.code.slice(0, chunk.code.length - comment.length), {
          module: true,
          ecma: 2022,
          compress: { passes: 2 },
          ...(chunk.map ? { sourceMap: { content: chunk.map.toString(), includeSources: true } } : {}),
        });
        if (out.code === undefined) continue;
        chunk.code = out.code + comment;
        if (typeof out.map === 'string') maps.set(`${chunk.fileName}.map`, out.map);
      }
    },
    writeBundle(options) {
      for (const [file, map] of maps) writeFileSync(join(options.dir ?? '', file), map);
      maps.clear();
    },
  };
}

/**
 * The shared kit, one chunk (`chunks/kit-<hash>.js`) in the loader build: what every block loads whatever the page —
 * Lit, the elements' base (HapurElement, the blocks' side of the Context Community Protocol (`internal/context.ts`), its localize and data controllers, the data
 * states, localized text, safe links, the client registry, the design tokens) and the SDK code those use (errors,
 * the compiled-shape checker and the shape nodes most resources share (`common.generated.ts`: ~0.4 KB less on the
 * contact and ministry pages, 1.2 KB on all blocks), localized text, the Albanian day; not the HTTP error classes (`HTTP_ERRORS`), nor the service shapes: 1 KB
 * only the service blocks need). Left to itself, rolldown splits this by which blocks
 * import each module into seven chunks that every example page downloads anyway, each compressed apart with its own
 * import lines (issue #20: 0.8 KB gzip more on the municipality home, 2.4 KB on the ministry home). What only some
 * blocks use (zod, ky, the SDK's write calls, a block's own code) stays out, and so does what the loader imports
 * before any block (the context root, `internal/context-root.ts`, in hapur.js). The loader shares no module with the kit:
 * its replayed requests are plain events and it waits for the connection with its own three lines, so `whenOnline` is
 * in the kit, not in a chunk of their own that every page fetched (−0.2 KB a page). No @lit/context code is in any
 * chunk: the blocks subscribe with `consumeConfig` and <hapur-provider> answers with `context-provider.ts`, both a
 * few lines of the same protocol (−0.15 KB a page; @lit/context's types only).
 * Paths, `/`-separated, that a module id contains; `npm run build -w @hapur/elements` then the page-weight e2e
 * (test/e2e/page-weight.e2e.ts) show what a change here does to each example page.
 * The document reader and the inline-JSON reader are in the kit too: every display block reads a file or an inline
 * document with them, so every example page loaded them as a chunk of its own (`read-document`, 554 B gzip); in the
 * kit each page is ~0.3 KB lighter (issue #20), and only the staff screens, which read neither, carry them unused
 * (+0.4 KB on a staff page).
 */
const KIT = [
  // Lit's core, without its decorators: the blocks declare reactive properties with `static properties` and take
  // the provider's settings with `consumeConfig` (internal/context.ts), so neither Lit's property/state decorators
  // nor TypeScript's decorator helper is in every page's kit (kit 0.4 KB gzip less, each example page ~0.5 KB with the
  // blocks' own helper calls; issue #20). No block uses decorators any more (test/shape/source-shape.test.ts checks
  // that no module imports them), so no page loads the `decorate` chunk the last two left (0.8 KB gzip on the contact
  // page: 44,590 -> 43,828 B with the feedback form's conversion). None of Lit's directives: `live`, the directive base and css-props are the `directives`
  // chunk (the form and the tracker; the checklist's public view uses none), repeat, guard and keyed go with the one
  // block that uses each (the whole of lit-html here cost the municipality home 1.2 KB).
  'node_modules/lit/index.js',
  'node_modules/lit-html/lit-html.js',
  'node_modules/lit-element/lit-element.js',
  'node_modules/@lit/reactive-element/reactive-element.js',
  'node_modules/@lit/reactive-element/css-tag.js',
  'elements/src/internal/hapur-element.ts',
  'elements/src/internal/controllers/localize.ts',
  'elements/src/internal/controllers/data.ts',
  'elements/src/internal/render-state.ts',
  'elements/src/internal/describe-error.ts',
  'elements/src/internal/localized-text.ts',
  'elements/src/internal/safe-url.ts',
  'elements/src/internal/client/registry.ts',
  'elements/src/internal/define.ts',
  'elements/src/internal/while-online.ts',
  'elements/src/internal/context.ts',
  'elements/src/styles/tokens.styles.ts',
  'sdk/src/errors/',
  'sdk/src/shapes/check.ts',
  'sdk/src/shapes/common.generated.ts',
  'sdk/src/client/validate.ts',
  'sdk/src/client/load-document.ts',
  'sdk/src/client/http-error-lazy.ts',
  'elements/src/internal/inline-json.ts',
  'sdk/src/i18n/localized-text.ts',
  // Of the date rules only the Albanian day `localize.date` writes: the rest (dates.ts) goes with the blocks that show
  // due dates and months.
  'sdk/src/rules/albanian-day.ts',
];
/**
 * The SDK core, one chunk (`chunks/sdk-core-<hash>.js`): what every block that talks to the API loads, and only those
 * — ky, the client core and its transport, and the elements' `coreOf`. Left to rolldown they were two chunks on
 * the contact and ministry pages; zod stays out (the contact page loads it only when the form is used, issue #20), and
 * so does the route table (the checklist's public view reads static files without ky).
 */
const SDK_CORE = [
  'node_modules/ky/',
  'sdk/src/client/core.ts',
  'sdk/src/client/transport.ts',
  'sdk/src/client/options.ts',
  'sdk/src/client/read-cache.ts',
  'elements/src/internal/client/core-of.ts',
];
/**
 * The SDK's HTTP error classes and the problem document's shape: not in the kit. `loadDocument` (every display
 * block's read) imports them when a read fails (`sdk/src/client/http-error-lazy.ts`), and the SDK core (with ky) with
 * itself; a page whose reads succeed never loads them (issue #20: ~0.8 KB gzip on each example page).
 */
const HTTP_ERRORS =
  /sdk\/src\/(errors\/(http-error-from|http-error|conflict-error|forbidden-error|not-found-error|rate-limit-error|server-error|unauthorized-error)|shapes\/problem\.generated)\.ts$/;
const posix = (id: string) => id.replaceAll('\\', '/');
const KIT_GROUPS = [
  // A read's query string, which both cores write (the display reads' document core and the SDK core with ky):
  // in a chunk of its own, or the SDK core would take it and every display block would load ky with it.
  { name: 'query', priority: 4, test: (id: string) => posix(id).endsWith('sdk/src/client/query.ts') },
  // Its own chunk, not the SDK core's: a display read that fails loads the error classes, not ky. After the kit (a
  // group takes what its modules import, and what the kit holds must stay there), before the SDK core.
  // Lit's directive base with `live` and css-props (the tracker's and the form's, not the service blocks' or the
  // checklist's public view): in the kit they cost the municipality home and the checklist page 0.6 KB each; apart,
  // one chunk with css-props, the ministry home pays ~20 B and the contact page 0.4 KB (issue #20).
  {
    name: 'directives',
    priority: 2,
    test: (id: string) =>
      /(lit\/directive|lit-html\/directive(-helpers)?|lit(-html)?\/directives\/live)\.js$|elements\/src\/internal\/css-props\.ts$/.test(
        posix(id),
      ),
  },
  { name: 'http-errors', priority: 2, test: (id: string) => HTTP_ERRORS.test(posix(id)) },
  {
    name: 'kit',
    priority: 3,
    test: (id: string) => KIT.some((part) => posix(id).includes(part)) && !HTTP_ERRORS.test(posix(id)),
  },
  // The feedback blocks' catalogue definitions (the feedback strings, the common words the comments share, and the
  // helper that joins them): one small chunk, not three, on every page with a feedback block.
  {
    name: 'feedback',
    test: (id: string) =>
      /elements\/src\/translations\/(feedback\/index|feedback-common\/index|feedback-text)\.ts$/.test(posix(id)),
  },
  { name: 'sdk-core', priority: 1, test: (id: string) => SDK_CORE.some((part) => posix(id).includes(part)) },
];

/**
 * hapur.all.js's chunks for the languages added since the first three (every other UI_LANGUAGES entry, the SDK's
 * generated list: tr, bs, sr-Cyrl today, a new language by itself): the six catalogues of the
 * feedback family (the shared feedback strings and common words, the form's, the comments', the statistics' and the
 * SDK's validation messages; sq, sr-Latn and en are inside the file, `feedbackStringsInside`) in one chunk per language, not five: a
 * page with the feedback blocks in that language loads them at once anyway, and one file compresses better (issue
 * #20: 0.5–0.9 KB gzip less per language). `sentence.ts`, which those files and the main file share, keeps a chunk of
 * its own: a group takes what its modules import, and the main file must not import from a language's chunk.
 */
const ADDED_LANGUAGES = UI_LANGUAGES.map((lang) => lang.toLowerCase()).filter(
  (file) => !['sq', 'sr-latn', 'en'].includes(file),
);
const FEEDBACK_FAMILY = new RegExp(
  `(translations/feedback(?:-common)?|comments/translations|participation-stats/translations|feedback-form/translations|sdk/src/i18n/translations)/(${ADDED_LANGUAGES.join('|')})\\.ts$`,
);
const LANGUAGE_GROUPS = [
  { name: 'sentence', priority: 2, test: (id: string) => posix(id).endsWith('elements/src/translations/sentence.ts') },
  ...ADDED_LANGUAGES.map((lang) => ({
    name: `feedback-${lang}`,
    test: (id: string) => FEEDBACK_FAMILY.exec(posix(id))?.[2] === lang,
  })),
];

export default defineConfig(({ mode }) => {
  const conditions = ['@hapur/source', 'browser', 'module', 'import', 'default'];
  if (mode === 'bundle' || mode === 'bundle-all' || mode === 'block') {
    const block = process.env['HAPUR_BLOCK'] ?? 'service-info';
    const bundle = mode !== 'block';
    const entry = {
      bundle: { hapur: 'src/loader.ts' },
      'bundle-all': { 'hapur.all': 'src/all.ts' },
      block: { [block]: `src/components/${block}/${block}.define.ts` },
    }[mode];
    return {
      resolve: { conditions },
      plugins: [
        languageFilesPlugin(),
        bosnianSerbianPlugin(),
        minifyTemplates(),
        blockModules(),
        secondMinifier(),
        ...(mode === 'bundle' ? [cardInList()] : []),
        ...(mode === 'bundle-all' ? [feedbackStringsInside()] : [smallModuleCopies()]),
      ],
      build: {
        target: 'es2022',
        // Block builds are for measuring only; they go where git and the package never see them.
        outDir: bundle ? 'dist-cdn' : '../../node_modules/.cache/hapur-size',
        // The all-in-one build adds its files beside the loader's.
        emptyOutDir: mode !== 'bundle-all',
        // HAPUR_SOURCEMAP=1 gives block builds a source map too, to see which modules their bytes come from.
        sourcemap: bundle || process.env['HAPUR_SOURCEMAP'] === '1',
        minify: true,
        lib: {
          entry,
          formats: ['es'],
        },
        // Lib mode keeps whitespace in ES output (for bundlers downstream); a CDN file wants it all gone.
        // The /* @__PURE__ */ marks are for a bundler downstream; a CDN file has none (~290 of them, all chunks).
        rolldownOptions: {
          output: {
            chunkFileNames: 'chunks/[name]-[hash].js',
            minify: true,
            comments: { annotation: false },
            // The all-in-one file holds the kit itself; one block alone has nothing to share.
            ...(mode === 'bundle' ? { codeSplitting: { groups: KIT_GROUPS } } : {}),
            ...(mode === 'bundle-all' ? { codeSplitting: { groups: LANGUAGE_GROUPS } } : {}),
          },
        },
      },
    };
  }
  return {
    resolve: { conditions },
    plugins: [languageFilesPlugin(), bosnianSerbianPlugin()],
    build: libraryBuild({
      // Each block's *.define.ts is an entry too: `import '@hapur/elements/service-info.js'` registers one block.
      // languages/<tag>: a language's strings for every block, for `registerTranslation` (docs/languages.md).
      entry: {
        index: 'src/index.ts',
        all: 'src/all.ts',
        'languages/tr': 'src/languages/tr.ts',
        'languages/bs': 'src/languages/bs.ts',
        ...defineEntries(),
      },
      external: [/^lit($|\/)/, /^@lit\//, /^@hapur\/sdk($|\/)/, /^zod($|\/)/],
    }),
  };
});
