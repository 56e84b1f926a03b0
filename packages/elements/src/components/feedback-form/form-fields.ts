import type { LocalizedText, UiLanguage } from '@hapur/sdk';
import { dataText } from '../../internal/data-text.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { FEEDBACK_KINDS, MESSAGE_MAX, type FeedbackFormValues, type PresetSubject } from './feedback-form.types.js';
import { describedBy, errorId, errorMessage, fieldId, hintId, textField } from './fields.js';
import type { FormStrings } from './feedback-form.translations.js';
import { hasPreset, topicsFromAttribute, type FieldErrors } from './input.js';
import { pageLink } from '../../internal/safe-url.js';

export interface FieldsView {
  t: FormStrings;
  values: FeedbackFormValues;
  errors: FieldErrors;
  preset: PresetSubject | undefined;
  topics: string[];
  questions: LocalizedText[] | undefined;
  privacyUrl: string | undefined;
  lang: UiLanguage;
  /** The shared strings' label for text shown by transliteration (a Serbian question in the reader's script). */
  transliteration: string;
  draftRestored: boolean;
  submitting: boolean;
}

/** `topics` attribute ↔ property. */
export const topicsConverter = {
  fromAttribute: topicsFromAttribute,
  toAttribute: (value: string[]): string => value.join('|'),
};

