import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { UI_LANGUAGES, type UiLanguage } from '@hapur/sdk';
import '../../packages/elements/src/all.js';
import { blocksRendered, exampleReader, full } from '../service-info/story-data.js';
import { everyLanguage } from '../every-language.js';

interface Args {
  lang: UiLanguage;
}

/**
 * `<hapur-provider>` configures every Hapur block inside it: the API address (`api`) or a client
 * (`.client`), and — through the ordinary `lang` attribute — the language. It adds no box of its own
 * (`display: contents`). Here one provider feeds a service list and a service card; neither block
 * has an `api` or `lang` of its own.
 */
const meta: Meta<Args> = {
  title: 'Blocks/Provider',
  component: 'hapur-provider',
  tags: ['autodocs'],
  play: blocksRendered,
  args: { lang: 'sq' },
  argTypes: { lang: { control: 'inline-radio', options: [...UI_LANGUAGES] } },
  render: (args) =>
    html`<hapur-provider lang=${args.lang} .client=${exampleReader}>
      <hapur-service-list institution="xk-example-municipality" heading-level="2"></hapur-service-list>
      <hapur-service-info service-id=${full.id} heading-level="2" no-jsonld></hapur-service-info>
    </hapur-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

// ───────────── Playground ─────────────
/** Both blocks take the provider's client and language. */
export const Playground: Story = {};

// ───────────── Languages ─────────────
/** The provider's `lang` reaches every block inside: Albanian. */
export const Albanian: Story = { args: { lang: 'sq' } };
/** Serbian in Latin script. */
export const SerbianLatin: Story = { args: { lang: 'sr-Latn' } };
/** English. */
export const English: Story = { args: { lang: 'en' } };
/** The block in every UI language the blocks ship, one after the other: a new language joins by itself. */
export const EveryLanguage: Story = everyLanguage(meta, (args, context, lang) =>
  meta.render?.({ ...args, lang: lang as UiLanguage }, context),
);
