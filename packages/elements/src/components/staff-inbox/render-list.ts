import {
  INBOX_DUE_WITHIN_MAX,
  INBOX_SEARCH_MAX,
  FEEDBACK_STATUSES,
  FEEDBACK_TYPES,
  type FeedbackStatusValue,
  type StaffSubmission,
  type StaffSubmissionPage,
} from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { dataText } from '../../internal/data-text.js';
import { staffErrorText } from '../../internal/staff/error-text.js';
import { staffField, type FieldAttrs } from '../../internal/staff/field.js';
import { outcomeLine } from '../../internal/staff/outcome.js';
import type { CsvDownload } from './staff-inbox.download.js';
import { dueState, type DueState, type FilterProblem, type InboxFilter } from './staff-inbox.model.js';
import type { InboxView } from './staff-inbox.types.js';

/** A deadline this close gets the "soon" edge (the words say the days). */
const SOON_DAYS = 3;

/** What the list's controls call back into. */
export interface ListHandlers {
  filter: (event: SubmitEvent) => void;
  clear: () => void;
  pickStatus: (status: string) => void;
  open: (reference: string, event: Event) => void;
  page: (page: number) => void;
  refresh: () => void;
  download: () => void;
}

/** A heading as the block writes them (`role=heading` with a level that fits the page's outline). */
/** A heading of the block; `focusable` for one the block moves focus to (`tabindex="-1"`: never in the tab order). */
export const heading = (level: number, text: string, id: string, focusable = false) =>
  html`<p class="heading" role="heading" aria-level=${Math.min(6, level)} id=${id} tabindex=${focusable ? -1 : nothing}>
    ${text}
  </p>`;

/** The deadline in words (the colour only repeats them). */
export function dueWords(v: InboxView, due: DueState, status: FeedbackStatusValue): string {
  switch (due.kind) {
    case 'left':
      return v.t.dueIn(due.days);
    case 'today':
      return v.t.dueToday;
    case 'overdue':
      return due.days === 0 ? v.t.overdueToday : v.t.overdueBy(due.days);
    case 'closed':
      return v.f.statusName[status];
    default:
      return v.t.noDeadline;
  }
}

/**
 * "Service: Birth certificate", "Commitment 1.2" or the topic, as the feedback form words subjects; a service the
 * API does not know (deleted since) by its id.
 */
export function subjectText(v: InboxView, item: Pick<StaffSubmission, 'subject' | 'serviceName'>): string {
  const { subject } = item;
  if (subject.serviceId)
    return v.f.subjectService(dataText.resolve(item.serviceName, v.localize.lang)?.text ?? subject.serviceId);
  if (subject.commitmentNumber) return v.f.subjectCommitment(subject.commitmentNumber);
  return subject.topic ?? '';
}

/** Every message of the inbox, whatever its status (the counts' "All"). */
export const total = (page: StaffSubmissionPage) =>
  Object.values(page.counts.byStatus).reduce((sum, n) => sum + (n ?? 0), 0);

function renderCounts(v: InboxView, page: StaffSubmissionPage, filter: InboxFilter, on: ListHandlers) {
  const { counts } = page;
  const present = FEEDBACK_STATUSES.filter((status) => counts.byStatus[status]);
  const button = (value: string, label: string, count: number) =>
    html`<li>
      <button type="button" aria-pressed=${String(filter.status === value)} @click=${() => on.pickStatus(value)}>
        ${label} <span class="count">${v.localize.number(count)}</span>
      </button>
    </li>`;
  return html`<section class="counts" part="counts" aria-labelledby="counts-title">
    ${heading(v.level + 1, v.t.countsTitle, 'counts-title')}
    <ul>
      ${button('', v.t.countAll, total(page))} ${button('open', v.t.openStatuses, counts.open)}
      ${present.map((status) => button(status, v.f.statusName[status], counts.byStatus[status]!))}
    </ul>
  </section>`;
}

