import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../packages/elements/src/all.js';
// TODO(shared): remove once all.ts registers <hapur-commitment-tracker>.
import '../../packages/elements/src/components/commitment-tracker/commitment-tracker.define.js';
import {
  albania,
  failingReader,
  kosovo,
  kosovoInstitutions,
  kosovoWithoutProgress,
  macedonianFixtureInstitutions,
  macedonianFixturePlan,
  pendingReader,
  synthetic200,
  syntheticPlan3,
  syntheticInstitutions,
  TODAY,
  trackersRendered,
  withHash,
} from './story-data.js';
import { pressDownloadOffline } from '../download-offline.js';
import { everyLanguage } from '../every-language.js';

interface Args {
  commitment: string;
  headingLevel: number;
  hash: string;
}

/**
 * `<hapur-commitment-tracker>` shows where every commitment of an OGP action plan stands: the plan's
 * overall progress, each commitment's lead, OGP values, status and progress, and — opened — its
 * problem, expected results, actors, budget and milestones. Filters, search, sort, the view and the
 * open commitment live in the URL hash (`#ct-status=delayed&ct-open=3`), so a link reopens the view.
 *
 * The Kosovo stories use the real transcribed plan (seed 003) with the SDK's demonstration progress;
 * the tracker labels that progress as demonstration data.
 */
