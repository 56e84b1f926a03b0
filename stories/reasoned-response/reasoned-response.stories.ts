import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { CoCreationProcessDetail } from '@hapur/sdk';
import '../../packages/elements/src/components/reasoned-response/reasoned-response.define.js';
import { clients, processDetail } from '../participation-calendar/story-data.js';
import { everyLanguage } from '../every-language.js';

interface Args {
  headingLevel: number;
}

/**
 * `<hapur-reasoned-response>` answers "what we heard and what we did" (OGP's reasoned response): each
 * contribution with the institution's response, the counts, a filter and CSV/JSON export. The shipped data is
 * the six recommended measures of the AMSHC consultation meeting (seed 001), each under consideration: the
 * source records no decision. The "Answered" story shows the other responses on demonstration answers.
 */
const meta: Meta<Args> = {
  title: 'Blocks/Reasoned response',
  component: 'hapur-reasoned-response',
  tags: ['autodocs'],
  args: { headingLevel: 2 },
  argTypes: { headingLevel: { control: { type: 'number', min: 2, max: 5 } } },
  render: (args) =>
    html`<hapur-reasoned-response
      process="xk-ogp-2026-2030"
      commitment-href="#commitment-{number}"
      heading-level=${args.headingLevel}
      .client=${clients.reader}
    ></hapur-reasoned-response>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Demonstration answers (not recorded by any institution): one adopted, one partly, one not adopted with its reason. */
function answered(): CoCreationProcessDetail {
  const detail = processDetail();
  const responses: Record<string, CoCreationProcessDetail['contributions'][number]['response']> = {
    '1': {
      status: 'adopted',
      adoptedInto: [{ planId: 'xk-2026-2028', commitmentNumber: '1' }],
      respondedBy: 'xk-amshc',
    },
    '3': { status: 'partly_adopted', adoptedInto: [{ planId: 'xk-2026-2028', commitmentNumber: '4' }] },
    '5': { status: 'not_adopted', reason: { values: { en: 'Demonstration: funding is outside the action plan.' } } },
  };
  const contributions = detail.contributions.map((c) => ({ ...c, response: responses[c.number ?? ''] ?? c.response }));
  return { ...detail, contributions };
}

// ───────────── Playground ─────────────

/** Every attribute as a control. */
export const Playground: Story = {};

// ───────────── States ─────────────

/** The shipped data: six measures, all under consideration. */
export const UnderConsideration: Story = {};

/** Demonstration answers: every kind of response, with the commitment links and a reason. */
export const Answered: Story = {
  render: () =>
    html`<hapur-reasoned-response
      commitment-href="#commitment-{number}"
      .detail=${answered()}
    ></hapur-reasoned-response>`,
};

/** An opportunity without contributions. */
export const Empty: Story = {
  render: () =>
    html`<hapur-reasoned-response
      process="xk-ogp-2026-2030"
      opportunity="xk-ogp-2026-2030-training"
      .client=${clients.reader}
    ></hapur-reasoned-response>`,
};

/** While loading. */
export const Loading: Story = {
  render: () =>
    html`<hapur-reasoned-response process="xk-ogp-2026-2030" .client=${clients.loading}></hapur-reasoned-response>`,
};

/** The API failed. */
export const ErrorState: Story = {
  render: () =>
    html`<hapur-reasoned-response process="xk-ogp-2026-2030" .client=${clients.failing}></hapur-reasoned-response>`,
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

/** Component tokens: the accent of adopted responses and the borders. */
export const Themed: Story = {
  render: () =>
    html`<div style="--hapur-reasoned-response-accent-color: #0b6e4f; --hapur-reasoned-response-border-color: #6b7280">
      <hapur-reasoned-response .detail=${answered()}></hapur-reasoned-response>
    </div>`,
};

// ───────────── Accessibility ─────────────

/** Each contribution is an article named by its text (a heading one level under the block's title). */
export const HeadingLevel3: Story = { args: { headingLevel: 3 } };
