import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { headingLevelArgs, staffBlock, type HeadingLevelArgs } from '../staff-block.js';
import '../../packages/elements/src/components/staff-inbox/staff-inbox.define.js';
import type { HapurStaffInbox } from '../../packages/elements/src/components/staff-inbox/staff-inbox.js';
import type { InboxClient } from '../../packages/elements/src/components/staff-inbox/staff-inbox.types.js';
import {
  answerWithoutResponse,
  failingClient,
  focusDownload,
  forbiddenClient,
  inboxClient,
  limitedClient,
  noInstitutionsClient,
  openMessage,
  openTransfer,
  overdueItems,
  pendingClient,
  signedOutApi,
} from './story-data.js';
import { everyLanguage } from '../every-language.js';

/**
 * `<hapur-staff-inbox>` is the institution's inbox for its staff: what citizens sent that it must handle,
 * counts by status, filters, the nearest deadline first (days left or overdue in words and colour), and one
 * message with its history, contact (when the person consented) and the action forms with GOV.UK-style error
 * summaries. Staff sign in by pasting their token (kept in memory, or in this tab only); a refused token brings
 * the sign-in back with the reason. The list refreshes every minute while the tab is visible and announces new
 * arrivals politely. The stories use an in-memory API with invented messages (demonstration data).
 */
const meta: Meta<HeadingLevelArgs> = {
  title: 'Blocks/Staff inbox',
  component: 'hapur-staff-inbox',
  tags: ['autodocs'],
  ...headingLevelArgs,
  render: (args) => inbox(inboxClient(), args.headingLevel),
};
export default meta;
type Story = StoryObj<HeadingLevelArgs>;

function inbox(client: InboxClient, level = 2, then?: (el: HapurStaffInbox) => Promise<void>) {
  return staffBlock('hapur-staff-inbox', { client, headingLevel: level }, then);
}

// ───────────── Playground ─────────────

/** Signed in (the page gave a staff client): counts, filters and five messages. */
export const Playground: Story = {};

// ───────────── Sign-in ─────────────

/** Signed out: the token field (a password field, never stored unless "remember in this tab" is ticked). */
export const SignedOut: Story = {
  render: () => html`<hapur-staff-inbox api=${signedOutApi()}></hapur-staff-inbox>`,
};

/** The server said the token expired (401 `token_expired`): the sign-in is back with the reason. */
export const TokenExpired: Story = {
  render: () => html`<hapur-staff-inbox api=${signedOutApi('expired')}></hapur-staff-inbox>`,
};

/** The token was revoked (401 `token_revoked`). */
export const TokenRevoked: Story = {
  render: () => html`<hapur-staff-inbox api=${signedOutApi('revoked')}></hapur-staff-inbox>`,
};

// ───────────── The list ─────────────

/** While the list loads: a polite "Loading…" status. */
export const Loading: Story = { render: () => inbox(pendingClient()) };

/** Nothing to handle: no message is addressed to the institution. */
export const Empty: Story = { render: () => inbox(inboxClient([])) };

/** The list, nearest deadline first: overdue, due in 2, 10 and 15 days, then an answered one. */
export const List: Story = {};

/** Only overdue messages: "Overdue by N days" in words, with a red edge that only repeats them. */
export const Overdue: Story = { render: () => inbox(inboxClient(overdueItems())) };

/**
 * "Download as CSV (spreadsheet)", focused as a keyboard user reaches it: every message the filters match (every
 * page, not only the one shown) as a CSV file, fetched with the staff token in the `Authorization` header (never in
 * the URL), saved under the name the server gives. While it is fetched the button says "Preparing the CSV…".
 */
export const DownloadCsv: Story = {
  name: 'Download as CSV',
  render: () => inbox(inboxClient(), 2, (el) => focusDownload(el)),
};

/** The download refused (429, too many requests from this connection): an alert says to wait; the list stays. */
export const DownloadRateLimited: Story = {
  name: 'Download as CSV: rate-limited',
  render: () => inbox(limitedClient(), 2, (el) => focusDownload(el, true)),
};