const meta: Meta<Args> = {
  title: 'Blocks/Commitment tracker',
  component: 'hapur-commitment-tracker',
  tags: ['autodocs'],
  play: trackersRendered,
  args: { commitment: '', headingLevel: 2, hash: '' },
  render: (args) => {
    withHash(args.hash);
    return html`<hapur-commitment-tracker
      .plan=${kosovo}
      .institutions=${kosovoInstitutions}
      today=${TODAY}
      commitment=${args.commitment || undefined}
      heading-level=${args.headingLevel}
    ></hapur-commitment-tracker>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

// ───────────── Playground ─────────────

export const Playground: Story = {};

// ───────────── States ─────────────

export const Loading: Story = {
  render: () =>
    html`<hapur-commitment-tracker
      data-story-loading
      plan-id="xk-2026-2028"
      no-url-state
      .client=${pendingReader}
    ></hapur-commitment-tracker>`,
};

export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<hapur-commitment-tracker
      plan-id="xk-2026-2028"
      no-url-state
      .client=${failingReader}
    ></hapur-commitment-tracker>`,
};

/** A plan whose commitments have not been published yet. */
export const Empty: Story = {
  render: () =>
    html`<hapur-commitment-tracker no-url-state .plan=${{ ...kosovo, commitments: [] }}></hapur-commitment-tracker>`,
};

/** The real plan without any progress data: every commitment "not started", no demonstration note. */
export const PlanWithoutProgress: Story = {
  render: () =>
    html`<hapur-commitment-tracker
      no-url-state
      today=${TODAY}
      .plan=${kosovoWithoutProgress}
      .institutions=${kosovoInstitutions}
    ></hapur-commitment-tracker>`,
};

/**
 * A plan imported from a `provenance.kind: "demonstration"` file (the API sets `dataNotes.demonstrationPlan`): the note
 * says the plan itself is invented, not only its progress. Here three synthetic commitments.
 */
export const DemonstrationPlan: Story = {
  render: () =>
    html`<hapur-commitment-tracker
      no-url-state
      today=${TODAY}
      .plan=${syntheticPlan3}
      .institutions=${syntheticInstitutions}
    ></hapur-commitment-tracker>`,
};

// ───────────── Modes and views ─────────────

/** One commitment opened: description, problem, results, actors and milestones with due dates as written and as read. */
export const CommitmentOpen: Story = { args: { hash: '#ct-open=5' } };

/** Milestones by quarter; ongoing and recurring ones are spans, undated ones listed apart. An equivalent table follows. */
export const Timeline: Story = { args: { hash: '#ct-view=timeline' } };

/** Filters as a shared link carries them: commitments of the Ministry of Local Government Administration that are in progress. */
export const FiltersApplied: Story = { args: { hash: '#ct-status=in_progress&ct-lead=xk-mapl&ct-sort=progress-desc' } };

/** A search with no result. */
export const NoMatches: Story = { args: { hash: '#ct-q=zzzz' } };

/** Single-commitment mode (`commitment="3"`), e.g. on the page of the institution that leads it. */
export const SingleCommitment: Story = { args: { commitment: '3' } };

/** Albania's 2020–2022 draft: four thematic components group the ten commitments; open for public comment. */
export const ThematicComponents: Story = {
  render: () => html`<hapur-commitment-tracker no-url-state .plan=${albania}></hapur-commitment-tracker>`,
};

/**
 * A plan from another country in another language: an invented North Macedonian plan (a test fixture in
 * `test/fixtures/`, not real data) written in Macedonian with English translations. Switch the language:
 * English readers read the translation; Albanian and Serbian readers read the Macedonian source, each part
 * in its own `lang="mk"`, with the note naming the language. Its due dates are written the way plans write
 * them ("прва половина од 2026", "септември 2025 – јуни 2026", "До крајот на 2026", "Континуирано").
 */
export const AnotherCountryAndLanguage: Story = {
  name: 'Another country and language (test fixture)',
  render: () =>
    html`<hapur-commitment-tracker
      no-url-state
      commitment="1"
      today=${TODAY}
      .plan=${macedonianFixturePlan}
      .institutions=${macedonianFixtureInstitutions}
    ></hapur-commitment-tracker>`,
};

/** 200 synthetic commitments (generated, clearly labelled) to judge the list at scale. */
export const TwoHundredCommitments: Story = {
  name: '200 commitments (synthetic)',
  render: () =>
    html`<hapur-commitment-tracker
      no-url-state
      today=${TODAY}
      .plan=${synthetic200}
      .institutions=${syntheticInstitutions}
    ></hapur-commitment-tracker>`,
};

// ───────────── Languages ─────────────

/**
 * A download pressed while the device is offline: the code that writes the file loads at the first press, so it
 * cannot come now. An alert under the buttons says the download could not start; the next press once online
 * downloads. In Albanian, Serbian and English.
 */
export const DownloadOffline: Story = {
  play: async (context) => {
    await trackersRendered(context);
    await pressDownloadOffline(context.canvasElement.querySelector('hapur-commitment-tracker')!);
  },
};
export const DownloadOfflineSerbian: Story = {
  ...DownloadOffline,
  name: 'Download offline (Serbian, Latin)',
  parameters: { lang: 'sr-Latn' },
};
export const DownloadOfflineEnglish: Story = {
  ...DownloadOffline,
  name: 'Download offline (English)',
  parameters: { lang: 'en' },
};

export const Albanian: Story = { parameters: { lang: 'sq' } };
export const SerbianLatin: Story = { name: 'Serbian (Latin)', parameters: { lang: 'sr-Latn' } };
export const English: Story = { parameters: { lang: 'en' } };
/** The block in every UI language the blocks ship, one after the other: a new language joins by itself. */
export const EveryLanguage: Story = everyLanguage(meta);
export const TimelineInSerbian: Story = {
  name: 'Timeline (Serbian)',
  args: { hash: '#ct-view=timeline' },
  parameters: { lang: 'sr-Latn' },
};

// ───────────── Theming ─────────────

/** Global tokens brand every block; component tokens (`--hapur-commitment-tracker-*`) fine-tune this one. */
export const Themed: Story = {
  render: () =>
    html`<div
      class="story-theme-tracker"
      style="--hapur-color-brand: #14532d; --hapur-commitment-tracker-badge-background: #ecfdf3; --hapur-commitment-tracker-accent-color: #166534; --hapur-radius: 0"
    >
      <hapur-commitment-tracker
        no-url-state
        today=${TODAY}
        .plan=${kosovo}
        .institutions=${kosovoInstitutions}
      ></hapur-commitment-tracker>
    </div>`,
};

// ───────────── Accessibility ─────────────

/**
 * Every control is a native, labelled control; commitments open with a button (`aria-expanded`);
 * progress bars have a name and a value text; the timeline has an equivalent table. The embedder's
 * duty: set `heading-level` so the plan title fits the page outline (here under an `<h1>`).
 */
export const Accessibility: Story = {
  render: () =>
    html`<h1>Open government</h1>
      <hapur-commitment-tracker
        heading-level="2"
        no-url-state
        today=${TODAY}
        .plan=${kosovo}
        .institutions=${kosovoInstitutions}
      ></hapur-commitment-tracker>`,
};
