import type { AdoptedInto, CoCreationProcessDetail, Contribution, ResponseStatus } from '@hapur/sdk';
import { RESPONSE_STATUSES, countResponses, localDay } from '@hapur/sdk/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { cocreationReads } from '../../internal/client/cocreation-reads.js';
import { pickClient, type BlockClient } from '../../internal/client/registry.js';
import { DataController, type DataTask } from '../../internal/controllers/data.js';
import { downloadFile } from '../../internal/download.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { TextRenderer } from '../../internal/localized-text.js';
import { renderLanguagePending } from '../../internal/render-state.js';
import { renderTitledData } from '../../internal/render-titled.js';
import { pageLink } from '../../internal/safe-url.js';
import { exportFile, visibleContributions, type RowText } from './reasoned-response.model.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './reasoned-response.styles.js';
import { catalogues, responseStrings, type ReasonedResponseTranslation } from './reasoned-response.translations.js';

type ResponseClient = BlockClient<'getCoCreationProcess'>;

/**
 * "What we heard and what we did" (OGP's reasoned response): each contribution to a co-creation process
 * (or to one of its opportunities) with the institution's response: adopted (with the commitments that
 * took it in), partly adopted, not adopted (always with the reason) or under consideration. Counts per
 * response, a filter by response, and the shown contributions as CSV or JSON.
 *
 * @summary Reasoned response: contributions, the institution's response to each, counts and export.
 * @customElement hapur-reasoned-response
 * @status experimental
 * @since 0.1.0
 * @dependency hapur-provider
 *
 * @event {HapurLoadEvent} hapur-load - The process loaded.
 * @event {HapurErrorEvent} hapur-error - Loading failed; `detail.error` is the SDK error.
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart counts - The count of each response.
 * @csspart filter - The response filter.
 * @csspart download-button - The CSV and JSON buttons.
 * @csspart contribution - One contribution with its response.
 * @csspart response - The response of one contribution.
 * @csspart commitment-link - A link to a commitment that took an idea in.
 * @csspart retry-button - The retry button.
 *
 * @cssstate loading - Loading.
 * @cssstate empty - No contributions.
 * @cssstate error - Loading failed.
 *
 * @cssproperty --hapur-reasoned-response-accent-color - The adopted marks.
 * @cssproperty --hapur-reasoned-response-border-color - Borders of the contributions and counts.
 */
export class HapurReasonedResponse extends HapurElement {
  static override styles = blockStyles(styles);
  static override catalogues = catalogues;

  static override properties = {
    process: {},
    opportunity: {},
    commitmentHref: { attribute: 'commitment-href' },
    detail: { attribute: false },
    headingLevel: { attribute: 'heading-level', type: Number },
    response: { state: true },
  };

  /** The co-creation process (id), e.g. `xk-ogp-2026-2030`. */
  process: string | undefined;
  /** Only the contributions made at this opportunity (id). */
  opportunity: string | undefined;
  /** Link to a commitment: `{planId}` and `{number}` are replaced, e.g. `plan.html#commitment-{number}`. */
  commitmentHref: string | undefined;
  /** A configured SDK client (set from JavaScript); overrides `api`. */
  declare client: ResponseClient | undefined;
  /** The process itself (set from JavaScript); skips loading. */
  detail: CoCreationProcessDetail | undefined;
  /** Heading level of the block's title, to fit the page's outline (2–5). */
  headingLevel = 2;

  private response: ResponseStatus | '' = '';

