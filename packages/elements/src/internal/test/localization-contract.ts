import type { html } from '@open-wc/testing';
import { expect, fixture } from '@open-wc/testing';
import en from '../../translations/en.js';
import sq from '../../translations/sq.js';
import srLatn from '../../translations/sr-latn.js';
import type { HapurElement } from '../hapur-element.js';
import { checkLanguage, SIX_LANGUAGES } from './six-languages.js';

/** Visible text of an element's shadow root, whitespace-collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element and the Hapur blocks inside its shadow tree (a list's cards), each still to settle. */
function blocksIn(element: HapurElement): HapurElement[] {
  const inner = [...(element.shadowRoot?.querySelectorAll('*') ?? [])].filter(
    (node): node is HapurElement => 'languageReady' in node && 'hasState' in node,
  );
  return [element, ...inner.flatMap(blocksIn)];
}

/** True when a block renders its strings in the language in effect and has no update still to run. */
const isSettled = (block: HapurElement) => block.languageReady && !block.isUpdatePending;

/**
 * Waits until the element (and every block in it) has rendered in the language in effect: its catalogue
 * chunks are loaded (`languageReady`) and no update is pending. No wall-clock window: on a cold, busy CI
 * machine a chunk may take seconds, and the test's own time-out bounds the wait. A `lang` change reaches
 * blocks through the page's MutationObserver, so the first check waits for a task to pass (observer callbacks
 * run before it). Data is not waited for (tests hold a request open to see the loading state): a few update
 * cycles follow for the data a fake API answers at once ("load catalogue → load data → re-render").
 */
async function settled(element: HapurElement): Promise<void> {
  const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
  await tick();
  for (;;) {
    const blocks = blocksIn(element);
    await Promise.all(blocks.map((block) => block.updateComplete));
    if (blocks.every(isSettled)) break;
    await tick(10);
  }
  for (let i = 0; i < 5; i++) {
    await element.updateComplete;
    await tick(20);
  }
}

/**
 * The localization contract every element passes: it renders in sq, sr-Latn and en from an
 * ancestor's `lang`, the three renderings differ, no text leaks a missing key (`undefined`,
 * `[object`), and switching the ancestor's `lang` re-renders without reloading the page.
 * `setup` returns the element inside its parent, configured with data.
 * @internal
 */
export function runLocalizationContract(tag: string, setup: () => Promise<HapurElement>): void {
  describe(`localization contract: <${tag}>`, () => {
    it('has every catalogue term in every language', () => {
      const keys = Object.keys(en).sort();
      expect(Object.keys(sq).sort()).to.deep.equal(keys);
      expect(Object.keys(srLatn).sort()).to.deep.equal(keys);
    });

    it('renders different text in each language, with no missing terms', async () => {
      const element = await setup();
      const parent = element.parentElement as HTMLElement;
      const texts: Record<string, string> = {};
      for (const lang of ['sq', 'sr-Latn', 'en']) {
        parent.setAttribute('lang', lang);
        await settled(element);
        texts[lang] = shadowText(element);
        expect(texts[lang], lang).to.not.match(/undefined|\[object|NaN/);
        expect(texts[lang], lang).to.not.equal('');
      }
      expect(texts['sq']).to.not.equal(texts['en']);
      expect(texts['sr-Latn']).to.not.equal(texts['en']);
      expect(texts['sr-Latn']).to.not.equal(texts['sq']);
    });

    it('passes axe and a keyboard pass in sq, sr-Latn, en, tr, bs and sr-Cyrl, each Serbian in its own script', async function () {
      // Six renders, each with axe and a Tab pass: the checklist's matrix takes ~15 s on a busy CI machine.
      this.timeout(60_000);
      const element = await setup();
      const parent = element.parentElement as HTMLElement;
      for (const lang of SIX_LANGUAGES) {
        parent.setAttribute('lang', lang);
        await settled(element);
        expect(shadowText(element), lang).to.not.match(/undefined|\[object|NaN/);
        // The language took: Cyrillic interface strings for sr-Cyrl (and, below, no Latin ones).
        if (lang === 'sr-Cyrl') expect(shadowText(element)).to.match(/\p{Script=Cyrillic}/u);
        await checkLanguage(element, lang);
      }
    });
  });
}

/** Renders a template and waits until the element's catalogue and data have settled. */
export async function render<T extends HapurElement>(
  template: unknown,
  select: (root: Element) => T | null = (root) => root as T,
): Promise<T> {
  const root = template instanceof Element ? template : await fixture(template as ReturnType<typeof html>);
  const element = select(root);
  if (!element) throw new Error('render: element not found in the fixture');
  await settled(element);
  return element;
}

export { settled };
