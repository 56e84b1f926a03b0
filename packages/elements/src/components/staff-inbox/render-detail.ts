import type { StaffHistoryEntry, StaffSubmissionDetail } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { describeError } from '../../internal/describe-error.js';
import { TextRenderer } from '../../internal/localized-text.js';
import { dueWords, heading, subjectText } from './render-list.js';
import { dueState } from './staff-inbox.model.js';
import type { InboxView } from './staff-inbox.types.js';

/** The view of an open message: also names the institutions of its transfers (their id when not known). */
type DetailView = InboxView & { institution: (id: string) => string };

function historyText(v: DetailView, entry: StaffHistoryEntry, text: TextRenderer) {
  const { t, f } = v;
  const parts: (TemplateResult | string | typeof nothing)[] = [];
  if (entry.status && entry.kind === 'status') parts.push(f.statusName[entry.status]);
  if (entry.kind === 'assigned') parts.push(entry.assignee ?? t.unassigned);
  if (entry.kind === 'transferred' && entry.to) parts.push(t.transferredTo(v.institution(entry.to)));
  if (entry.note) parts.push(text.inline(entry.note));
  if (entry.text) parts.push(entry.text);
  return parts.map((p, i) => html`${i > 0 ? ' — ' : ''}${p}`);
}

function renderHistory(v: DetailView, detail: StaffSubmissionDetail, text: TextRenderer) {
  const { t } = v;
  const entries = [...detail.history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return html`<section aria-labelledby="history-title">
    ${heading(v.level + 2, v.f.historyTitle, 'history-title')}
    <ol class="history" part="history">
      ${entries.map(
        (entry) =>
          html`<li class="history__entry history__entry--${entry.visibility}">
            <p>
              <time datetime=${entry.at}>${v.localize.date(entry.at)}</time>
              <strong>${t.historyKind[entry.kind]}</strong
              >${entry.by ? html` <span class="muted">${t.historyBy(entry.by)}</span>` : nothing}
            </p>
            ${entry.kind === 'received' && !entry.note ? nothing : html`<p>${historyText(v, entry, text)}</p>`}
            ${entry.visibility === 'internal' ? html`<p class="mark">${t.internalMark}</p>` : nothing}
          </li>`,
      )}
    </ol>
  </section>`;
}

/** One term and its value in a facts list; none without a value. */
const fact = (term: string, value: unknown) =>
  value
    ? html`<dt>${term}</dt>
        <dd>${value}</dd>`
    : nothing;

function renderContact(v: InboxView, detail: StaffSubmissionDetail) {
  const { t, f } = v;
  const c = detail.contact;
  return html`<section aria-labelledby="contact-title" part="contact">
    ${heading(v.level + 2, t.contactTitle, 'contact-title')}
    ${
      c && (c.name || c.email || c.phone)
        ? html`<dl class="facts">
            ${fact(f.nameLabel, c.name)} ${fact(f.emailLabel, c.email)} ${fact(f.phoneLabel, c.phone)}
          </dl>`
        : html`<p>${t.contactNone}</p>`
    }
  </section>`;
}

/**
 * One message: the text as text, its subject, deadline, contact (when the person consented), the
 * history (public and internal; a transfer names the institution once the transfer form has read their list), then
 * `actions` (the forms). `back` returns to the list.
 */
export function renderDetail(
  v: DetailView,
  detail: StaffSubmissionDetail,
  actions: TemplateResult,
  back: () => void,
): TemplateResult {
  const { t, f } = v;
  const text = new TextRenderer(v.localize);
  const r = detail.response;
  const due = dueState(detail, v.now);
  const subject = subjectText(v, detail);
  return html`<article class="detail" part="detail" aria-labelledby="detail-title">
    <button type="button" class="back" part="back-button" @click=${back}>${t.backToList}</button>
    <p class="heading detail__title" role="heading" aria-level=${v.level + 1} id="detail-title" tabindex="-1">
      ${t.detailTitle(detail.reference)}
    </p>
    <dl class="facts">
      ${fact(t.columnType, f.kindName[detail.type])} ${fact(t.columnSubject, subject)}
      ${fact(t.receivedLabel, v.localize.date(detail.submittedAt))}
      ${fact(
        t.answerBy,
        detail.respondBy &&
          html`${v.localize.date(detail.respondBy)} —
            <span class="due due--${due.kind}" part="due">${dueWords(v, due, detail.status)}</span>`,
      )}
      ${fact(t.columnStatus, f.statusName[detail.status])} ${fact(t.columnAssignee, detail.assignee ?? t.unassigned)}
      ${fact(t.writtenIn, v.localize.languageName(detail.language))}
      ${fact(t.publicLabel, detail.published ? t.publicYes : t.publicNo)}
    </dl>
    <section aria-labelledby="message-title">
      ${heading(v.level + 2, t.messageTitle, 'message-title')}
      <div class="message" part="message" lang=${detail.language}>
        ${detail.message
          .split(/\n\s*\n/)
          .filter((p) => p.trim())
          .map((p) => html`<p>${p}</p>`)}
      </div>
      ${detail.location ? html`<p class="muted">${f.locationLabel}: ${detail.location}</p>` : nothing}
    </section>
    ${
      r
        ? html`<section aria-labelledby="response-title" class="response">
            ${heading(v.level + 2, f.responseTitle, 'response-title')} ${text.paragraphs(r.body)}
            <dl class="facts">
              ${fact(f.decision, r.decision && f.decisionName[r.decision])}
              ${fact(f.appealTitle, r.appealInfo && text.inline(r.appealInfo))}
            </dl>
          </section>`
        : nothing
    }
    ${renderContact(v, detail)} ${renderHistory(v, detail, text)} ${text.note()} ${actions}
  </article>`;
}

/** A message that could not be opened: why, and the way back to the list. */
export const renderDetailError = (v: InboxView, error: unknown, back: () => void): TemplateResult =>
  html`<div class="state state--error" role="alert" tabindex="-1">
    <p class="state__text">${describeError(error, v.localize)}</p>
    <button type="button" @click=${back}>${v.t.backToList}</button>
  </div>`;
