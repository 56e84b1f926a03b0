import type { OpportunityFilter, OpportunityList, ParticipationOpportunity } from '@hapur/sdk';
import { OPPORTUNITY_KINDS, filterOpportunities, opportunityDays } from '@hapur/sdk/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { calendarReads } from '../../internal/client/cocreation-reads.js';
import { pickClient, type BlockClient } from '../../internal/client/registry.js';
import { DataController, type DataTask } from '../../internal/controllers/data.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { TextRenderer } from '../../internal/localized-text.js';
import { renderLanguagePending } from '../../internal/render-state.js';
import { renderTitledData } from '../../internal/render-titled.js';
import { dataLink, pageLink } from '../../internal/safe-url.js';
import {
  describeWhen,
  fillTemplate,
  groupOpportunities,
  initialMonth,
  localToday,
  shiftMonth,
} from './participation-calendar.model.js';
import { renderMonth } from './render-month.js';
import { renderDeadline, renderReport } from './render-item.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './participation-calendar.styles.js';
import {
  calendarStrings,
  catalogues,
  type ParticipationCalendarTranslation,
} from './participation-calendar.translations.js';

type CalendarClient = BlockClient<'listOpportunities' | 'calendarUrl'>;

/**
 * The timeline of opportunities to take part in co-creating a plan (OGP participation standards): open and
 * upcoming ones first with the days left to give input, then past ones with their reports. A list (the
 * accessible default) or a month view; filters by kind and organiser; "add to my calendar" for each dated
 * event and a feed to subscribe to. An open comment period links to the feedback form with that consultation
 * as its subject (`feedback-href`). An opportunity whose date is not known says so and is never given one.
 *
 * @summary Participation calendar: co-creation opportunities, deadlines, calendar files and reports.
 * @customElement hapur-participation-calendar
 * @status experimental
 * @since 0.1.0
 * @dependency hapur-provider
 *
 * @event {HapurLoadEvent} hapur-load - The opportunities loaded.
 * @event {HapurErrorEvent} hapur-error - Loading failed; `detail.error` is the SDK error.
 *
 * @csspart base - The wrapper.
 * @csspart title - The heading.
 * @csspart demo-note - The note shown when some opportunities are demonstration data.
 * @csspart toolbar - Filters, view switch and the feed link.
 * @csspart filter - Each filter's select.
 * @csspart view-button - The list and month buttons.
 * @csspart feed-link - "Subscribe to the calendar".
 * @csspart item - One opportunity.
 * @csspart deadline - The days left to give input.
 * @csspart calendar-link - "Add to my calendar" of one opportunity.
 * @csspart feedback-link - The link to the feedback form of an open comment period.
 * @csspart month - The month table.
 * @csspart month-button - Previous and next month.
 * @csspart month-list - The month's opportunities with their dates, under the table when the block is narrow (a phone).
 * @csspart retry-button - The retry button.
 *
 * @cssstate loading - Loading.
 * @cssstate empty - No opportunities.
 * @cssstate error - Loading failed.
 *
 * @cssproperty --hapur-participation-calendar-accent-color - The open badge, deadlines and today's border.
 * @cssproperty --hapur-participation-calendar-border-color - Borders of items and month cells.
 */
export class HapurParticipationCalendar extends HapurElement {
  static override styles = blockStyles(styles);
  static override catalogues = catalogues;

  static override properties = {
    institution: {},
    process: {},
    view: {},
    feedbackHref: { attribute: 'feedback-href' },
    opportunities: { attribute: false },
    today: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    kind: { state: true },
    organiser: { state: true },
    month: { state: true },
  };

  /** Only this organiser's opportunities (institution id). */
  institution: string | undefined;
  /** Only this co-creation process's opportunities (process id). */
  process: string | undefined;
  /** `list` (the default, read by screen readers as a list of articles) or `month`. */
  view: 'list' | 'month' = 'list';
  /**
   * The feedback form's page, for an open comment period's "send a comment": `{topic}` becomes the
   * consultation's title, `{id}` its id, e.g. `feedback.html?topic={topic}`.
   */
  feedbackHref: string | undefined;
  /** A configured SDK client (set from JavaScript); overrides `api`. */
  declare client: CalendarClient | undefined;
  /** The opportunities themselves (set from JavaScript); skips loading. */
  opportunities: OpportunityList | undefined;
  /** Today, `YYYY-MM-DD` (for the days left); the reader's own date when unset. */
  today: string | undefined;
  /** Heading level of the block's title, to fit the page's outline (2–4). */
  headingLevel = 2;

