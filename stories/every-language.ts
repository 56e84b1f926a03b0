import type { StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { UI_LANGUAGES } from '@hapur/sdk';

/** Every UI language the blocks ship (the SDK's generated list), the first three first: the toolbar's order. */
export const STORY_LANGUAGES: readonly string[] = [...new Set(['sq', 'sr-Latn', 'en', ...UI_LANGUAGES])];

/** A language's name in that language ("Shqip", "Türkçe"), as the toolbar and the "Every language" story show it. */
export const ownName = (lang: string): string => {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
};

type Context<A> = StoryContext<A>;
interface BlockMeta<A> {
  render?: (args: A, context: Context<A>) => unknown;
  play?: (context: Context<A>) => Promise<void> | void;
}

/**
 * The story "Every language": the block once per UI language, one after the other, each in a section with its `lang`
 * and the language's own name. The list is the SDK's `UI_LANGUAGES`, generated from its catalogue folder, so a new
 * language joins every block's story (and the story tests' axe check) with no story file edited (docs/languages.md).
 * `render` draws one block in `lang` (the meta's render by default: the block takes the language from the section);
 * the meta's `play` still runs, then the story checks that each language's section holds a block that has drawn itself.
 */
export function everyLanguage<A>(
  meta: BlockMeta<A>,
  render: (args: A, context: Context<A>, lang: string) => unknown = (args, context) => meta.render?.(args, context),
): StoryObj<A> {
  return {
    name: 'Every language',
    // The same block six times on one page repeats its landmarks' names (the search of each list, two languages
    // that share a word): axe's landmark-unique rule is about the page, not the block, and every other story of the
    // block still runs it. Every other rule runs here, in every language.
    parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } },
    render: (args, context) =>
      html`${STORY_LANGUAGES.map(
        (lang) =>
          html`<section lang=${lang} aria-label=${ownName(lang)} style="margin-block-end: 2.5rem">
            <p><strong>${ownName(lang)}</strong> (<code>${lang}</code>)</p>
            ${render(args, context, lang)}
          </section>`,
      )}`,
    play: async (context) => {
      await meta.play?.(context);
      const sections = [...context.canvasElement.querySelectorAll('section[lang]')];
      const drawn = (section: Element) =>
        [...section.querySelectorAll('*')].some((el) => el.localName.startsWith('hapur-') && el.shadowRoot?.firstChild);
      const missing = STORY_LANGUAGES.filter((_, i) => !sections[i] || !drawn(sections[i]));
      if (sections.length !== STORY_LANGUAGES.length || missing.length)
        throw new Error(`Every language: no block drawn in ${missing.join(', ')}`);
    },
  };
}
