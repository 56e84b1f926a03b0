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

async function settled(element: HapurElement): Promise<void> {
  // The catalogue chunk loads asynchronously (slow on a cold, busy CI machine): wait for the first
  // render, then a few update cycles for data that follows ("load catalogue → load data → re-render").
  const deadline = Date.now() + 3000;
  // Rendered = something other than the box a block shows while its strings are still arriving.
  const rendered = () =>
    Boolean(element.shadowRoot?.childElementCount || element.shadowRoot?.textContent?.trim()) &&
    !element.shadowRoot?.querySelector('.state--language');
  while (!rendered() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  for (let i = 0; i < 5; i++) {
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
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
