import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/elements/src/components/feedback-status/feedback-status.define.js';
import { clients, failingReader, submissions } from '../feedback-form/story-data.js';
import { everyLanguage } from '../every-language.js';

interface Args {
  token: string;
  headingLevel: number;
}

const answered = `demo-${submissions.find((s) => s.status === 'resolved')?.reference ?? ''}`;
const open = `demo-${submissions.find((s) => s.status === 'in_progress')?.reference ?? ''}`;
const rejected = `demo-${submissions.find((s) => s.status === 'rejected')?.reference ?? ''}`;

/**
 * `<hapur-feedback-status>` shows where a message stands: enter the tracking code (or pass it as
 * `token`, or read it from the page URL with `token-param`) and see the status history as a
 * timeline, the answer deadline and whether it was kept, and the official public response. The
 * stories use the SDK's demonstration submissions (invented and anonymous).
 */
const meta: Meta<Args> = {
  title: 'Blocks/Feedback status',
  component: 'hapur-feedback-status',
  tags: ['autodocs'],
  args: { token: answered, headingLevel: 2 },
  argTypes: { headingLevel: { control: { type: 'number', min: 2, max: 5 } } },
  render: (args) =>
    html`<hapur-feedback-status
      token=${args.token}
      heading-level=${args.headingLevel}
      .client=${clients.reader}
    ></hapur-feedback-status>`,
};
export default meta;
type Story = StoryObj<Args>;

// ───────────── Playground ─────────────

/** Every attribute as a control. */
export const Playground: Story = {};

// ───────────── States ─────────────

/** No code yet: a labelled field with a hint. */
export const Empty: Story = { args: { token: '' } };

/** Resolved, with the official response and the appeal route. */
export const Answered: Story = {};

/** Still being handled. */
export const InProgress: Story = { args: { token: open } };

/** Not accepted, with the reasons. */
export const Rejected: Story = { args: { token: rejected } };

/** A code nobody has: one clear message, nothing about other messages. */
export const UnknownCode: Story = { args: { token: 'demo-XK-2026-99999999' } };

/** While the request is pending. */
export const Loading: Story = {
  render: () =>
    html`<hapur-feedback-status
      token=${answered}
      .client=${{ ...clients.reader, getFeedbackStatus: () => new Promise(() => undefined) }}
    ></hapur-feedback-status>`,
};

/** The server cannot answer: the error with its support reference and a retry button, not "no such code". */
export const ErrorState: Story = {
  name: 'Error',
  render: () => html`<hapur-feedback-status token=${answered} .client=${failingReader}></hapur-feedback-status>`,
};

// ───────────── Languages ─────────────

/** Albanian. */
export const Albanian: Story = { parameters: { lang: 'sq' } };
/** Serbian, Latin script. Notes and responses written in another language keep their own `lang`. */
export const SerbianLatin: Story = { parameters: { lang: 'sr-Latn' } };
/** English. */
export const English: Story = { parameters: { lang: 'en' } };
/** The block in every UI language the blocks ship, one after the other: a new language joins by itself. */
export const EveryLanguage: Story = everyLanguage(meta);

// ───────────── Theming ─────────────

/** Component tokens: the timeline and response accent. */
export const Themed: Story = {
  render: () =>
    html`<div style="--hapur-feedback-status-accent-color: #0b6e4f">
      <hapur-feedback-status token=${answered} .client=${clients.reader}></hapur-feedback-status>
    </div>`,
};

// ───────────── Accessibility ─────────────

/** The page's duty: a heading level that fits its outline. The history is an ordered list; dates are `<time>`. */
export const HeadingLevelThree: Story = { args: { headingLevel: 3 } };
