import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { headingLevelArgs, staffBlock, type HeadingLevelArgs } from '../staff-block.js';
import '../../packages/elements/src/components/service-editor/service-editor.define.js';
import type { HapurServiceEditor } from '../../packages/elements/src/components/service-editor/service-editor.js';
import type { EditorClient } from '../../packages/elements/src/components/service-editor/service-editor.types.js';
import { fakeUpkeep } from '../../packages/elements/src/components/service-editor/test/fake-upkeep.js';
import {
  askWithdraw,
  conflict,
  editorClient,
  emptyClient,
  failingClient,
  invalidForm,
  openService,
  pendingClient,
  reviewedForm,
  savedForm,
  signedOutApi,
} from './story-data.js';
import { everyLanguage } from '../every-language.js';

/**
 * `<hapur-service-editor>` lets an institution's staff keep its public service cards current: pick a service
 * (or add one), edit the card's fields in its languages beside the real `<hapur-service-info>` preview (below
 * it on a phone), save with a conflict check, mark a checked card as reviewed, withdraw with confirmation, and read the change history. Checks
 * come from the SDK's schema, problems in a GOV.UK error summary; unsaved changes survive a reload in this tab.
 * The stories use an in-memory API with invented Prishtina services (demonstration data).
 */
const meta: Meta<HeadingLevelArgs> = {
  title: 'Blocks/Service editor',
  component: 'hapur-service-editor',
  tags: ['autodocs'],
  ...headingLevelArgs,
  render: (args) => editor(editorClient(), args.headingLevel),
};
export default meta;
type Story = StoryObj<HeadingLevelArgs>;

function editor(client: EditorClient, level = 2, then?: (el: HapurServiceEditor) => Promise<void>) {
  sessionStorage.clear(); // drafts of an earlier story would reopen their form
  return staffBlock('hapur-service-editor', { client, headingLevel: level }, then);
}

// ───────────── Playground ─────────────

/** Signed in (the page gave a staff client): the institution's services and "add a new service". */
export const Playground: Story = {};

// ───────────── Sign-in ─────────────

/** Signed out: the token field (a password field, never stored unless "remember in this tab" is ticked). */
export const SignedOut: Story = {
  render: () => html`<hapur-service-editor api=${signedOutApi()}></hapur-service-editor>`,
};

/** The server refused the token (401 `token_expired`): the sign-in is back with the reason. */
export const TokenRefused: Story = {
  render: () => html`<hapur-service-editor api=${signedOutApi('expired')}></hapur-service-editor>`,
};

// ───────────── The list ─────────────

/** While the list loads: a polite "Loading…" status. */
export const Loading: Story = { render: () => editor(pendingClient()) };

/** The institution has no services yet: only "add a new service". */
export const Empty: Story = { render: () => editor(emptyClient()) };

/** The server failed (500): a plain-language message and a retry button. */
export const ServerError: Story = { render: () => editor(failingClient()) };

// ───────────── The form ─────────────

/** One service open: the form beside the live preview (below it on a phone), withdraw and history. */
export const Editing: Story = {
  render: () => editor(editorClient(), 2, (el) => openService(el, 'prishtina-birth-certificate')),
};

/** A new service: the address name field and an empty card in the institution's languages. */
export const NewService: Story = { render: () => editor(editorClient(), 2, (el) => openService(el, '')) };

/** Saving an empty name and an http:// link: the error summary, each problem linked to its field. */
export const Invalid: Story = { render: () => editor(editorClient(), 2, invalidForm) };

/** The fee saved: the "saved" line (the public card shows it at once) and the history entry. */
export const Saved: Story = { render: () => editor(editorClient(), 2, savedForm) };

/**
 * Checked, nothing to change: "Mark as reviewed – no changes" (beside save, while the form has no unsaved change)
 * records the review; the status line says so, the card's "last reviewed" date is today's, the history "reviewed, no changes".
 */
export const Reviewed: Story = { render: () => editor(editorClient(), 2, reviewedForm) };

/** Someone else saved first (412): what each side changed, and "put my changes onto the new version". */
export const Conflict: Story = {
  render: () => {
    const api = fakeUpkeep();
    return editor(api.client(), 2, (el) => conflict(el, api));
  },
};

/** "Withdraw this service": the confirmation with an optional reason. */
export const Withdrawing: Story = { render: () => editor(editorClient(), 2, askWithdraw) };

// ───────────── Languages ─────────────

/** Albanian. */
export const Albanian: Story = {
  parameters: { lang: 'sq' },
  render: () => editor(editorClient(), 2, (el) => openService(el, 'prishtina-birth-certificate')),
};
/** Serbian (Latin script). */
export const SerbianLatin: Story = {
  parameters: { lang: 'sr-Latn' },
  render: () => editor(editorClient(), 2, (el) => openService(el, 'prishtina-birth-certificate')),
};
/** English. */
export const English: Story = {
  parameters: { lang: 'en' },
  render: () => editor(editorClient(), 2, (el) => openService(el, 'prishtina-birth-certificate')),
};
/** The block in every UI language the blocks ship, one after the other: a new language joins by itself. */
export const EveryLanguage: Story = everyLanguage(meta, () =>
  editor(editorClient(), 2, (el) => openService(el, 'prishtina-birth-certificate')),
);

// ───────────── Theming ─────────────

/** Component tokens: borders and the preview's background. */
export const Themed: Story = {
  render: () =>
    html`<div style="--hapur-service-editor-border-color: #0b6e4f; --hapur-service-editor-preview-background: #f3f7f5">
      ${editor(editorClient(), 2, (el) => openService(el, 'prishtina-birth-certificate'))}
    </div>`,
};