  readonly #data = new DataController<CoCreationProcessDetail>(this, {
    task: () => this.#dataTask(),
    isEmpty: (d) => visibleContributions(d, this.opportunity, '').scope.length === 0,
  });

  #dataTask(): DataTask<CoCreationProcessDetail> | undefined {
    if (this.detail) {
      const detail = this.detail;
      return { source: 'inline', key: JSON.stringify(detail), run: async () => detail };
    }
    const client = pickClient(cocreationReads, this.client, this.api, this.config);
    const id = this.process;
    if (!client || !id) return undefined;
    return {
      source: 'api',
      key: `${this.api ?? ''}|${id}`,
      run: (signal) => client.getCoCreationProcess(id, { signal }),
    };
  }

  /** Reloads in the background, e.g. after a staff member recorded a response. */
  refresh(): void {
    this.#data.refresh();
  }

  protected override render() {
    if (!this.localize.ready) return renderLanguagePending();
    const t = this.localize.text(responseStrings);
    const level = Math.min(5, Math.max(2, this.headingLevel));
    return renderTitledData(this.#data, this.localize, t, 'response-title', level, (data) =>
      this.#renderBody(data, t, level),
    );
  }

  #renderBody(detail: CoCreationProcessDetail | undefined, t: ReasonedResponseTranslation, level: number) {
    if (!detail) return nothing;
    const text = new TextRenderer(this.localize);
    const { scope, shown } = visibleContributions(detail, this.opportunity, this.response);
    const counts = countResponses(scope);
    const row = this.#rowText(detail, t, text);
    const count = (list: unknown[]) => this.localize.number(list.length);
    return html`<p class="process">${text.inline(detail.title)}</p>
      <p class="total">${t.total(scope.length, count(scope))}</p>
      <dl class="counts" part="counts" aria-label=${t.countsLabel}>
        ${RESPONSE_STATUSES.map(
          (s) =>
            html`<div class="count count--${s}">
              <dt>${t.statusName[s]}</dt>
              <dd>${this.localize.number(counts[s])}</dd>
            </div>`,
        )}
      </dl>
      <div class="toolbar">
        <label
          >${t.filter}
          <select
            part="filter"
            @change=${(e: Event) => (this.response = (e.target as HTMLSelectElement).value as ResponseStatus | '')}
          >
            <option value="" ?selected=${this.response === ''}>${t.allResponses}</option>
            ${RESPONSE_STATUSES.map(
              (s) => html`<option value=${s} ?selected=${this.response === s}>${t.statusName[s]}</option>`,
            )}
          </select></label
        >
        <div class="downloads" role="group" aria-labelledby="download-label">
          <span id="download-label">${t.download}:</span>
          ${(['csv', 'json'] as const).map(
            (format) =>
              html`<button
                type="button"
                part="download-button"
                data-format=${format}
                @click=${() => downloadFile(exportFile(format, detail, shown, t.csvColumns, row), this.renderRoot)}
              >
                ${format === 'csv' ? t.downloadCsv : t.downloadJson}
              </button>`,
          )}
        </div>
      </div>
      <p class="shown" role="status">${this.response ? t.shown(count(shown), count(scope)) : ''}</p>
      ${
        shown.length === 0
          ? html`<p class="none">${t.noneWithResponse}</p>`
          : html`<ol class="list">
              ${shown.map((c) => html`<li>${this.#renderContribution(c, detail, t, text, row, level + 1)}</li>`)}
            </ol>`
      }
      ${text.note()}`;
  }

  /** Each cell as text in the reader's language: the list, the CSV file and the tests read the same words. */
  #rowText(detail: CoCreationProcessDetail, t: ReasonedResponseTranslation, text: TextRenderer): RowText {
    const where = (c: Contribution) => text.plain(detail.opportunities.find((o) => o.id === c.opportunityId)?.title);
    const institution = (id: string | undefined) =>
      text.plain(detail.institutions.find((i) => i.id === id)?.name) || id || '';
    return {
      text: (c) => text.plain(c.text),
      from: (c) =>
        c.from.kind === 'organisation'
          ? text.plain(c.from.name)
          : c.from.kind === 'participant'
            ? t.aParticipant
            : where(c)
              ? t.participantsOf(where(c))
              : t.participants,
      where,
      status: (c) => t.statusName[c.response.status],
      reason: (c) => text.plain(c.response.reason),
      takenInto: (c) => (c.response.adoptedInto ?? []).map((a) => this.#linkLabel(a, t)).join('; '),
      answeredBy: (c) => (c.response.respondedBy ? institution(c.response.respondedBy) : ''),
    };
  }

  #linkLabel(a: AdoptedInto, t: ReasonedResponseTranslation): string {
    return a.milestoneNumber
      ? `${t.commitment(a.commitmentNumber)}, ${t.milestone(a.milestoneNumber)}`
      : t.commitment(a.commitmentNumber);
  }

  #renderContribution(
    c: Contribution,
    detail: CoCreationProcessDetail,
    t: ReasonedResponseTranslation,
    text: TextRenderer,
    row: RowText,
    level: number,
  ): TemplateResult {
    const r = c.response;
    const links = (r.adoptedInto ?? []).map((a) => {
      const href = this.commitmentHref
        ? pageLink(
            this.commitmentHref
              .replace('{planId}', encodeURIComponent(a.planId))
              .replace('{number}', encodeURIComponent(a.commitmentNumber)),
          )
        : undefined;
      const label = this.#linkLabel(a, t);
      return href ? html`<a part="commitment-link" href=${href}>${label}</a>` : html`${label}`;
    });
    const where = row.where(c);
    const answered =
      r.respondedBy && r.respondedAt
        ? t.answeredBy(row.answeredBy(c), this.localize.date(localDay(r.respondedAt, detail.timeZone)))
        : '';
    return html`<article class="contribution" part="contribution" aria-labelledby="c-${c.id}">
      <p class="text" id="c-${c.id}" role="heading" aria-level=${level}>
        ${c.number ? html`<span class="number">${c.number}.</span> ` : nothing}${text.inline(c.text)}
      </p>
      <dl class="facts">
        <dt>${t.from}</dt>
        <dd>${c.from.kind === 'organisation' ? text.inline(c.from.name) : row.from(c)}</dd>
        ${
          where && detail.opportunities.length > 1
            ? html`<dt>${t.proposedAt}</dt>
                <dd>${where}</dd>`
            : nothing
        }
      </dl>
      <div class="response response--${r.status}" part="response">
        <p>
          <span class="visually-hidden">${t.response}: </span><strong class="badge">${t.statusName[r.status]}</strong>
        </p>
        ${links.length ? html`<p>${t.takenInto}: ${links.map((l, i) => (i ? html`, ${l}` : l))}</p>` : nothing}
        ${r.reason ? html`<p><strong>${t.reason}:</strong> ${text.inline(r.reason)}</p>` : nothing}
        ${answered ? html`<p class="muted">${answered}</p>` : nothing}
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-reasoned-response': HapurReasonedResponse;
  }
}
