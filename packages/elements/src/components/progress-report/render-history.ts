import type { DocumentRef, LocalizedText, ProgressHistoryEntry } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { dataLink } from '../../internal/safe-url.js';
import { heading } from './render-list.js';
import type { ProgressView } from './progress-report.types.js';

/** The history's state: loading, failed (with the reason), or the entries. */
export type HistoryState = { entries?: ProgressHistoryEntry[]; error?: string } | undefined;

/** Every language a text was written in, each marked with its `lang` (nothing translated, nothing invented). */
function texts(v: ProgressView, text: LocalizedText | undefined): TemplateResult | typeof nothing {
  const values = Object.entries(text?.values ?? {});
  if (!values.length) return nothing;
  return html`${values.map(
    ([lang, value]) =>
      html`<p class="history__text">
        <span class="muted">${v.localize.languageName(lang)}:</span> <span lang=${lang}>${value}</span>
      </p>`,
  )}`;
}

/** Evidence as links: only what the data link guard lets through (https, no user name), the title as text. */
function evidence(v: ProgressView, links: readonly DocumentRef[]): TemplateResult | typeof nothing {
  const safe = links.filter((d) => dataLink(d.url));
  if (!safe.length) return nothing;
  return html`<ul class="history__evidence">
    ${safe.map((d) => html`<li><a href=${d.url!} rel="noopener noreferrer">${d.title ? v.text.inline(d.title) : d.url}</a></li>`)}
  </ul>`;
}

/** The milestone's reporting history, newest first: who, when, what changed and what they said. */
export function renderHistory(v: ProgressView, state: HistoryState): TemplateResult {
  const { t } = v;
  const title = heading(v.level + 1, t.historyTitle);
  if (!state)
    return html`<section class="history" part="history">
      ${title}
      <p role="status">${t.historyLoading}</p>
    </section>`;
  if (state.error)
    return html`<section class="history" part="history">
      ${title}
      <p class="error">${state.error}</p>
    </section>`;
  const entries = [...(state.entries ?? [])].reverse();
  return html`<section class="history" part="history">
    ${title}
    ${
      entries.length === 0
        ? html`<p class="muted">${t.historyEmpty}</p>`
        : html`<ol class="history__list" role="list">
            ${entries.map(({ update: u, by, changed }) => {
              const when = v.localize.date(u.reportedAt);
              return html`<li class="history__entry" part="history-entry">
                <p class="history__who">${by ? t.historyBy(by, when) : t.historyImported(when)}</p>
                <p>${t.historyChanged}: ${changed.map((c) => t.changeName[c]).join(', ') || '—'}</p>
                <p>
                  ${[
                    u.status ? t.statusName[u.status] : '',
                    u.completion ? t.completionName[u.completion] : '',
                    u.progressPercent === undefined ? '' : t.percentDone(u.progressPercent),
                    u.reportingDate ? `${t.reportingDateLabel}: ${v.localize.date(u.reportingDate)}` : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                ${texts(v, u.narrative)} ${evidence(v, u.evidence)}
              </li>`;
            })}
          </ol>`
    }
  </section>`;
}
