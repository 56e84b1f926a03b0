import { CHANNEL_TYPES, EDITABLE_SERVICE_STATUSES } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { durationText, fieldId, getAt, type Draft, type FormIssue, type Path } from './service-editor.model.js';
import type { EditorView } from './service-editor.types.js';
import { staffField, type FieldAttrs } from '../../internal/staff/field.js';

type Kind = 'text' | 'area' | 'amount' | 'duration' | 'url' | 'email' | 'tel' | 'code';

/** One render of the form: the view, the draft, and the problems each control claims (first control of a path wins). */
export interface FormContext {
  v: EditorView;
  draft: Draft;
  languages: readonly string[];
  isNew: boolean;
  issues: readonly FormIssue[];
  /** Filled while rendering: issue id → the control it is shown at and that control's label. */
  claimed: Map<string, { control: string; label: string }>;
}

const INPUT_TYPE: Partial<Record<Kind, string>> = { url: 'url', email: 'email', tel: 'tel' };

/** The problem shown at this control: its own path's, or a whole part's the control is the first of. */
function claim(c: FormContext, id: string, label: string): string | undefined {
  let message: string | undefined;
  for (const issue of c.issues) {
    const issueId = fieldId(issue.path);
    if (c.claimed.has(issueId)) continue;
    if (issueId === id || id.startsWith(`${issueId}-`)) {
      c.claimed.set(issueId, { control: id, label });
      message ??= issue.message;
    }
  }
  return message;
}

/** A labelled control with its hint and error (GOV.UK pattern). `path` is where its value sits in the draft. */
export function field(c: FormContext, path: Path, label: string, kind: Kind = 'text', hint?: string): TemplateResult {
  const id = fieldId(path);
  const raw = getAt(c.draft, path);
  const value = kind === 'duration' ? durationText(raw) : raw === undefined ? '' : String(raw);
  const data = { path: JSON.stringify(path), kind: kind === 'amount' || kind === 'duration' ? kind : 'text' };
  const control = (a: FieldAttrs) =>
    kind === 'area'
      ? html`<textarea
          id=${a.id}
          rows="3"
          data-path=${data.path}
          data-kind=${data.kind}
          .defaultValue=${value}
          aria-describedby=${a.describedBy}
          aria-invalid=${a.invalid}
        ></textarea>`
      : html`<input
          id=${a.id}
          type=${INPUT_TYPE[kind] ?? 'text'}
          class=${kind === 'amount' || kind === 'duration' || kind === 'code' ? 'short' : ''}
          inputmode=${kind === 'amount' ? 'decimal' : kind === 'duration' ? 'numeric' : nothing}
          spellcheck=${kind === 'text' ? nothing : 'false'}
          data-path=${data.path}
          data-kind=${data.kind}
          .defaultValue=${value}
          aria-describedby=${a.describedBy}
          aria-invalid=${a.invalid}
        />`;
  return staffField(id, label, control, hint, claim(c, id, label), c.v.s.errorPrefix);
}

/** One control per language of the card for a localized text (`{ values: { sq, … } }`). */
export function texts(c: FormContext, path: Path, label: string, kind: Kind = 'text', hint?: string) {
  return c.languages.map((lang) =>
    field(c, [...path, 'values', lang], c.v.t.inLanguage(label, c.v.localize.languageName(lang)), kind, hint),
  );
}

/**
 * A choice from a fixed list; `current` outside the list (a withdrawn service's status) shows, named by `unlisted`,
 * and must be changed.
 */