function kindFieldset(v: FieldsView): TemplateResult {
  const { t, errors } = v;
  return html`<fieldset
    class="field ${errors.kind ? 'field--error' : ''}"
    part="field"
    aria-describedby=${ifDefined(errors.kind ? errorId('kind') : undefined)}
  >
    <legend>${t.kindLegend}</legend>
    ${errorMessage('kind', errors.kind, v.t.errorPrefix)}
    <div class="choices">
      ${FEEDBACK_KINDS.map((kind, index) => {
        const id = index === 0 ? fieldId('kind') : `${fieldId('kind')}-${kind}`;
        return html`<div class="choice">
          <input
            type="radio"
            id=${id}
            name="kind"
            value=${kind}
            .checked=${live(v.values.kind === kind)}
            aria-describedby="${id}-hint"
          />
          <label for=${id}>${t.kindName[kind]}</label>
          <p class="field__hint" id="${id}-hint">${t.kindHint[kind]}</p>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

function subjectField(v: FieldsView): TemplateResult {
  const { t, preset, errors } = v;
  if (preset && hasPreset(preset)) {
    const about = preset.serviceId
      ? t.subjectService(preset.serviceId)
      : preset.planId && preset.commitmentNumber
        ? t.subjectCommitment(preset.commitmentNumber)
        : (preset.topic ?? '');
    return html`<p class="subject" part="subject"><strong>${t.subjectAbout}:</strong> ${about}</p>`;
  }
  if (v.topics.length === 0) {
    return textField(
      {
        name: 'subject',
        label: t.subjectLabel,
        hint: t.subjectHint,
        value: v.values.subject,
        error: errors.subject,
        maxlength: 200,
      },
      v.t.errorPrefix,
    );
  }
  const id = fieldId('subject');
  return html`<div class="field ${errors.subject ? 'field--error' : ''}" part="field">
    <label for=${id}>${t.subjectLabel}</label>
    ${errorMessage('subject', errors.subject, v.t.errorPrefix)}
    <select
      id=${id}
      name="subject"
      part="control"
      aria-invalid=${errors.subject ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy('subject', false, Boolean(errors.subject)))}
    >
      <option value="" ?selected=${v.values.subject === ''}>${t.subjectChoose}</option>
      ${v.topics.map((topic) => html`<option value=${topic} ?selected=${v.values.subject === topic}>${topic}</option>`)}
    </select>
  </div>`;
}

function guidingQuestions(v: FieldsView): TemplateResult | typeof nothing {
  const questions = (v.questions ?? []).map((q) => dataText.resolve(q, v.lang)).filter((q) => q !== undefined);
  if (questions.length === 0) return nothing;
  return html`<div class="guiding" part="guiding-questions" id="guiding-questions">
    <p class="guiding__title">${v.t.guidingTitle}</p>
    <p>${v.t.guidingIntro}</p>
    <ul>
      ${questions.map((q) => html`<li lang=${ifDefined(q.isFallback ? q.lang : undefined)}>${q.text}</li>`)}
    </ul>
    ${questions.some((q) => q.origin === 'transliteration') ? html`<p>${v.transliteration}.</p>` : nothing}
  </div>`;
}

function contactFields(v: FieldsView): TemplateResult {
  const { t, values } = v;
  // One template either way: the checkbox is kept (and its focus) when ticking it brings the contact fields in.
  return html`<div class="field choice" part="field">
      <input
        type="checkbox"
        id=${fieldId('wantsContact')}
        name="wantsContact"
        .checked=${live(values.wantsContact)}
        aria-describedby=${hintId('wantsContact')}
      />
      <label for=${fieldId('wantsContact')}>${t.contactChoice}</label>
      <p class="field__hint" id=${hintId('wantsContact')}>${t.contactChoiceHint}</p>
    </div>
    ${values.wantsContact ? contactDetails(v) : nothing}`;
}

function contactDetails(v: FieldsView): TemplateResult {
  const { t, values, errors } = v;
  const prefix = v.t.errorPrefix;
  return html`<fieldset class="contact" part="contact">
    <legend>${t.contactLegend}</legend>
    ${textField({ name: 'name', label: t.nameLabel, optionalText: t.optional, value: values.name, error: errors.name, autocomplete: 'name', maxlength: 200 }, prefix)}
    ${textField({ name: 'email', label: t.emailLabel, type: 'email', value: values.email, error: errors.email, autocomplete: 'email', maxlength: 254 }, prefix)}
    ${textField({ name: 'phone', label: t.phoneLabel, type: 'tel', value: values.phone, error: errors.phone, autocomplete: 'tel', maxlength: 30 }, prefix)}
    <div class="field choice ${errors.consent ? 'field--error' : ''}" part="field">
      ${errorMessage('consent', errors.consent, prefix)}
      <input
        type="checkbox"
        id=${fieldId('consent')}
        name="consent"
        .checked=${live(values.consent)}
        aria-invalid=${errors.consent ? 'true' : 'false'}
        aria-describedby=${describedBy('consent', true, Boolean(errors.consent)) ?? ''}
      />
      <label for=${fieldId('consent')}>${t.consentLabel}</label>
      <p class="field__hint" id=${hintId('consent')}>
        ${t.privacyNotice}
        ${pageLink(v.privacyUrl) ? html`<a href=${v.privacyUrl} part="privacy-link">${t.privacyLink}</a>` : nothing}
      </p>
    </div>
  </fieldset>`;
}

/** Every field of the form, in order, for the element's `render()`. */
export function renderFields(v: FieldsView): TemplateResult {
  const { t, values, errors } = v;
  const prefix = v.t.errorPrefix;
  const hasQuestions = (v.questions ?? []).length > 0;
  return html`${v.draftRestored ? html`<p class="restored" role="status">${t.draftRestored}</p>` : nothing}
    <p class="intro">${t.formIntro}</p>
    ${kindFieldset(v)} ${subjectField(v)} ${guidingQuestions(v)}
    ${textField(
      {
        name: 'message',
        label: t.messageLabel,
        hint: t.messageHint(MESSAGE_MAX),
        value: values.message,
        error: errors.message,
        multiline: true,
        maxlength: MESSAGE_MAX,
        ...(hasQuestions ? { describedBy: ['guiding-questions'] } : {}),
      },
      prefix,
    )}
    ${textField({ name: 'location', label: t.locationLabel, hint: t.locationHint, optionalText: t.optional, value: values.location, error: errors.location, maxlength: 200 }, prefix)}
    ${contactFields(v)}
    <div class="visually-hidden">
      <label for="field-website">${t.honeypotLabel}</label>
      <input
        id="field-website"
        name="website"
        type="text"
        tabindex="-1"
        autocomplete="off"
        .value=${live(values.website)}
      />
    </div>
    <button type="submit" class="primary" part="submit-button" aria-disabled=${v.submitting ? 'true' : 'false'}>
      ${v.submitting ? t.submitting : t.submit}
    </button>`;
}
