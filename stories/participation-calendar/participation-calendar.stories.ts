import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/elements/src/components/participation-calendar/participation-calendar.define.js';
import { clients, opportunities } from './story-data.js';
import { everyLanguage } from '../every-language.js';

interface Args {
  view: 'list' | 'month';
  headingLevel: number;
}

/**
 * `<hapur-participation-calendar>` publishes the timeline of opportunities to take part in co-creating a plan
 * (OGP participation standards): open and upcoming ones first with the days left to give input, past ones with
 * their reports. The stories use the shipped data: the 2026–2030 Kosovo process (the training of seed 000 and
 * the AMSHC meeting of seed 001, whose dates the sources do not give), the Albanian coordinators' workshop of
 * 25 June 2018 (seed 002), and three demonstration opportunities, labelled as such, to show open and upcoming
 * states. "Today" is fixed at 21 January 2027 so the days left stay the same.
 */
const meta: Meta<Args> = {
  title: 'Blocks/Participation calendar',
  component: 'hapur-participation-calendar',
  tags: ['autodocs'],
  args: { view: 'list', headingLevel: 2 },
  argTypes: {
    view: { control: 'inline-radio', options: ['list', 'month'] },
    headingLevel: { control: { type: 'number', min: 2, max: 4 } },
  },
  render: (args) =>
    html`<hapur-participation-calendar
      view=${args.view}
      today="2027-01-21"
      feedback-href="#feedback?topic={topic}"
      heading-level=${args.headingLevel}
      .client=${clients.reader}
    ></hapur-participation-calendar>`,
};
export default meta;
type Story = StoryObj<Args>;

// ───────────── Playground ─────────────

/** Every attribute as a control. */
export const Playground: Story = {};

// ───────────── States ─────────────

/** The list (the accessible default): open and upcoming first, then past and cancelled ones. */
export const List: Story = {};

/** The month view: January 2027, with the undated opportunities listed under the table. */
export const Month: Story = { args: { view: 'month' } };

/** Only the Albanian process: one past workshop with its notes, nothing open or upcoming. */
export const PastOnly: Story = {
  render: () =>
    html`<hapur-participation-calendar
      today="2027-01-21"
      .opportunities=${{
        items: opportunities.items.filter((o) => o.processId === 'al-ogp-2018-2020'),
        institutions: opportunities.institutions.filter((i) => i.id === 'al-dzhm'),
      }}
    ></hapur-participation-calendar>`,
};

/** Nothing published yet. */
export const Empty: Story = {
  render: () =>
    html`<hapur-participation-calendar
      .opportunities=${{ items: [], institutions: [] }}
    ></hapur-participation-calendar>`,
};

/** While loading. */
export const Loading: Story = {
  render: () => html`<hapur-participation-calendar .client=${clients.loading}></hapur-participation-calendar>`,
};

/** The API failed: the error is announced and a retry offered. */
export const ErrorState: Story = {
  render: () => html`<hapur-participation-calendar .client=${clients.failing}></hapur-participation-calendar>`,
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

/** Component tokens: the accent (open badge, deadlines, today) and the borders. */
export const Themed: Story = {
  render: () =>
    html`<div
      style="--hapur-participation-calendar-accent-color: #0b6e4f; --hapur-participation-calendar-border-color: #6b7280"
    >
      <hapur-participation-calendar today="2027-01-21" .client=${clients.reader}></hapur-participation-calendar>
    </div>`,
};

// ───────────── Accessibility ─────────────

/**
 * The list is the default: each opportunity is an article named by its heading, the month view is a table
 * with a caption, and the view buttons say which is pressed. The embedder sets `heading-level` to fit the page.
 */
export const HeadingLevel3: Story = { args: { headingLevel: 3 } };
