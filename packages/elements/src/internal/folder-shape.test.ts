import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** One block folder as the test runner sees it (web-test-runner.config.mjs, `hapur-block-folders`). */
interface BlockFolder {
  name: string;
  /** Paths inside the folder, e.g. `comments.ts`, `translations/sq.ts`. */
  files: string[];
  /** Relative imports of its source files (tests and test helpers left out). */
  imports: { file: string; from: string }[];
}

/** Folders exempt from a rule, each with the reason. */
const NO_TRANSLATIONS: Record<string, string> = {
  provider: 'renders no text: only a slot, with display: contents',
};

const folders = (await executeServerCommand('hapur-block-folders')) as BlockFolder[];

/**
 * The shape every block folder has (Shoelace / Web Awesome): a newcomer finds everything about
 * `<hapur-x>` in `components/x/` under the same names, and copies one folder to start a block.
 * See packages/elements/AGENTS.md ("New block") and docs/decisions/0008-block-kit.md.
 */
describe('block folders', () => {
  it('finds every block folder', () => {
    expect(folders.map((f) => f.name)).to.include.members(['service-info', 'provider', 'commitment-tracker']);
  });

  for (const { name, files, imports } of folders ?? []) {
    describe(`components/${name}/`, () => {
      it(`has ${name}.ts, .styles.ts, .define.ts, .test.ts and README.md`, () => {
        const missing = [`${name}.ts`, `${name}.styles.ts`, `${name}.define.ts`, `${name}.test.ts`, 'README.md'].filter(
          (file) => !files.includes(file),
        );
        expect(missing, `missing in components/${name}/`).to.deep.equal([]);
      });

      it(`has ${name}.translations.ts, and translations/ holds sq, sr-latn and en when the languages load apart`, () => {
        if (NO_TRANSLATIONS[name]) return;
        expect(files, `components/${name}/${name}.translations.ts`).to.include(`${name}.translations.ts`);
        if (files.some((file) => file.startsWith('translations/')))
          expect(files).to.include.members(['translations/sq.ts', 'translations/sr-latn.ts', 'translations/en.ts']);
      });

      it('keeps no event class (they live in src/events/)', () => {
        expect(files.filter((file) => /(-event|\.events?)\.ts$/.test(file))).to.deep.equal([]);
      });

      it("imports only the kit (src/…) and other blocks' public faces (<name>.ts, <name>.types.ts, <name>.define.ts)", () => {
        const outside = imports.filter(({ file, from }) => {
          const depth = file.split('/').length - 1;
          const up = '../'.repeat(depth);
          if (!from.startsWith(`${up}../`)) return false;
          const rest = from.slice(up.length + 3);
          if (rest.startsWith('../')) return false; // src/internal, src/events, src/translations, src/styles
          const [block, target] = rest.split('/');
          // A block that shows another (the list shows cards) registers it through that block's define module.
          return !(target === `${block}.js` || target === `${block}.types.js` || target === `${block}.define.js`);
        });
        expect(outside).to.deep.equal([]);
      });
    });
  }
});
