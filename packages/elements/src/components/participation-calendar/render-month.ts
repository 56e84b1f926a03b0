import type { ParticipationOpportunity, UiLanguage } from '@hapur/sdk';
import { formatMonth, opportunityDays } from '@hapur/sdk/rules';
import { html, nothing, type TemplateResult } from 'lit';
import { monthGrid } from './participation-calendar.model.js';
import type { ParticipationCalendarTranslation } from './participation-calendar.translations.js';

export interface MonthView {
  at: { year: number; month: number };
  items: readonly ParticipationOpportunity[];
  today: string;
  t: ParticipationCalendarTranslation;
  lang: UiLanguage;
  title: (o: ParticipationOpportunity) => unknown;
  /** When it takes place, in words ("1–31 December 2026"): the phone's list under the grid. */
  when: (o: ParticipationOpportunity) => unknown;
  move: (by: number) => void;
  /** Heading level of "No date yet" (the block's subheadings). */
  level: number;
}

/**
 * Whether a day shows an opportunity's title: its first day, or the month's first day when it began earlier.
 * The other days of a long one (a comment period) get a bar only, so a phone's narrow cells stay readable.
 */
function startsHere(o: ParticipationOpportunity, day: string, monthStart: string): boolean {
  const days = opportunityDays(o);
  return days !== undefined && (days.first === day || (days.first < monthStart && day === monthStart));
}

/**
 * The month view: a table of weeks (Monday first) with each day's opportunities, the month named in its
 * caption, previous/next buttons, and the undated ones listed under it (they have no day to sit on). @internal
 */
export function renderMonth(v: MonthView): TemplateResult {
  const { t, at } = v;
  const weeks = monthGrid(at.year, at.month, v.items);
  const name = formatMonth(at.year, at.month, v.lang);
  // The month's dated opportunities, in the order they begin: under the grid on a phone, where a cell is too narrow for
  // a title (the cells then show bars, hidden from screen readers: each title is read once, here).
  const inMonth = [...new Set(weeks.flatMap((w) => w.flatMap((c) => (c.inMonth ? c.items : []))))];
  const undated = v.items.filter((o) => opportunityDays(o) === undefined);
  const first = `${at.year}-${String(at.month).padStart(2, '0')}-01`;
  return html`<div class="month-nav">
      <button type="button" part="month-button" data-move="-1" @click=${() => v.move(-1)}>
        <span aria-hidden="true">‹</span> ${t.previousMonth}
      </button>
      <p class="month-name" aria-live="polite">${name}</p>
      <button type="button" part="month-button" data-move="1" @click=${() => v.move(1)}>
        ${t.nextMonth} <span aria-hidden="true">›</span>
      </button>
    </div>
    <div class="month-scroll">
      <table class="month" part="month">
        <caption class="visually-hidden">
          ${name}
        </caption>
        <thead>
          <tr>
            ${t.weekdays.map((d, i) => html`<th scope="col" aria-label=${t.weekdayNames[i]!}>${d}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${weeks.map(
            (week) =>
              html`<tr>
                ${week.map(
                  (cell) =>
                    html`<td
                      class=${cell.inMonth ? (cell.day === v.today ? 'today' : '') : 'outside'}
                      aria-current=${cell.inMonth && cell.day === v.today ? 'date' : nothing}
                    >
                      <span class="day" aria-hidden=${cell.inMonth ? nothing : 'true'}
                        >${Number(cell.day.slice(8))}</span
                      >
                      ${
                        cell.inMonth && cell.items.length > 0
                          ? html`<ul
                              aria-hidden=${cell.items.some((o) => startsHere(o, cell.day, first)) ? nothing : 'true'}
                            >
                              ${cell.items.map((o) =>
                                startsHere(o, cell.day, first)
                                  ? html`<li class="event status-${o.status}">
                                      <span class="event-title">${v.title(o)}</span
                                      ><span class="visually-hidden">, ${t.statusName[o.status]}</span>
                                    </li>`
                                  : html`<li class="event continues status-${o.status}" aria-hidden="true"></li>`,
                              )}
                            </ul>`
                          : nothing
                      }
                    </td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      inMonth.length > 0
        ? html`<ul class="agenda" part="month-list">
            ${inMonth.map((o) => html`<li class="status-${o.status}"><span class="agenda-when">${v.when(o)}</span> ${v.title(o)}</li>`)}
          </ul>`
        : html`<p class="none">${t.monthEmpty}</p>`
    }
    ${
      undated.length > 0
        ? html`<p class="subheading" role="heading" aria-level=${v.level}>${t.undated}</p>
            <ul class="undated">
              ${undated.map((o) => html`<li>${v.title(o)}</li>`)}
            </ul>`
        : nothing
    }`;
}
