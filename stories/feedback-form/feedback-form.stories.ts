import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/elements/src/components/feedback-form/feedback-form.define.js';
import type { HapurFeedbackForm } from '../../packages/elements/src/components/feedback-form/feedback-form.js';
import type { FeedbackClient } from '../../packages/elements/src/components/feedback-form/feedback-form.types.js';
import { MemoryOutbox } from '../../packages/elements/src/components/feedback-form/outbox.js';
import { demoMessage, fillAndSend, type Typed } from './story-actions.js';
import { clients, guidingQuestions } from './story-data.js';
import { everyLanguage } from '../every-language.js';

interface Args {
  kind: string;
  topics: string;
  privacyUrl: string;
  statusUrl: string;
  headingLevel: number;
}

/**
 * `<hapur-feedback-form>` lets a citizen send a request, feedback, a proposal or an issue report,
 * anonymously unless they choose to be contacted. It validates with the SDK's schema (error
 * summary at the top, message beside each field), keeps a draft in `sessionStorage`, queues a
 * message in IndexedDB when the network or server fails and sends it later with the same
 * idempotency key, and shows the tracking code afterwards. The stories use stand-in clients and the
 * SDK's demonstration submissions (invented and anonymous).
 */
const meta: Meta<Args> = {
  title: 'Blocks/Feedback form',
  component: 'hapur-feedback-form',
  tags: ['autodocs'],
  args: {
    kind: '',
    topics: 'Ndriçimi publik|Mbeturinat|Parku i lagjes',
    privacyUrl: 'https://example.org/privacy',
    statusUrl: '/status?token={token}',
    headingLevel: 2,
  },
  argTypes: {
    kind: { control: 'select', options: ['', 'request', 'feedback', 'proposal', 'issue_report'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  render: (args, context) =>
    form(context.id, clients.accepting, {
      kind: args.kind,
      topics: args.topics,
      privacyUrl: args.privacyUrl,
      statusUrl: args.statusUrl,
      headingLevel: args.headingLevel,
    }),
};
export default meta;
type Story = StoryObj<Args>;

/** One form per story (its own id, so drafts do not leak between stories) and an in-memory outbox. */
function form(id: string, client: FeedbackClient, attrs: Partial<Args> & { typed?: Typed; commitment?: boolean } = {}) {
  const el = document.createElement('hapur-feedback-form') as HapurFeedbackForm;
  el.id = `story-${id}`;
  el.client = client;
  el.outbox = new MemoryOutbox();
  if (attrs.kind) el.setAttribute('kind', attrs.kind);
  if (attrs.topics) el.setAttribute('topics', attrs.topics);
  el.setAttribute('privacy-url', attrs.privacyUrl ?? 'https://example.org/privacy');
  el.setAttribute('status-url', attrs.statusUrl ?? '/status?token={token}');
  if (attrs.headingLevel) el.setAttribute('heading-level', String(attrs.headingLevel));
  if (attrs.commitment) {
    el.setAttribute('plan-id', 'al-2020-2022');
    el.setAttribute('commitment', '1');
    el.guidingQuestions = guidingQuestions;
  }
  sessionStorage.removeItem(`hapur-feedback-draft:${el.formKey}`);
  if (attrs.typed) void fillAndSend(el, attrs.typed);
  return el;
}

// ───────────── Playground ─────────────

/** Every attribute as a control. The language comes from the toolbar (an ancestor's `lang`). */
export const Playground: Story = {};

// ───────────── States ─────────────

/** Nothing typed yet. Anonymous is the default: the contact fields appear only after the citizen asks to be contacted. */
export const Empty: Story = { render: (_, c) => form(c.id, clients.accepting) };

/** Sent empty: the error summary takes focus and links to each field; each field shows its message and `aria-invalid`. */
export const InvalidWithErrors: Story = {
  render: (_, c) => form(c.id, clients.accepting, { typed: { message: 'Short' } }),
};

/** The contact fields opened and left without a way to reply or consent. */
export const InvalidContact: Story = {
  render: (_, c) => form(c.id, clients.accepting, { typed: { ...demoMessage, contact: { name: 'A. B.' } } }),
};

/** Sending: the button says so and `:state(submitting)` is set; a second click does nothing. */
export const Submitting: Story = { render: (_, c) => form(c.id, clients.pending, { typed: demoMessage }) };

/** Offline: the message is kept on the device and will be sent when the connection returns (`hapur-queued`). */
export const QueuedOffline: Story = { render: (_, c) => form(c.id, clients.offline, { typed: demoMessage }) };

/** Sent: the reference, the tracking code with a copy button, the answer deadline and the status link. */
export const Success: Story = { render: (_, c) => form(c.id, clients.accepting, { typed: demoMessage }) };

/** The server failed (503): treated like offline — kept and sent again later with the same key. */
export const ServerError: Story = { render: (_, c) => form(c.id, clients.serverError, { typed: demoMessage }) };

/** Refused for another reason (403): a plain message with the server's request id for support; the text stays in the form. */
export const Refused: Story = { render: (_, c) => form(c.id, clients.refused, { typed: demoMessage }) };

/** Too many messages from this connection (429 with `Retry-After: 120`): how long to wait; the text stays. */
export const RateLimited: Story = { render: (_, c) => form(c.id, clients.rateLimited, { typed: demoMessage }) };

/** Comments on a draft commitment (seed 004, Albania 2020–2022): the consultation's guiding questions appear as help. */
export const DraftCommitment: Story = {
  render: (_, c) => form(c.id, clients.accepting, { commitment: true, kind: 'proposal' }),
};

// ───────────── Kinds ─────────────

/** Preset kind: request. */
export const KindRequest: Story = { args: { kind: 'request' } };
/** Preset kind: feedback. */
export const KindFeedback: Story = { args: { kind: 'feedback' } };
/** Preset kind: proposal. */
export const KindProposal: Story = { args: { kind: 'proposal' } };
/** Preset kind: issue report. */
export const KindIssueReport: Story = { args: { kind: 'issue_report' } };

// ───────────── Languages ─────────────

/** Albanian. */
export const Albanian: Story = { parameters: { lang: 'sq' } };
/** Serbian, Latin script. */
export const SerbianLatin: Story = { parameters: { lang: 'sr-Latn' } };
/** English. */
export const English: Story = { parameters: { lang: 'en' } };
/** The block in every UI language the blocks ship, one after the other: a new language joins by itself. */
export const EveryLanguage: Story = everyLanguage(meta);
/** Errors in Serbian: messages come from the SDK in the reader's language. */
export const SerbianErrors: Story = {
  parameters: { lang: 'sr-Latn' },
  render: (_, c) => form(c.id, clients.accepting, { typed: { message: 'Kratko' } }),
};

// ───────────── Theming ─────────────

/** Component tokens: accent, error and success colours. */
export const Themed: Story = {
  render: (_, c) =>
    html`<div
      style="--hapur-feedback-form-accent-color: #0b6e4f; --hapur-feedback-form-error-color: #9b1c1c; --hapur-radius: 0"
    >
      ${form(c.id, clients.accepting)}
    </div>`,
};

// ───────────── Accessibility ─────────────

/**
 * The page's duties: give the form a heading level that fits the outline (`heading-level`), link
 * the full privacy policy (`privacy-url`), and a status page for the tracking code (`status-url`).
 */
export const HeadingLevelThree: Story = { args: { headingLevel: 3 } };