function choice(
  c: FormContext,
  path: Path,
  label: string,
  options: readonly [string, string][],
  unlisted?: (value: string) => string | undefined,
): TemplateResult {
  const id = fieldId(path);
  const current = String(getAt(c.draft, path) ?? '');
  const known = options.some(([value]) => value === current);
  const control = (a: FieldAttrs) =>
    html`<select
      id=${a.id}
      data-path=${JSON.stringify(path)}
      data-kind="text"
      aria-describedby=${a.describedBy}
      aria-invalid=${a.invalid}
    >
      ${known ? nothing : html`<option value="" selected disabled>${unlisted?.(current) ?? current}</option>`}
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === current}>${text}</option>`)}
    </select>`;
  return staffField(id, label, control, undefined, claim(c, id, label), c.v.s.errorPrefix);
}

/** A repeatable part (steps, documents, fees, channels, laws): one fieldset per item, add and remove buttons. */
function list(c: FormContext, path: [ListName], itemLabel: string, item: (at: Path) => unknown): TemplateResult {
  const items = (getAt(c.draft, path) as unknown[] | undefined) ?? [];
  const t = c.v.t;
  const name = path.join('-');
  return html`${items.map((_, i) => {
      const label = t.item(itemLabel, i + 1);
      return html`<fieldset class="item" id=${`${fieldId(path)}-${i}`} tabindex="-1">
        <legend>${label}</legend>
        ${item([...path, i])}
        <button type="button" class="link-button" data-list=${name} data-remove=${i}>${t.remove(label)}</button>
      </fieldset>`;
    })} <button type="button" class="add" data-list=${name}>${t.add(itemLabel)}</button>`;
}

let serial = 0;
/** An id for a new fee or channel, unique in the card (the schema needs one; the public never sees it). */
const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}${(serial++).toString(36)}`;
const blankText = () => ({ values: {} });

/**
 * A new item of each repeatable part, as the "add" button puts it into the draft. A new fee takes the currency of
 * the card's last fee (a card in denars adds denars), EUR on a card without one.
 */
export const BLANK_ITEMS = {
  steps: () => ({ title: blankText() }),
  requiredDocuments: () => ({ name: blankText() }),
  costs: (draft?: Draft) => ({
    id: newId('fee'),
    currency: (draft?.['costs'] as Draft[] | undefined)?.at(-1)?.['currency'] ?? 'EUR',
    description: blankText(),
  }),
  channels: () => ({ id: newId('channel'), type: 'in_person' }),
  legalResources: () => ({ title: blankText() }),
} satisfies Record<string, (draft?: Draft) => Draft>;
export type ListName = keyof typeof BLANK_ITEMS;

