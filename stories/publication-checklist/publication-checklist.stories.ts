import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../packages/elements/src/components/publication-checklist/publication-checklist.define.js';
import type { HapurPublicationChecklist } from '../../packages/elements/src/components/publication-checklist/publication-checklist.js';
import {
  albanianAndEnglishProgramme,
  checklistsRendered,
  fullCompliance,
  noChecks,
  OTHER_TOKEN,
  pendingClient,
  seedDraft,
  STAFF_TOKEN,
  storyClient,
} from './story-data.js';
import { pressDownloadOffline } from '../download-offline.js';
import { everyLanguage } from '../every-language.js';

interface Args {
  institution: string;
  period: string | undefined;
  mode: 'public' | 'monitor';
  headingLevel: number;
}

/**
 * `<hapur-publication-checklist>` shows whether an institution proactively publishes what the law
 * requires, quarter by quarter: a table of requirements × criteria (published, complete, on time,
 * accessible) and the languages the requirements ask for (here Albanian, Serbian, English), verdicts in words with a shape (never colour
 * alone), a summary, the trend, what changed, a gaps-only filter and CSV/JSON downloads.
 * `mode="monitor"` with a staff `token` (a JavaScript property set by the page's sign-in step, never an
 * HTML attribute) adds the monitoring template. The stories use the SDK's
 * example requirements for the Ministry of Finance and its *demonstration* checks (invented).
 */
const meta: Meta<Args> = {
  title: 'Blocks/Publication checklist',
  component: 'hapur-publication-checklist',
  tags: ['autodocs'],
  play: checklistsRendered,
  args: { institution: 'xk-mf', period: '2026-Q1', mode: 'public', headingLevel: 2 },
  argTypes: {
    mode: { control: 'inline-radio', options: ['public', 'monitor'] },
    period: { control: 'select', options: [undefined, '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'] },
    headingLevel: { control: { type: 'number', min: 2, max: 5 } },
  },
  render: (args) =>
    html`<hapur-publication-checklist
      institution=${args.institution}
      period=${ifDefined(args.period)}
      mode=${args.mode}
      heading-level=${args.headingLevel}
      .client=${storyClient(undefined, args.mode === 'monitor' ? STAFF_TOKEN : undefined)}
    ></hapur-publication-checklist>`,
};
export default meta;
type Story = StoryObj<Args>;

// ───────────── Playground ─────────────

/** Every attribute as a control. The language comes from the toolbar (an ancestor's `lang`). */
export const Playground: Story = {};

// ───────────── States ─────────────

/** While the requests are pending: a polite "Loading…" status and `:state(loading)`. */
export const Loading: Story = {
  render: () =>
    html`<hapur-publication-checklist
      data-story-loading
      institution="xk-mf"
      .client=${pendingClient}
    ></hapur-publication-checklist>`,
};

/** An unknown institution (404): a plain-language message and a retry button; `hapur-error` carries the SDK error. */
export const ErrorState: Story = {
  name: 'Error',
  render: () =>
    html`<hapur-publication-checklist institution="xk-unknown" .client=${storyClient()}></hapur-publication-checklist>`,
};

/** No data yet: the institution has requirements but no quarter has been checked. */
export const NoDataYet: Story = {
  render: () =>
    html`<hapur-publication-checklist
      institution="xk-mf"
      .client=${storyClient(noChecks)}
    ></hapur-publication-checklist>`,
};

/** Mixed results (Q1 2026): compliant, partly compliant and not compliant rows, with notes and corrective actions. */
export const Mixed: Story = { args: { period: '2026-Q1' } };

/** Full compliance: Q3 2026 restricted to the ten requirements the demonstration checks found fully met. */
export const FullCompliance: Story = {
  render: () =>
    html`<hapur-publication-checklist
      institution="xk-mf"
      .client=${storyClient(fullCompliance)}
    ></hapur-publication-checklist>`,
};

/**
 * Another programme's languages: requirements that ask for Albanian and recommend English get those two columns, those
 * two summary rows and (in the monitoring template) those two questions; no Serbian column. The languages follow
 * `requiredLanguages` and `recommendedLanguages`.
 */
export const AnotherProgrammesLanguages: Story = {
  name: 'Another programme’s languages',
  render: () =>
    html`<hapur-publication-checklist
      institution="xk-mf"
      period="2026-Q1"
      .client=${storyClient(albanianAndEnglishProgramme)}
    ></hapur-publication-checklist>`,
};