/** The two download stories in each language (the toolbar's choice aside), to review the words. */
export const DownloadCsvAlbanian: Story = {
  ...DownloadCsv,
  name: 'Download as CSV (Albanian)',
  parameters: { lang: 'sq' },
};
export const DownloadCsvSerbian: Story = {
  ...DownloadCsv,
  name: 'Download as CSV (Serbian, Latin)',
  parameters: { lang: 'sr-Latn' },
};
export const DownloadCsvEnglish: Story = {
  ...DownloadCsv,
  name: 'Download as CSV (English)',
  parameters: { lang: 'en' },
};
export const DownloadRateLimitedAlbanian: Story = {
  ...DownloadRateLimited,
  name: 'Download as CSV: rate-limited (Albanian)',
  parameters: { lang: 'sq' },
};
export const DownloadRateLimitedSerbian: Story = {
  ...DownloadRateLimited,
  name: 'Download as CSV: rate-limited (Serbian, Latin)',
  parameters: { lang: 'sr-Latn' },
};
export const DownloadRateLimitedEnglish: Story = {
  ...DownloadRateLimited,
  name: 'Download as CSV: rate-limited (English)',
  parameters: { lang: 'en' },
};

// ───────────── One message ─────────────

/** One message: text, details, contact (the person consented), history and the action forms. */
export const Detail: Story = {
  render: () => inbox(inboxClient(), 2, (el) => openMessage(el, 'HP-2026-000101')),
};

/** A published comment on a commitment, assigned, with internal history entries marked. */
export const DetailPublishedComment: Story = {
  render: () => inbox(inboxClient(), 2, (el) => openMessage(el, 'HP-2026-000104')),
};

/** Answering: "Answered" without the response in the person's language — the error summary, linked to the field. */
export const Answering: Story = {
  render: () => inbox(inboxClient(), 2, (el) => answerWithoutResponse(el, 'HP-2026-000101')),
};

/**
 * Transferring to another institution: the form, opened, lists the institutions by name in the reader's language
 * (read from `GET /institutions` when the form first opens, not with the page), sorted in that language's order,
 * without the officer's own institution; "Choose an institution" until one is chosen.
 */
export const Transfer: Story = {
  render: () => inbox(inboxClient(), 2, (el) => openTransfer(el, 'HP-2026-000101')),
};

/**
 * The list of institutions could not be loaded: the form says so in one line and takes the institution's id, as
 * it did before, so the officer can still transfer.
 */
export const TransferWithoutList: Story = {
  name: 'Transfer: the list could not load',
  render: () => inbox(noInstitutionsClient(), 2, (el) => openTransfer(el, 'HP-2026-000101')),
};

/** The two transfer stories in each language (names in the reader's language and order; the note about the list). */
export const TransferAlbanian: Story = {
  ...Transfer,
  name: 'Transfer (Albanian)',
  parameters: { lang: 'sq' },
};
export const TransferSerbian: Story = {
  ...Transfer,
  name: 'Transfer (Serbian, Latin)',
  parameters: { lang: 'sr-Latn' },
};
export const TransferEnglish: Story = {
  ...Transfer,
  name: 'Transfer (English)',
  parameters: { lang: 'en' },
};
export const TransferWithoutListAlbanian: Story = {
  ...TransferWithoutList,
  name: 'Transfer: the list could not load (Albanian)',
  parameters: { lang: 'sq' },
};
export const TransferWithoutListSerbian: Story = {
  ...TransferWithoutList,
  name: 'Transfer: the list could not load (Serbian, Latin)',
  parameters: { lang: 'sr-Latn' },
};
export const TransferWithoutListEnglish: Story = {
  ...TransferWithoutList,
  name: 'Transfer: the list could not load (English)',
  parameters: { lang: 'en' },
};

// ───────────── Errors ─────────────

/** The server failed (500): a plain-language message and a retry button. */
export const ServerError: Story = { render: () => inbox(failingClient()) };

/** 403: the token belongs to another institution; the inbox says so plainly. */
export const Forbidden: Story = { name: '403 Forbidden', render: () => inbox(forbiddenClient()) };

// ───────────── Languages ─────────────

/** Albanian. */
export const Albanian: Story = { parameters: { lang: 'sq' } };
/** Serbian (Latin script). */
export const SerbianLatin: Story = { parameters: { lang: 'sr-Latn' } };
/** The block in every UI language the blocks ship, one after the other: a new language joins by itself. */
export const EveryLanguage: Story = everyLanguage(meta);
/** English, one message open. */
export const EnglishDetail: Story = {
  parameters: { lang: 'en' },
  render: () => inbox(inboxClient(), 2, (el) => openMessage(el, 'HP-2026-000102')),
};

// ───────────── Theming ─────────────

/** Component tokens: borders and the overdue colour. */
export const Themed: Story = {
  render: () =>
    html`<div style="--hapur-staff-inbox-border-color: #0b6e4f; --hapur-staff-inbox-overdue-color: #8b0000">
      ${inbox(inboxClient())}
    </div>`,
};
