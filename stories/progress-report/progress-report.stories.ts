import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { headingLevelArgs, staffBlock, type HeadingLevelArgs } from '../staff-block.js';
import '../../packages/elements/src/components/progress-report/progress-report.define.js';
import type { HapurProgressReport } from '../../packages/elements/src/components/progress-report/progress-report.js';
import type { ProgressClient } from '../../packages/elements/src/components/progress-report/progress-report.types.js';
import {
  coordinatorClient,
  failingClient,
  leadClient,
  nobodyClient,
  openMilestone,
  pendingClient,
  PLAN_ID,
  saveDelayed,
  sendInvalid,
  signedOutApi,
} from './story-data.js';
import { everyLanguage } from '../every-language.js';

/**
 * `<hapur-progress-report>` lets a plan's lead institutions report how their milestones progress: after the
 * staff sign-in (the same token as the inbox) the person sees the commitments and milestones their institution
 * leads (the coordinator sees all), and per milestone records the delivery status, the completion level (OGP
 * IRM scale), the progress in percent, what happened in the languages they choose (the others are shown as
 * missing, never translated for them), evidence links (https, each with a title) and the reporting date. The
 * form is checked with the SDK's schema (GOV.UK error summary); a draft survives a reload of the tab. Each
 * milestone shows its reporting history. The stories use an in-memory API with an invented plan.
 */
const meta: Meta<HeadingLevelArgs> = {
  title: 'Blocks/Progress report',
  component: 'hapur-progress-report',
  tags: ['autodocs'],
  ...headingLevelArgs,
  render: (args) => report(leadClient(), args.headingLevel),
};
export default meta;
type Story = StoryObj<HeadingLevelArgs>;

function report(client: ProgressClient, level = 2, then?: (el: HapurProgressReport) => Promise<void>) {
  return staffBlock('hapur-progress-report', { client, planId: PLAN_ID, headingLevel: level }, then);
}

/** Signed in (the page gave a staff client): the ministry's milestones with their state in words. */
export const Playground: Story = {};

/** Signed out: the shared staff sign-in. */
export const SignedOut: Story = {
  render: () => html`<hapur-progress-report api=${signedOutApi()} plan-id=${PLAN_ID}></hapur-progress-report>`,
};

/** The server said the token expired (401 `token_expired`): the sign-in is back with the reason. */
export const TokenExpired: Story = {
  render: () => html`<hapur-progress-report api=${signedOutApi('expired')} plan-id=${PLAN_ID}></hapur-progress-report>`,
};

/** The token was revoked (401 `token_revoked`). */
export const TokenRevoked: Story = {
  render: () => html`<hapur-progress-report api=${signedOutApi('revoked')} plan-id=${PLAN_ID}></hapur-progress-report>`,
};

/** While the plan loads. */
export const Loading: Story = { render: () => report(pendingClient()) };

/** The institution leads nothing in this plan. */
export const Empty: Story = { render: () => report(nobodyClient()) };

/** The server failed (500): a plain-language message and a retry button. */
export const ServerError: Story = { render: () => report(failingClient()) };

/** The plan's coordinator sees every commitment. */
export const Coordinator: Story = { render: () => report(coordinatorClient()) };

/** One milestone: the form, and its history (who, when, what changed). */
export const Form: Story = { render: () => report(leadClient(), 2, (el) => openMilestone(el)) };

/** An http link without a title and a progress of 140: the error summary, linked to each field. */
export const Errors: Story = { render: () => report(leadClient(), 2, sendInvalid) };

/** Saved: the outcome line, the new state and the new history entry. */
export const Saved: Story = { render: () => report(leadClient(), 2, saveDelayed) };

/** Albanian. */
export const Albanian: Story = {
  parameters: { lang: 'sq' },
  render: () => report(leadClient(), 2, (el) => openMilestone(el)),
};
/** Serbian (Latin script). */
export const SerbianLatin: Story = {
  parameters: { lang: 'sr-Latn' },
  render: () => report(leadClient(), 2, (el) => openMilestone(el)),
};
/** English. */
export const English: Story = {
  parameters: { lang: 'en' },
  render: () => report(leadClient(), 2, (el) => openMilestone(el)),
};
/** The block in every UI language the blocks ship, one after the other: a new language joins by itself. */
export const EveryLanguage: Story = everyLanguage(meta, () => report(leadClient(), 2, (el) => openMilestone(el)));

/** Component token: borders. */
export const Themed: Story = {
  render: () => html`<div style="--hapur-progress-report-border-color: #0b6e4f">${report(leadClient())}</div>`,
};
