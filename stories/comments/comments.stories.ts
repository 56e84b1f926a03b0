import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/elements/src/components/comments/comments.define.js';
import { clients, comments, failingReader } from '../feedback-form/story-data.js';
import { everyLanguage } from '../every-language.js';

interface Args {
  pageSize: number;
}

/**
 * `<hapur-comments>` lists comments a moderator published on a commitment (from the API) or on
 * anything else (given as data), newest first, a page at a time, each with the institution's
 * response beneath. Published comments carry no personal data. The stories use the SDK's
 * demonstration submissions (invented and anonymous) on commitment 1 of the Kosovo 2026–2028 plan.
 */
const meta: Meta<Args> = {
  title: 'Blocks/Comments',
  component: 'hapur-comments',
  tags: ['autodocs'],
  args: { pageSize: 10 },
  argTypes: { pageSize: { control: { type: 'number', min: 1, max: 100 } } },
  render: (args) =>
    html`<hapur-comments
      plan-id="xk-2026-2028"
      commitment="1"
      page-size=${args.pageSize}
      .client=${clients.reader}
    ></hapur-comments>`,
};
export default meta;
type Story = StoryObj<Args>;

// ───────────── Playground ─────────────

/** Every attribute as a control. */
export const Playground: Story = {};

// ───────────── States ─────────────

/** The published comments with the institution's responses. */
export const WithResponses: Story = {};

/** One comment per page: the pagination (previous / next, "page 1 of 2"). */
export const Paginated: Story = { args: { pageSize: 1 } };

/** Nothing published yet. */
export const Empty: Story = { render: () => html`<hapur-comments .comments=${[]}></hapur-comments>` };

/** While loading. */
export const Loading: Story = {
  render: () =>
    html`<hapur-comments
      plan-id="xk-2026-2028"
      commitment="1"
      .client=${{ ...clients.reader, listComments: () => new Promise(() => undefined) }}
    ></hapur-comments>`,
};

/** The server cannot answer: the error with its support reference and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<hapur-comments plan-id="xk-2026-2028" commitment="1" .client=${failingReader}></hapur-comments>`,
};

/** Given as data (e.g. comments on a service), paginated here. */
export const FromData: Story = {
  render: () => html`<hapur-comments .comments=${comments} page-size="1"></hapur-comments>`,
};

/**
 * A comment moderators took off after publishing it keeps its place as "Removed by moderation: reason"
 * (the public reason, never the text), so readers see that something was removed and why.
 */
export const RemovedByModeration: Story = {
  render: () =>
    html`<hapur-comments
      .comments=${[
        comments[0]!,
        {
          reference: 'HP-2026-000999',
          removed: true,
          publishedAt: '2026-02-10T09:00:00Z',
          removedAt: '2026-02-11T09:00:00Z',
          reason: {
            values: {
              sq: 'Përmbante të dhëna personale të një personi tjetër.',
              'sr-Latn': 'Sadržao je lične podatke druge osobe.',
              en: 'It contained another person’s personal data.',
            },
            source: 'sq',
          },
        },
      ]}
    ></hapur-comments>`,
};

// ───────────── Languages ─────────────

/** Albanian. Each comment keeps the language it was written in (`lang`). */
export const Albanian: Story = { parameters: { lang: 'sq' } };
/** Serbian, Latin script. */
export const SerbianLatin: Story = { parameters: { lang: 'sr-Latn' } };
/** English. */
export const English: Story = { parameters: { lang: 'en' } };
/** The block in every UI language the blocks ship, one after the other: a new language joins by itself. */
export const EveryLanguage: Story = everyLanguage(meta);

// ───────────── Theming ─────────────

/** Component tokens: the response accent and the comment border. */
export const Themed: Story = {
  render: () =>
    html`<div style="--hapur-comments-accent-color: #0b6e4f; --hapur-comments-border-color: #0b6e4f">
      <hapur-comments .comments=${comments}></hapur-comments>
    </div>`,
};
