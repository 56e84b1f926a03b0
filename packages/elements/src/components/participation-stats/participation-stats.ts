import type { ParticipationStats, StatsFilter } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { DataController, type DataTask } from '../../internal/controllers/data.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { renderDataState, renderLanguagePending } from '../../internal/render-state.js';
import { statsReads } from '../../internal/client/stats-reads.js';
import { pickClient, type BlockClient } from '../../internal/client/registry.js';
import { feedbackText, type FeedbackText } from '../../translations/feedback-text.js';
import { kindRows, statusRows, type StatRow } from './participation-stats.model.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './participation-stats.styles.js';
import { catalogues, statsStrings } from './participation-stats.translations.js';

/**
 * How citizens use an institution's feedback channel: messages by kind and by status, the share
 * answered within the legal deadline and the median time to answer. The chart is a picture with a
 * text alternative; the same numbers are in a data table beside it. Bars are SVG (no inline styles), so
 * the block works under a strict Content-Security-Policy.
 *
 * @summary Participation statistics: counts by kind and status, deadline share, median response time.
 * @customElement hapur-participation-stats
 * @status experimental
 * @since 0.1.0
 * @dependency hapur-provider
 *
 * @event {HapurLoadEvent} hapur-load - The statistics loaded.
 * @event {HapurErrorEvent} hapur-error - Loading failed; `detail.error` is the SDK error.
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart demo-note - The "demonstration data" note, when the numbers count demonstration submissions.
 * @csspart figures - The deadline share and median boxes.
 * @csspart chart - The bar chart (role img).
 * @csspart table - Each data table.
 * @csspart retry-button - The retry button.
 *
 * @cssstate loading - Loading.
 * @cssstate empty - No messages yet.
 * @cssstate error - Loading failed.
 *
 * @cssproperty --hapur-participation-stats-bar-color - Bar colour.
 * @cssproperty --hapur-participation-stats-border-color - Borders of the figures and table rows.
 */
export class HapurParticipationStats extends HapurElement {
  static override styles = blockStyles(styles);
  static override catalogues = catalogues;

  static override properties = {
    institution: {},
    from: {},
    to: {},
    stats: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** Institution id to count for; all institutions when unset. */
  institution: string | undefined;
  /** First day counted, `YYYY-MM-DD` (API only). */
  from: string | undefined;
  /** Last day counted, `YYYY-MM-DD` (API only). */
  to: string | undefined;
  /** A configured SDK client (set from JavaScript); overrides `api`. */
  declare client: BlockClient<'getParticipationStats'> | undefined;
  /** The statistics themselves (set from JavaScript); skips loading. */
  stats: ParticipationStats | undefined;
  /** Heading level of the block's title, to fit the page's outline (2–5). */
  headingLevel = 2;

  readonly #data = new DataController<ParticipationStats>(this, {
    task: () => this.#dataTask(),
    isEmpty: (stats) => stats.total === 0,
  });

  #dataTask(): DataTask<ParticipationStats> | undefined {
    if (this.stats) {
      const stats = this.stats;
      return { source: 'inline', key: JSON.stringify(stats), run: async () => stats };
    }
    const client = pickClient(statsReads, this.client, this.api, this.config);
    if (!client) return undefined;
    // The client leaves unset (and empty) values out of the query, as JSON.stringify leaves them out of the key.
    const filter = { institution: this.institution, from: this.from, to: this.to } as StatsFilter;
    return {
      source: 'api',
      key: `${this.api ?? ''}|${JSON.stringify(filter)}`,
      run: (signal) => client.getParticipationStats(filter, { signal }),
    };
  }

  protected override render() {
    if (!this.localize.ready) return renderLanguagePending();
    const t = feedbackText(this.localize);
    const level = Math.min(5, Math.max(2, this.headingLevel));
    const state = renderDataState(this.#data, this.localize, t.statsEmpty);
    const body = state ?? (this.#data.data ? this.#renderStats(this.#data.data, t, level + 1) : nothing);
    return html`<section class="base" part="base" lang=${t.lang} aria-labelledby="stats-title">
      <p class="title" id="stats-title" part="title" role="heading" aria-level=${level}>${t.statsTitle}</p>
      ${body}
    </section>`;
  }

  #renderStats(stats: ParticipationStats, t: FeedbackText, level: number): TemplateResult {
    const share = stats.answeredWithinDeadlineShare;
    // One decimal, written as the page writes numbers ("2,5 ditë", "2.5 days").
    const median = stats.medianResponseDays === null ? null : Math.round(stats.medianResponseDays * 10) / 10;
    const kinds = kindRows(stats);
    const summary = t.chartSummary(
      kinds.map((row) => `${t.kindName[row.key]}: ${this.localize.number(row.count)}`).join(', '),
    );
    const demo = stats.demonstration
      ? html`<p class="notice notice--demo" part="demo-note" role="note">
          ${this.localize.text(statsStrings).demonstrationNote}
        </p>`
      : nothing;
    return html`${demo}
      <p class="total">${t.total(stats.total, this.localize.number(stats.total))}</p>
      <dl class="figures" part="figures">
        <div>
          <dt>${t.answeredShare}</dt>
          <dd>
            ${share === null ? t.answeredShareNone : this.localize.number(share, { style: 'percent', maximumFractionDigits: 0 })}
          </dd>
        </div>
        <div>
          <dt>${t.medianResponse}</dt>
          <dd>${median === null ? t.medianResponseNone : t.days(median, this.localize.number(median))}</dd>
        </div>
      </dl>
      <p class="subheading" role="heading" aria-level=${level}>${t.byKind}</p>
      <div class="chart" part="chart" role="img" aria-label=${summary}>
        ${kinds.map(
          (row) =>
            html`<span>${t.kindName[row.key]}</span>
              <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">
                <rect width=${row.percent} height="1"></rect>
              </svg>
              <span>${this.localize.number(row.count)}</span>`,
        )}
      </div>
      ${this.#table(t.byKind, t.columnKind, t, kinds, (key) => t.kindName[key as keyof typeof t.kindName])}
      <p class="subheading" role="heading" aria-level=${level}>${t.byStatus}</p>
      ${this.#table(t.byStatus, t.columnStatus, t, statusRows(stats), (key) => t.statusName[key as keyof typeof t.statusName])}`;
  }

  #table(
    caption: string,
    column: string,
    t: FeedbackText,
    rows: StatRow<string>[],
    label: (key: string) => string,
  ): TemplateResult {
    // The heading above already says it on screen; the caption names the table for screen readers only.
    return html`<table part="table">
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${column}</th>
          <th scope="col" class="number">${t.columnCount}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${label(row.key)}</th>
              <td class="number">${this.localize.number(row.count)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-participation-stats': HapurParticipationStats;
  }
}