  private kind = '';
  private organiser = '';
  private month: { year: number; month: number } | undefined;

  readonly #data = new DataController<OpportunityList>(this, {
    task: () => this.#dataTask(),
    isEmpty: (list) => list.items.length === 0,
  });

  get #source(): CalendarClient | undefined {
    return pickClient(calendarReads, this.client, this.api, this.config);
  }

  get #baseFilter(): OpportunityFilter {
    return {
      ...(this.institution ? { institution: this.institution } : {}),
      ...(this.process ? { process: this.process } : {}),
    };
  }

  #dataTask(): DataTask<OpportunityList> | undefined {
    if (this.opportunities) {
      const list = this.opportunities;
      return { source: 'inline', key: JSON.stringify(list), run: async () => list };
    }
    const client = this.#source;
    if (!client) return undefined;
    const filter = this.#baseFilter;
    return {
      source: 'api',
      key: `${this.api ?? ''}|${JSON.stringify(filter)}`,
      run: (signal) => client.listOpportunities(filter, { signal }),
    };
  }

  get #todayIso(): string {
    return this.today || localToday();
  }

  protected override render() {
    if (!this.localize.ready) return renderLanguagePending();
    const t = this.localize.text(calendarStrings);
    const level = Math.min(4, Math.max(2, this.headingLevel));
    return renderTitledData(this.#data, this.localize, t, 'calendar-title', level, (data) =>
      this.#renderCalendar(data, t, level),
    );
  }

  #renderCalendar(list: OpportunityList | undefined, t: ParticipationCalendarTranslation, level: number) {
    if (!list) return nothing;
    // A choice the data no longer offers (read again, another process) is no filter: its select says "All".
    const kind = list.items.some((o) => o.kind === this.kind) ? this.kind : '';
    const organiser = list.institutions.some((i) => i.id === this.organiser) ? this.organiser : '';
    const filter = {
      ...(kind ? { kind } : {}),
      ...(organiser ? { institution: organiser } : {}),
    };
    const items = filterOpportunities(list.items, filter);
    const text = new TextRenderer(this.localize);
    const demo = list.items.some((o) => o.demonstration)
      ? html`<p class="notice notice--demo" part="demo-note" role="note">${t.demoNote}</p>`
      : nothing;
    // Always in the page (empty): a screen reader reads how many a filter leaves only from a region already there.
    const shown =
      kind || organiser ? t.shown(this.localize.number(items.length), this.localize.number(list.items.length)) : '';
    return html`${demo}${this.#renderToolbar(list, t, filter)}
      <p class="shown" role="status">${shown}</p>
      ${this.view === 'month' ? this.#renderMonthView(items, list, t, text, level) : this.#renderList(items, list, t, text, level)}
      ${text.note()}`;
  }

  #renderToolbar(list: OpportunityList, t: ParticipationCalendarTranslation, filter: OpportunityFilter) {
    const kinds = OPPORTUNITY_KINDS.filter((k) => list.items.some((o) => o.kind === k));
    const organisers = list.institutions;
    const client = this.#source;
    const lang = this.localize.lang;
    const feed = client?.calendarUrl({ ...this.#baseFilter, ...filter, lang }) ?? client?.calendarUrl({ lang });
    const view = (value: 'list' | 'month', label: string) =>
      html`<button
        type="button"
        part="view-button"
        aria-pressed=${String(this.view === value)}
        @click=${() => (this.view = value)}
      >
        ${label}
      </button>`;
    return html`<div class="toolbar" part="toolbar">
      <label
        >${t.filterKind}
        <select
          part="filter"
          data-filter="kind"
          @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${this.kind === ''}>${t.all}</option>
          ${kinds.map((k) => html`<option value=${k} ?selected=${this.kind === k}>${t.kindName[k]}</option>`)}
        </select></label
      >
      ${
        organisers.length > 1
          ? html`<label
              >${t.filterInstitution}
              <select
                part="filter"
                data-filter="institution"
                @change=${(e: Event) => (this.organiser = (e.target as HTMLSelectElement).value)}
              >
                <option value="" ?selected=${this.organiser === ''}>${t.all}</option>
                ${organisers.map(
                  (i) =>
                    html`<option value=${i.id} ?selected=${this.organiser === i.id}>
                      ${new TextRenderer(this.localize).plain(i.name)}
                    </option>`,
                )}
              </select></label
            >`
          : nothing
      }
      <div class="views" role="group" aria-labelledby="view-label">
        <span id="view-label">${t.view}:</span> ${view('list', t.viewList)} ${view('month', t.viewMonth)}
      </div>
      ${feed ? html`<a part="feed-link" href=${feed}>${t.subscribe}</a>` : nothing}
    </div>`;
  }

  #renderList(
    items: ParticipationOpportunity[],
    list: OpportunityList,
    t: ParticipationCalendarTranslation,
    text: TextRenderer,
    level: number,
  ) {
    const { current, past } = groupOpportunities(items);
    const group = (id: string, heading: string, entries: ParticipationOpportunity[], none: string) =>
      html`<p class="subheading" id=${id} role="heading" aria-level=${level + 1}>${heading}</p>
        ${
          entries.length === 0
            ? html`<p class="none">${none}</p>`
            : html`<ul class="items" aria-labelledby=${id}>
                ${entries.map((o) => html`<li>${this.#renderItem(o, list, t, text, level + 2)}</li>`)}
              </ul>`
        }`;
    return html`${group('current-heading', t.currentHeading, current, t.noCurrent)}
    ${group('past-heading', t.pastHeading, past, t.noPast)}`;
  }

  #renderItem(
    o: ParticipationOpportunity,
    list: OpportunityList,
    t: ParticipationCalendarTranslation,
    text: TextRenderer,
    level: number,
  ): TemplateResult {
    const titleId = `title-${o.id}`;
    const organiser = list.institutions.find((i) => i.id === o.organiserInstitutionId);
    const online = dataLink(o.onlineUrl);
    const dated = opportunityDays(o) !== undefined;
    const file = dated ? this.#source?.calendarUrl({ opportunityId: o.id, lang: this.localize.lang }) : undefined;
    const feedback =
      o.status === 'open' && o.kind === 'comment_period' && this.feedbackHref
        ? pageLink(fillTemplate(this.feedbackHref, { topic: text.plain(o.title), id: o.id }))
        : undefined;
    const fact = (label: string, value: unknown) =>
      value
        ? html`<dt>${label}</dt>
            <dd>${value}</dd>`
        : nothing;
    return html`<article class="item status-${o.status}" part="item" aria-labelledby=${titleId}>
      <p class="item-meta">
        <span class="badge badge--${o.status}">${t.statusName[o.status]}</span>
        <span>${t.kindName[o.kind]}</span>
        ${o.demonstration ? html`<span class="badge badge--demo">${t.demoBadge}</span>` : nothing}
      </p>
      <p class="item-title" id=${titleId} role="heading" aria-level=${level}>${text.inline(o.title)}</p>
      ${renderDeadline(o, t, this.#todayIso, (day) => this.localize.date(day))}
      <dl class="facts">
        ${fact(
          t.when,
          describeWhen(o, t, (day) => this.localize.date(day), this.localize.lang),
        )}
        ${fact(t.organiser, organiser ? text.inline(organiser.name) : undefined)}
        ${fact(t.where, o.place ? text.inline(o.place) : undefined)}
        ${fact(t.joinOnline, online ? html`<a href=${online}>${online}</a>` : undefined)}
        ${fact(t.languages, o.languages?.map((l) => this.localize.languageName(l)).join(', '))}
        ${fact(t.accessibility, o.accessibility ? text.inline(o.accessibility) : undefined)}
        ${fact(t.howToTakePart, o.howToTakePart ? text.inline(o.howToTakePart) : undefined)}
        ${fact(t.report, o.report ? renderReport(o.report, t, text) : undefined)}
      </dl>
      ${text.paragraphs(o.description, 'description')}
      ${
        file || feedback
          ? html`<p class="actions">
              ${
                feedback
                  ? html`<a class="primary" part="feedback-link" href=${feedback}
                      >${t.sendComment}<span class="visually-hidden">: ${text.plain(o.title)}</span></a
                    >`
                  : nothing
              }
              ${
                file
                  ? html`<a part="calendar-link" href=${file} download
                      >${t.addToCalendar}<span class="visually-hidden">: ${text.plain(o.title)}</span></a
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
    </article>`;
  }

  #renderMonthView(
    items: ParticipationOpportunity[],
    list: OpportunityList,
    t: ParticipationCalendarTranslation,
    text: TextRenderer,
    level: number,
  ) {
    const at = this.month ?? initialMonth(list.items, this.#todayIso);
    return renderMonth({
      at,
      items,
      today: this.#todayIso,
      t,
      lang: this.localize.lang,
      title: (o) => text.inline(o.title),
      when: (o) => describeWhen(o, t, (day) => this.localize.date(day), this.localize.lang),
      move: (by) => (this.month = shiftMonth(at, by)),
      level: level + 1,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-participation-calendar': HapurParticipationCalendar;
  }
}
