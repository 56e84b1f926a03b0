import type { LocalizedText, PublicService, ServiceChange } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { TextRenderer } from '../../internal/localized-text.js';
import { changedFields, type Draft } from './service-editor.model.js';
import type { EditorView } from './service-editor.types.js';

const heading = (level: number, id: string, text: string, cls = 'heading') =>
  html`<p class=${cls} id=${id} role="heading" aria-level=${Math.min(6, level)} tabindex="-1">${text}</p>`;

/**
 * A localized text as a string, for a sentence (the name in "signed in as", the form's title): the shared data-text
 * path, so the reader's language, else its fallback chain, and Serbian in the reader's script.
 */
export const inLang = (v: EditorView, text: LocalizedText | undefined): string =>
  new TextRenderer(v.localize).plain(text);

/** The same on its own (a link, a quoted note), in an element with its own `lang` when it is in another language. */
const inLangInline = (v: EditorView, text: LocalizedText | undefined) => new TextRenderer(v.localize).inline(text);

/** The institution's services (withdrawn ones marked), each a link to its form; "add a new service". */
export function renderPicker(
  v: EditorView,
  services: readonly PublicService[],
  hasDraft: (id: string) => boolean,
  open: (id: string, event: Event) => void,
): TemplateResult {
  const { t } = v;
  return html`<section class="picker" part="list" aria-labelledby="list-title">
    ${heading(v.level + 1, 'list-title', t.listTitle)}
    <p>${t.listIntro}</p>
    ${
      services.length === 0
        ? html`<p class="empty" part="empty">${t.emptyList}</p>`
        : html`<ul class="services">
            ${services.map(
              (s) =>
                html`<li>
                  <a href=${`#${s.id}`} class="service-link" @click=${(e: Event) => open(s.id, e)}
                    >${inLang(v, s.name) ? inLangInline(v, s.name) : s.id}</a
                  >
                  ${s.status === 'withdrawn' ? html`<span class="mark">(${t.withdrawnMark})</span>` : nothing}
                  ${hasDraft(s.id) ? html`<span class="mark mark--draft">(${t.draftMark})</span>` : nothing}
                </li>`,
            )}
          </ul>`
    }
    <button type="button" class="new-service" part="new-button" @click=${(e: Event) => open('', e)}>
      ${t.newService}
    </button>
  </section>`;
}

const names = (v: EditorView, keys: readonly string[]) =>
  keys.length ? keys.map((k) => v.t.fieldNames[k] ?? k).join(', ') : v.t.conflictNothing;

/**
 * Someone else saved first (412): which parts they changed, which the person changed, which both; the
 * person's draft is kept until they choose (put theirs on the new version, or drop theirs).
 */
export function renderConflict(
  v: EditorView,
  mine: { base: Draft; draft: Draft },
  theirs: Draft,
  actions: { apply: () => void; discard: () => void },
): TemplateResult {
  const { t } = v;
  const byThem = changedFields(mine.base, theirs);
  const byMe = changedFields(mine.base, mine.draft);
  const both = byMe.filter((k) => byThem.includes(k));
  return html`<section class="conflict" part="conflict" role="alert" aria-labelledby="conflict-title">
    ${heading(v.level + 1, 'conflict-title', t.conflictTitle)}
    <p>${t.conflictIntro}</p>
    <dl class="facts">
      <dt>${t.conflictTheirs}</dt>
      <dd>${names(v, byThem)}</dd>
      <dt>${t.conflictYours}</dt>
      <dd>${names(v, byMe)}</dd>
      ${
        both.length
          ? html`<dt>${t.conflictBoth}</dt>
              <dd>${names(v, both)}</dd>`
          : nothing
      }
    </dl>
    <p class="hint" id="conflict-apply-hint">${t.conflictApplyHint}</p>
    <div class="buttons">
      <button type="button" class="primary" aria-describedby="conflict-apply-hint" @click=${actions.apply}>
        ${t.conflictApply}
      </button>
      <button type="button" @click=${actions.discard}>${t.conflictDiscard}</button>
    </div>
  </section>`;
}

/** The withdraw button, or its confirmation with an optional reason. */
export function renderWithdraw(
  v: EditorView,
  state: { asking: boolean; busy: boolean; withdrawn: boolean },
  actions: { ask: () => void; cancel: () => void; confirm: (event: SubmitEvent) => void },
): TemplateResult {
  const { t } = v;
  if (state.withdrawn) return html`<p class="notice" part="withdrawn">${t.withdrawnNotice}</p>`;
  if (!state.asking)
    return html`<p>
      <button type="button" class="danger" part="withdraw-button" @click=${actions.ask}>${t.withdraw}</button>
    </p>`;
  return html`<section class="withdraw" part="withdraw" aria-labelledby="withdraw-title">
    ${heading(v.level + 1, 'withdraw-title', t.withdrawTitle)}
    <p id="withdraw-intro">${t.withdrawIntro}</p>
    <form novalidate @submit=${actions.confirm} aria-describedby="withdraw-intro">
      <label for="withdraw-note">${t.withdrawNote}</label>
      <textarea id="withdraw-note" name="note" rows="2"></textarea>
      <div class="buttons">
        <button type="submit" class="danger" ?disabled=${state.busy}>${t.withdrawConfirm}</button>
        <button type="button" @click=${actions.cancel}>${t.cancel}</button>
      </div>
    </form>
  </section>`;
}

/** The change history, newest first: when, who, what (a review, or an old save without changes: "reviewed, no changes"). */
export function renderHistory(v: EditorView, changes: readonly ServiceChange[] | undefined): TemplateResult {
  const { t } = v;
  const time = new Intl.DateTimeFormat(v.localize.formatLocale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const when = (at: string) => `${v.localize.date(at)}, ${time.format(new Date(at))}`;
  return html`<section class="history" part="history" aria-labelledby="history-title">
    ${heading(v.level + 1, 'history-title', t.historyTitle)}
    ${
      changes === undefined
        ? html`<p role="status">${v.shared.loading}</p>`
        : changes.length === 0
          ? html`<p>${t.historyEmpty}</p>`
          : html`<ol class="changes">
              ${[...changes].reverse().map((c) => {
                // A save that changed nothing (recorded before the editor refused one) was a review in effect.
                const changed = c.action === 'replaced' && c.fields.length > 0;
                const action = c.action === 'replaced' && !changed ? 'reviewed' : c.action;
                return html`<li>
                  ${t.historyEntry(when(c.at), c.by, t.historyAction[action], changed ? names(v, c.fields) : '')}
                  ${c.note ? html`<br /><q>${inLangInline(v, c.note)}</q>` : nothing}
                </li>`;
              })}
            </ol>`
    }
  </section>`;
}
