import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/elements/src/components/participation-stats/participation-stats.define.js';
import { clients, failingReader, stats } from '../feedback-form/story-data.js';
import { everyLanguage } from '../every-language.js';

interface Args {
  headingLevel: number;
}

/**
 * `<hapur-participation-stats>` shows how citizens use an institution's feedback channel: messages
 * by kind (a bar chart with a text alternative, plus its data table) and by status, the share
 * answered within the deadline and the median time to answer. The stories count the SDK's
 * demonstration submissions (invented and anonymous) the way the server does.
 */
const meta: Meta<Args> = {
  title: 'Blocks/Participation stats',
  component: 'hapur-participation-stats',
  tags: ['autodocs'],
  args: { headingLevel: 2 },
  argTypes: { headingLevel: { control: { type: 'number', min: 2, max: 5 } } },
  render: (args) =>
    html`<hapur-participation-stats
      institution="xk-example-municipality"
      heading-level=${args.headingLevel}
      .client=${clients.reader}
    ></hapur-participation-stats>`,
};
export default meta;
type Story = StoryObj<Args>;

// ───────────── Playground ─────────────

/** Every attribute as a control. */
export const Playground: Story = {};

// ───────────── States ─────────────

/** The demonstration municipality's figures. */
export const WithData: Story = {};

/** No messages yet. */
export const Empty: Story = {
  render: () =>
    html`<hapur-participation-stats
      .stats=${{ total: 0, byType: {}, byStatus: {}, answeredWithinDeadlineShare: null, medianResponseDays: null }}
    ></hapur-participation-stats>`,
};

/** Messages received but none answered yet: the figures say so instead of showing 0. */
export const NoneAnswered: Story = {
  render: () =>
    html`<hapur-participation-stats
      .stats=${{ ...stats, answeredWithinDeadlineShare: null, medianResponseDays: null }}
    ></hapur-participation-stats>`,
};

/** While loading. */
export const Loading: Story = {
  render: () =>
    html`<hapur-participation-stats
      .client=${{ ...clients.reader, getParticipationStats: () => new Promise(() => undefined) }}
    ></hapur-participation-stats>`,
};

/** The server cannot answer: the error with its support reference and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<hapur-participation-stats
      institution="xk-example-municipality"
      .client=${failingReader}
    ></hapur-participation-stats>`,
};

// ───────────── Languages ─────────────

/** Albanian. */
export const Albanian: Story = { parameters: { lang: 'sq' } };
/** Serbian, Latin script. */
export const SerbianLatin: Story = { parameters: { lang: 'sr-Latn' } };
/** English. */
export const English: Story = { parameters: { lang: 'en' } };
/** The block in every UI language the blocks ship, one after the other: a new language joins by itself. */
export const EveryLanguage: Story = everyLanguage(meta);

// ───────────── Theming ─────────────

/** Component token: the bar colour. In forced-colours mode bars use the system text colour. */
export const Themed: Story = {
  render: () =>
    html`<div style="--hapur-participation-stats-bar-color: #0b6e4f">
      <hapur-participation-stats .stats=${stats}></hapur-participation-stats>
    </div>`,
};
