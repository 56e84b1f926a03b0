import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/elements/src/all.js';
import {
  blocksRendered,
  exampleReader,
  failingReader,
  full,
  minimal,
  pendingReader,
  serverErrorReader,
  veryLong,
} from './story-data.js';
import './themes/civic-green.css';
import './themes/night.css';
import { everyLanguage } from '../every-language.js';

interface Args {
  serviceId: string;
  variant: 'full' | 'compact';
  headingLevel: number;
  noJsonld: boolean;
}

/**
 * `<hapur-service-info>` shows one public service: what to bring, what it costs and how long it
 * takes first; how to apply, where, who decides and how to complain in keyboard-operable sections.
 * Data comes from the API (`service-id` + `api`, or a surrounding `<hapur-provider>`), a JSON file
 * (`data-src`) or an inline `<script type="application/json">` child. The stories use the SDK's
 * example services (a fictional municipality).
 */
const meta: Meta<Args> = {
  title: 'Blocks/Service info',
  component: 'hapur-service-info',
  tags: ['autodocs'],
  play: blocksRendered,
  args: { serviceId: full.id, variant: 'full', headingLevel: 2, noJsonld: false },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args) =>
    html`<hapur-service-info
      service-id=${args.serviceId}
      variant=${args.variant}
      heading-level=${args.headingLevel}
      ?no-jsonld=${args.noJsonld}
      .client=${exampleReader}
    ></hapur-service-info>`,
};
export default meta;
type Story = StoryObj<Args>;

// ───────────── Playground ─────────────

/** Every attribute as a control. The language comes from the toolbar (an ancestor's `lang`). */
export const Playground: Story = {};

// ───────────── States ─────────────

/** While the request is pending: a polite status ("Loading…") and `:state(loading)`. */
export const Loading: Story = {
  render: () =>
    html`<hapur-service-info data-story-loading service-id=${full.id} .client=${pendingReader}></hapur-service-info>`,
};

/** The service does not exist (404): a plain-language message and a retry button; `hapur-error` carries the SDK error. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<hapur-service-info service-id="no-such-service" .client=${failingReader}></hapur-service-info>`,
};

/**
 * The server failed and gave a request id: the error quotes it ("Reference for support: …") as selectable text
 * inside the alert, so a reader can give it to support. Every block's shared error state does the same.
 */
export const ErrorWithReference: Story = {
  name: 'Error with a support reference',
  render: () => html`<hapur-service-info service-id=${full.id} .client=${serverErrorReader}></hapur-service-info>`,
};

/** An inline block placed before its data was filled in. */
export const Empty: Story = {
  render: () => {
    const element = document.createElement('hapur-service-info');
    const script = document.createElement('script');
    script.type = 'application/json';
    element.append(script);
    return element;
  },
};

/** A complete service: documents, fees, processing time, legal deadline, channels, authority, complaints, legal basis. */
export const Full: Story = { render: () => html`<hapur-service-info .service=${full}></hapur-service-info>` };

/** Only the mandatory fields: every missing section is left out, not shown empty. */
export const Minimal: Story = { render: () => html`<hapur-service-info .service=${minimal}></hapur-service-info>` };

/** Very long texts wrap, and long sections stay collapsed until opened. */
export const VeryLongText: Story = {
  render: () => html`<hapur-service-info .service=${veryLong}></hapur-service-info>`,
};

/** One line and a link, for lists and sidebars. */
export const Compact: Story = { args: { variant: 'compact' } };

/** Inline-data mode: the service is in a `<script type="application/json">` child; no request is made. */
export const InlineData: Story = {
  render: () => {
    const element = document.createElement('hapur-service-info');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(full);
    element.append(script);
    return element;
  },
};

/**
 * `loading="lazy"`: far down a long page, the card fetches and renders nothing until the reader scrolls near
 * it (like `<img loading="lazy">`); until then it shows its loading state. Scroll down in the canvas.
 */
export const LazyBelowTheFold: Story = {
  name: 'Lazy (loading="lazy")',
  render: () =>
    html`<p>Scroll down: the card below starts loading about a screen before it comes into view.</p>
      <div style="block-size: 2500px" aria-hidden="true"></div>
      <hapur-service-info
        data-story-loading
        loading="lazy"
        service-id=${full.id}
        .client=${exampleReader}
      ></hapur-service-info>`,
};

// ───────────── Languages ─────────────

/** Albanian (`lang="sq"` on an ancestor). Text not available in Albanian keeps its own `lang` and is noted. */
export const Albanian: Story = { parameters: { lang: 'sq' } };

/** Serbian, Latin script. `sr`, `sr-RS` and `sr-Latn-XK` resolve to this catalogue (`sr-Cyrl` has its own). Machine translations are labelled. */
export const SerbianLatin: Story = { parameters: { lang: 'sr-Latn' } };

/** English. */
export const English: Story = { parameters: { lang: 'en' } };
/** The block in every UI language the blocks ship, one after the other: a new language joins by itself. */
export const EveryLanguage: Story = everyLanguage(meta);

/** Two blocks in two languages on one page: each element resolves its own language. */
export const TwoLanguagesOnOnePage: Story = {
  render: () =>
    html`<div lang="sq"><hapur-service-info variant="compact" .service=${full} href="#sq"></hapur-service-info></div>
      <div lang="sr-Latn">
        <hapur-service-info variant="compact" .service=${full} href="#sr"></hapur-service-info>
      </div>`,
};

// ───────────── Theming ─────────────

/** Theme 1: global tokens only (`--hapur-color-brand`, `--hapur-radius`, `--hapur-font-family`). */
export const ThemeCivicGreen: Story = {
  render: () =>
    html`<div class="hapur-theme-civic-green"><hapur-service-info .service=${full}></hapur-service-info></div>`,
};

/** Theme 2: a dark page (`color-scheme: dark`), one component token and one `::part` rule. */
export const ThemeNight: Story = {
  render: () => html`<div class="hapur-theme-night"><hapur-service-info .service=${full}></hapur-service-info></div>`,
};

/** At 320 px (a small phone): the facts become one column, nothing scrolls sideways. */
export const MobileWidth: Story = {
  render: () => html`<div style="max-width: 320px"><hapur-service-info .service=${full}></hapur-service-info></div>`,
};

// ───────────── Accessibility ─────────────

/**
 * The embedder's duty: set `heading-level` so the service name fits your page's outline (here under an `h2`).
 * The block's own duties: native `<details>` sections (Enter/Space), text in another language marked with `lang`,
 * visible focus, system colours in forced-colors mode, sections printed open.
 */
export const HeadingLevel: Story = {
  render: () =>
    html`<h2>Services of Example Municipality</h2>
      <hapur-service-info heading-level="3" .service=${full}></hapur-service-info>`,
};