/** A filter's text box, named after its query parameter: the days box takes digits, the search box is a search. */
const filterBox = (name: 'dueWithinDays' | 'q', value: string) => (a: FieldAttrs) =>
  html`<input
    id=${a.id}
    name=${name}
    type=${name === 'q' ? 'search' : nothing}
    inputmode=${name === 'q' ? nothing : 'numeric'}
    autocomplete="off"
    .value=${value}
    aria-describedby=${a.describedBy}
    aria-invalid=${a.invalid}
  />`;

/** A filter's choice, selected when it is the filter's `current` value. */
const option = (value: string, label: string, current: string) =>
  html`<option value=${value} ?selected=${current === value}>${label}</option>`;

function renderFilters(v: InboxView, filter: InboxFilter, invalid: FilterProblem, on: ListHandlers) {
  const { t, f } = v;
  return html`<form
    class="filters"
    part="filters"
    aria-labelledby="filters-title"
    @submit=${on.filter}
    @reset=${on.clear}
  >
    ${heading(v.level + 1, t.filtersTitle, 'filters-title')}
    <div class="filters__grid">
      <div class="field">
        <label for="filter-status">${t.columnStatus}</label>
        <select id="filter-status" name="status">
          ${option('', t.anyStatus, filter.status)} ${option('open', t.openStatuses, filter.status)}
          ${option('closed', t.closedStatuses, filter.status)}
          ${FEEDBACK_STATUSES.map((s) => option(s, f.statusName[s], filter.status))}
        </select>
      </div>
      <div class="field">
        <label for="filter-type">${t.columnType}</label>
        <select id="filter-type" name="type">
          ${option('', t.anyType, filter.type)} ${FEEDBACK_TYPES.map((k) => option(k, f.kindName[k], filter.type))}
        </select>
      </div>
      ${staffField(
        'filter-due',
        t.dueWithinLabel,
        filterBox('dueWithinDays', filter.dueWithinDays),
        t.dueWithinHint,
        invalid === 'filter-due' ? t.dueWithinInvalid(INBOX_DUE_WITHIN_MAX) : undefined,
        v.s.errorPrefix,
      )}
      ${staffField(
        'filter-q',
        t.searchLabel,
        filterBox('q', filter.q),
        t.searchHint,
        invalid === 'filter-q' ? t.errTooLong(t.searchLabel, INBOX_SEARCH_MAX) : undefined,
        v.s.errorPrefix,
      )}
    </div>
    <div class="check">
      <input id="filter-overdue" name="overdue" type="checkbox" .checked=${filter.overdue} />
      <label for="filter-overdue">${t.overdueOnly}</label>
    </div>
    <div class="check">
      <input id="filter-quarantined" name="quarantined" type="checkbox" .checked=${filter.quarantined} />
      <label for="filter-quarantined">${t.quarantinedOnly}</label>
    </div>
    <div class="buttons">
      <button type="submit" class="primary">${t.applyFilters}</button>
      <button type="reset">${t.clearFilters}</button>
    </div>
  </form>`;
}

function renderRow(v: InboxView, item: StaffSubmission, on: ListHandlers): TemplateResult {
  const { t, f } = v;
  const due = dueState(item, v.now);
  const subject = subjectText(v, item);
  const soon = due.kind === 'left' && due.days <= SOON_DAYS;
  return html`<li class="row row--${soon ? 'soon' : due.kind}" part="row">
    <p class="row__title">
      <a href="#${item.reference}" class="row__link" @click=${(e: Event) => on.open(item.reference, e)}
        >${item.reference}</a
      >
      <span class="row__kind">${f.kindName[item.type]}</span>${subject ? html` · <span>${subject}</span>` : nothing}
    </p>
    <p class="row__excerpt" lang=${item.language}>${item.message}</p>
    <dl class="row__facts">
      <div>
        <dt>${t.columnDeadline}</dt>
        <dd class="due due--${due.kind}" part="due">${dueWords(v, due, item.status)}</dd>
      </div>
      <div>
        <dt>${t.columnStatus}</dt>
        <dd>${f.statusName[item.status]}</dd>
      </div>
      <div>
        <dt>${t.columnAssignee}</dt>
        <dd>${item.assignee ?? t.unassigned}</dd>
      </div>
    </dl>
    ${
      item.published || item.quarantined
        ? html`<p class="row__marks">
            ${item.published ? html`<span class="mark">${t.publishedMark}</span>` : nothing}
            ${item.quarantined ? html`<span class="mark">${t.quarantinedMark}</span>` : nothing}
          </p>`
        : nothing
    }
  </li>`;
}