/** The monitoring template of that programme: two language questions. */
export const MonitorAnotherProgrammesLanguages: Story = {
  name: 'Monitor: another programme’s languages',
  render: () =>
    html`<hapur-publication-checklist
      institution="xk-mf"
      period="2026-Q4"
      mode="monitor"
      .client=${storyClient(albanianAndEnglishProgramme, STAFF_TOKEN)}
    ></hapur-publication-checklist>`,
};

/** Several quarters: without `period` the latest (Q3) opens; the trend table and "what changed since Q2" follow. */
export const SeveralQuarters: Story = { args: { period: undefined } };

/**
 * A download pressed while the device is offline: the code that writes the file loads at the first press, so it
 * cannot come now. An alert under the buttons says the download could not start; nothing is lost, and the next press
 * once online downloads. The language variants below show it in Serbian and English.
 */
export const DownloadOffline: Story = {
  play: async (context) => {
    await checklistsRendered(context);
    await pressDownloadOffline(context.canvasElement.querySelector('hapur-publication-checklist')!);
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

// ───────────── Languages ─────────────

export const Albanian: Story = { parameters: { lang: 'sq' } };
export const SerbianLatin: Story = { name: 'Serbian (Latin)', parameters: { lang: 'sr-Latn' } };
export const English: Story = { parameters: { lang: 'en' } };
/** The block in every UI language the blocks ship, one after the other: a new language joins by itself. */
export const EveryLanguage: Story = everyLanguage(meta);

// ───────────── Monitoring mode ─────────────

/** The monitoring template for a new quarter (Q4 2026): one requirement at a time, progress, drafts kept in the browser. */
export const Monitor: Story = { args: { mode: 'monitor', period: '2026-Q4' } };

/** The template in Albanian and in Serbian (Latin): its strings are a catalogue of their own, loaded with it. */
export const MonitorAlbanian: Story = { args: { mode: 'monitor', period: '2026-Q4' }, parameters: { lang: 'sq' } };
export const MonitorSerbian: Story = {
  name: 'Monitor (Serbian, Latin)',
  args: { mode: 'monitor', period: '2026-Q4' },
  parameters: { lang: 'sr-Latn' },
};

/** "Submit" with a half-filled requirement: the error summary takes focus and links to each field; messages sit beside the fields. */
export const MonitorWithErrors: Story = {
  args: { mode: 'monitor', period: '2026-Q4' },
  play: async (context) => {
    await checklistsRendered(context);
    const el = context.canvasElement.querySelector<HapurPublicationChecklist>('hapur-publication-checklist')!;
    const published = el.shadowRoot!.querySelector<HTMLSelectElement>('#field-published')!;
    published.value = 'yes';
    published.dispatchEvent(new Event('change'));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
  },
};

/** A draft typed before a reload is restored from this browser (localStorage, keyed by institution and quarter; never the token). */
export const MonitorSavedDraft: Story = {
  render: () => {
    seedDraft();
    return html`<hapur-publication-checklist
      mode="monitor"
      institution="xk-mf"
      period="2026-Q4"
      .client=${storyClient(undefined, STAFF_TOKEN)}
    ></hapur-publication-checklist>`;
  },
};

/** A token issued to another institution: the API answers 403 and the template says so in words; entries stay. */
export const MonitorOtherInstitutionToken: Story = {
  render: () => {
    seedDraft();
    return html`<hapur-publication-checklist
      mode="monitor"
      institution="xk-mf"
      period="2026-Q4"
      .client=${storyClient(undefined, OTHER_TOKEN)}
    ></hapur-publication-checklist>`;
  },
};

// ───────────── Theming ─────────────

/** Component tokens set by the page: verdict colours, borders and the chart bars. */
export const Themed: Story = {
  render: () =>
    html`<div
      style="--hapur-publication-checklist-border-color: #0b5f59; --hapur-publication-checklist-bar-color: #0b5f59; --hapur-color-brand: #0b5f59;"
    >
      <hapur-publication-checklist
        institution="xk-mf"
        period="2026-Q2"
        .client=${storyClient()}
      ></hapur-publication-checklist>
    </div>`,
};

// ───────────── Accessibility ─────────────

/**
 * When the block is wide (68rem or more) the matrix is a real `<table>` with a caption, column headers and one
 * row header per requirement, the verdict in the first column after it; when it is narrow, one card per
 * requirement (a heading, the verdict, a description list of the criteria). Only one is shown (the other is
 * `display: none`, so screen readers meet one too). Verdicts are words with a shape; the chart is decorative next
 * to its table. The embedder's duties:
 * choose `heading-level` to fit the page's outline, and give staff the token over a secure page only.
 */
export const Accessibility: Story = { args: { headingLevel: 3, period: '2026-Q2' } };