/** The card's fields in the order the public card shows them. */
export function renderFields(c: FormContext): TemplateResult {
  const { t, shared } = c.v;
  const section = (title: string, body: unknown) =>
    html`<fieldset class="section">
      <legend class="section__title">${title}</legend>
      ${body}
    </fieldset>`;
  const known = [...new Set([...c.v.knownLanguages, ...c.languages])];
  const languagesError = claim(c, 'f-languages', t.languagesLegend);
  return html`
    ${section(
      t.languagesLegend,
      html`<p class="hint" id="languages-hint">${t.languagesHint}</p>
        ${languagesError ? html`<p class="error" id="f-languages-error"><span class="visually-hidden">${c.v.s.errorPrefix}:</span> ${languagesError}</p>` : nothing}
        <div class="checks" role="group" aria-describedby="languages-hint">
          ${known.map(
            (lang) =>
              html`<div class="check">
                <input
                  type="checkbox"
                  id=${`f-languages-${lang}`}
                  data-lang=${lang}
                  .checked=${c.languages.includes(lang)}
                />
                <label for=${`f-languages-${lang}`}>${c.v.localize.languageName(lang)}</label>
              </div>`,
          )}
        </div>`,
    )}
    ${section(
      t.nameLabel,
      html`${c.isNew ? field(c, ['id'], t.idLabel, 'code', t.idHint) : nothing} ${texts(c, ['name'], t.nameLabel)}
      ${field(c, ['identifier'], t.identifierLabel, 'code', t.identifierHint)}
      ${choice(
        c,
        ['status'],
        t.statusLabel,
        EDITABLE_SERVICE_STATUSES.map((s) => [s, t.statusNames[s]]),
        (s) => t.statusNames[s as 'withdrawn'],
      )}`,
    )}
    ${section(shared.sectionDescription, texts(c, ['description'], shared.sectionDescription, 'area'))}
    ${section(shared.sectionEligibility, texts(c, ['eligibility'], shared.sectionEligibility, 'area'))}
    ${section(
      shared.sectionSteps,
      list(
        c,
        ['steps'],
        t.step,
        (at) =>
          html`${texts(c, [...at, 'title'], t.stepTitle)} ${texts(c, [...at, 'description'], t.stepDescription, 'area')}`,
      ),
    )}
    ${section(
      shared.sectionDocuments,
      list(
        c,
        ['requiredDocuments'],
        t.document,
        (at) =>
          html`${texts(c, [...at, 'name'], t.documentName)} ${texts(c, [...at, 'description'], t.documentDescription)}
            <div class="check">
              <input
                type="checkbox"
                id=${fieldId([...at, 'originalRequired'])}
                data-path=${JSON.stringify([...at, 'originalRequired'])}
                data-kind="bool"
                .checked=${getAt(c.draft, [...at, 'originalRequired']) === true}
              />
              <label for=${fieldId([...at, 'originalRequired'])}>${shared.originalRequired}</label>
            </div>`,
      ),
    )}
    ${section(
      shared.sectionFees,
      list(
        c,
        ['costs'],
        t.cost,
        (at) =>
          html`${field(c, [...at, 'value'], t.costAmount, 'amount', t.costAmountHint)}
          ${field(c, [...at, 'currency'], t.costCurrency, 'code', t.costCurrencyHint)}
          ${texts(c, [...at, 'description'], t.costDescription)}`,
      ),
    )}
    ${section(
      shared.legalDeadline,
      html`${field(c, ['legalDeadline', 'duration'], t.deadlineDays, 'duration', t.daysHint)}
      ${texts(c, ['legalDeadline', 'text'], t.deadlineText)}`,
    )}
    ${section(
      shared.sectionChannels,
      list(
        c,
        ['channels'],
        t.channel,
        (at) =>
          html`${choice(
            c,
            [...at, 'type'],
            t.channelType,
            CHANNEL_TYPES.map((type) => [type, shared.channelType(type)]),
          )}
          ${field(c, [...at, 'url'], shared.website, 'url', t.urlHint)}
          ${field(c, [...at, 'phone'], shared.phone, 'tel')} ${field(c, [...at, 'email'], shared.email, 'email')}
          ${texts(c, [...at, 'address'], shared.address)} ${texts(c, [...at, 'openingHours'], shared.openingHours)}`,
      ),
    )}
    ${section(
      shared.sectionAuthority,
      html`${texts(c, ['contactPoint', 'name'], t.contactName)}
      ${field(c, ['contactPoint', 'email'], shared.email, 'email')}
      ${field(c, ['contactPoint', 'telephone'], shared.phone, 'tel')}
      ${field(c, ['contactPoint', 'contactPage'], t.contactPage, 'url', t.urlHint)}
      ${texts(c, ['contactPoint', 'openingHours'], shared.openingHours)}`,
    )}
    ${section(
      shared.sectionComplaint,
      html`${texts(c, ['complaint', 'text'], t.complaintText, 'area')}
      ${texts(c, ['complaint', 'body'], t.complaintBody)}
      ${field(c, ['complaint', 'within'], t.complaintDays, 'duration', t.daysHint)}
      ${field(c, ['complaint', 'url'], t.complaintUrl, 'url', t.urlHint)}`,
    )}
    ${section(
      shared.sectionLegalBasis,
      list(
        c,
        ['legalResources'],
        t.law,
        (at) =>
          html`${texts(c, [...at, 'title'], t.lawTitle)} ${field(c, [...at, 'number'], t.lawNumber)}
          ${field(c, [...at, 'article'], t.lawArticle)} ${field(c, [...at, 'url'], t.lawUrl, 'url', t.urlHint)}`,
      ),
    )}
  `;
}

/** An error summary link: focus the control (or the first control of a part, else the form's title). */
function jump(root: ShadowRoot | null, id: string, event: Event): void {
  event.preventDefault();
  const controls = ['input', 'select', 'textarea'].map((tag) => `${tag}[id^="${id}-"]`).join(',');
  (
    root?.getElementById(id) ??
    root?.querySelector<HTMLElement>(controls) ??
    root?.getElementById('edit-title')
  )?.focus();
}

/** The form's problems (after `renderFields`, which fills `c.claimed`), each a link to the control it is shown at. */
export function renderErrorSummary(c: FormContext, root: ShadowRoot | null): TemplateResult | typeof nothing {
  if (!c.issues.length) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="form-errors">
    <p class="error-summary__title" id="form-errors">${c.v.s.errorSummaryTitle}</p>
    <ul>
      ${c.issues.map((issue) => {
        const id = fieldId(issue.path);
        const at = c.claimed.get(id);
        const label = at?.label ?? c.v.t.fieldNames[String(issue.path[0])] ?? '';
        const target = at?.control ?? id;
        return html`<li>
          <a href=${`#${target}`} @click=${(e: Event) => jump(root, target, e)}
            >${label ? `${label}: ` : ''}${issue.message}</a
          >
        </li>`;
      })}
    </ul>
  </div>`;
}
