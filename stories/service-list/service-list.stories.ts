import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/elements/src/all.js';
import {
  blocksRendered,
  emptyReader,
  exampleReader,
  failingReader,
  MUNICIPALITY,
  pendingReader,
  services,
} from '../service-info/story-data.js';
import '../service-info/themes/civic-green.css';
import { everyLanguage } from '../every-language.js';

interface Args {
  institution: string;
  itemHref: string;
}

/**
 * `<hapur-service-list>` lists an institution's services with a labelled search field. Typing filters
 * at once (accents ignored); the result count is announced once typing pauses. Services open in place,
 * or link to their own pages with `item-href`.
 */
const meta: Meta<Args> = {
  title: 'Blocks/Service list',
  component: 'hapur-service-list',
  tags: ['autodocs'],
  play: blocksRendered,
  args: { institution: MUNICIPALITY, itemHref: '' },
  render: (args) =>
    html`<hapur-service-list
      institution=${args.institution}
      item-href=${args.itemHref}
      .client=${exampleReader}
    ></hapur-service-list>`,
};
export default meta;
type Story = StoryObj<Args>;

// ───────────── Playground ─────────────

export const Playground: Story = {};

// ───────────── States ─────────────

export const Loading: Story = {
  render: () =>
    html`<hapur-service-list
      data-story-loading
      institution=${MUNICIPALITY}
      .client=${pendingReader}
    ></hapur-service-list>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<hapur-service-list institution=${MUNICIPALITY} .client=${failingReader}></hapur-service-list>`,
};

/** The institution has published no services yet. */
export const Empty: Story = {
  render: () => html`<hapur-service-list institution=${MUNICIPALITY} .client=${emptyReader}></hapur-service-list>`,
};

/** Each service links to a page of its own instead of opening in place. */
export const WithLinks: Story = { args: { itemHref: '#/services/{id}' } };

/** Inline-data mode: `{ "items": [...] }` in a `<script type="application/json">` child. */
export const InlineData: Story = {
  render: () => {
    const element = document.createElement('hapur-service-list');
    element.setAttribute('institution', MUNICIPALITY);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ items: services });
    element.append(script);
    return element;
  },
};

// ───────────── Languages ─────────────

export const Albanian: Story = { parameters: { lang: 'sq' } };
export const SerbianLatin: Story = { parameters: { lang: 'sr-Latn' } };
export const English: Story = { parameters: { lang: 'en' } };
/** The block in every UI language the blocks ship, one after the other: a new language joins by itself. */
export const EveryLanguage: Story = everyLanguage(meta);

// ───────────── Theming ─────────────

export const ThemeCivicGreen: Story = {
  render: () =>
    html`<div class="hapur-theme-civic-green">
      <hapur-service-list institution=${MUNICIPALITY} .client=${exampleReader}></hapur-service-list>
    </div>`,
};

export const MobileWidth: Story = {
  render: () =>
    html`<div style="max-width: 320px">
      <hapur-service-list institution=${MUNICIPALITY} .client=${exampleReader}></hapur-service-list>
    </div>`,
};
