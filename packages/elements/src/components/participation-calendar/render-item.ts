import type { ParticipationOpportunity } from '@hapur/sdk';
import { daysLeft } from '@hapur/sdk/rules';
import { html, nothing } from 'lit';
import type { TextRenderer } from '../../internal/localized-text.js';
import { dataLink } from '../../internal/safe-url.js';
import type { ParticipationCalendarTranslation } from './participation-calendar.translations.js';

/** An open opportunity's days left to take part ("3 days left (until 12 December 2026)"); nothing once past. */
export function renderDeadline(
  o: ParticipationOpportunity,
  t: ParticipationCalendarTranslation,
  today: string,
  date: (day: string) => string,
) {
  if (o.status !== 'open' || !o.inputDeadline) return nothing;
  const left = daysLeft(o.inputDeadline, today);
  if (left < 0) return nothing;
  return html`<p class="deadline" part="deadline">
    <strong>${left === 0 ? t.lastDay : t.daysLeft(left)}</strong>
    (${t.inputUntil(date(o.inputDeadline))})
  </p>`;
}

/** The report of what came of it: a link when it is online, its title and a note when not. */
export function renderReport(
  report: NonNullable<ParticipationOpportunity['report']>,
  t: ParticipationCalendarTranslation,
  text: TextRenderer,
) {
  const url = dataLink(report.url);
  return url
    ? html`<a href=${url}>${text.inline(report.title)}</a>`
    : html`${text.inline(report.title)} <span class="muted">(${t.reportNotOnline})</span>`;
}