function renderPaging(v: InboxView, page: StaffSubmissionPage, on: ListHandlers) {
  const pages = Math.ceil(page.total / page.pageSize);
  if (pages < 2) return nothing;
  return html`<nav class="paging" part="pagination" aria-label=${v.t.pagination}>
    ${page.page > 1 ? html`<button type="button" @click=${() => on.page(page.page - 1)}>${v.f.previousPage}</button>` : nothing}
    <span aria-current="page">${v.f.pageLabel(v.localize.number(page.page), v.localize.number(pages))}</span>
    ${page.page < pages ? html`<button type="button" @click=${() => on.page(page.page + 1)}>${v.f.nextPage}</button>` : nothing}
  </nav>`;
}

/** The list's box when the token may not read this institution's inbox (403). */
export const renderForbidden = (v: InboxView): TemplateResult =>
  html`<div class="state state--error" part="base" role="alert">
    <p class="state__text">${v.t.forbiddenList}</p>
  </div>`;

/** What the list shows besides its page and filters. */
export interface ListState {
  /** The filter field the API would refuse, shown with its error. */
  invalid: FilterProblem;
  updatedAt: Date | undefined;
  filtered: boolean;
  csv: CsvDownload;
  /**
   * The line over the list, focused by the block: the open message left the inbox (404, an alert), or the person's
   * own action took it out (a transfer).
   */
  notice: { ok: boolean; text: string } | false | undefined;
  /** The sign-in form, after the alert of a download refused for the token (401). */
  signIn: TemplateResult | typeof nothing;
}

/** Counts, filters, the refresh line and the list, nearest deadline first (the API's default sort). */
export function renderList(
  v: InboxView,
  page: StaffSubmissionPage,
  filter: InboxFilter,
  state: ListState,

  on: ListHandlers,
): TemplateResult {
  const { t, localize } = v;
  const { csv } = state;
  const shown = t.showing(localize.number(page.items.length), page.total, localize.number(page.total));
  const time = state.updatedAt?.toLocaleTimeString(localize.formatLocale, { timeStyle: 'short', hourCycle: 'h23' });
  return html`${state.notice ? outcomeLine(state.notice) : nothing} ${renderCounts(v, page, filter, on)}
    ${renderFilters(v, filter, state.invalid, on)}
    <section class="list" part="list" aria-labelledby="list-title">
      ${heading(v.level + 1, t.listCaption, 'list-title', true)}
      <div class="refresh">
        ${time ? html`<p class="muted">${t.updatedAt(time)}</p>` : nothing}
        <button type="button" part="refresh-button" @click=${on.refresh}>${t.refreshNow}</button>
        <button
          type="button"
          part="download-button"
          aria-disabled=${csv.busy}
          aria-busy=${csv.busy}
          @click=${on.download}
        >
          ${csv.busy ? t.downloadBusy : t.downloadCsv}
        </button>
      </div>
      ${
        csv.error
          ? html`<div class="state state--error" role="alert">
                <p class="state__text">${t.downloadFailed(staffErrorText(csv.error, localize, t.downloadLimited))}</p>
              </div>
              ${state.signIn}`
          : nothing
      }
      ${
        page.items.length === 0
          ? html`<p class="empty" part="empty">${state.filtered ? t.noMatch : t.emptyInbox}</p>`
          : html`<p class="muted">${shown}</p>
              <ol class="rows">
                ${page.items.map((item) => renderRow(v, item, on))}
              </ol>`
      }
      ${renderPaging(v, page, on)}
    </section>`;
}
