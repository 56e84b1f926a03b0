import { EMPTY_VALUES, type FeedbackFormValues, type FieldName } from './feedback-form.types.js';
import type { FieldErrors } from './input.js';

/**
 * When the form shows a field's message (as GOV.UK does): not while the citizen types, but on leaving a
 * field they edited, on a choice (radio, checkbox, select) and on submit; a message the server gave
 * stays until that field is edited. @internal
 */
export class FieldTracker {
  readonly #touched = new Set<FieldName>();
  readonly #refused = new Set<FieldName>();

  /** Reads an input or change event: the new values, and which fields to check now (`all` for the contact choice). */
  input(
    values: FeedbackFormValues,
    target: HTMLInputElement,
  ): { values: FeedbackFormValues; check: FieldName | 'all' | undefined } | undefined {
    const name = target.name as keyof FeedbackFormValues;
    if (!(name in EMPTY_VALUES)) return undefined;
    const value = target.type === 'checkbox' ? target.checked : target.value;
    if (name !== 'website') this.#touched.add((name === 'wantsContact' ? 'email' : name) as FieldName);
    this.#refused.delete(name as FieldName);
    const chosen = target.type === 'checkbox' || target.type === 'radio' || target.tagName === 'SELECT';
    const check = name === 'wantsContact' ? 'all' : chosen ? (name as FieldName) : undefined;
    return { values: { ...values, [name]: value }, check };
  }

  /** The field to check on leaving it: one edited before, unless focus goes to Send (which checks them all). */
  leave(event: FocusEvent): FieldName | undefined {
    const name = (event.target as HTMLInputElement).name as FieldName;
    // On the way to Send: a re-render now would move the button and lose the click.
    if ((event.relatedTarget as HTMLElement | null)?.getAttribute('type') === 'submit') return undefined;
    return this.#touched.has(name) ? name : undefined;
  }

  /** The messages to show after a check: the server's kept, fixed ones dropped, and `field`'s own added. */
  shown(current: FieldErrors, fresh: FieldErrors, field?: FieldName): FieldErrors {
    const next: FieldErrors = {};
    for (const [name, message] of Object.entries(current) as [FieldName, string][]) {
      if (this.#refused.has(name)) next[name] = message;
      else if (fresh[name]) next[name] = fresh[name];
    }
    if (field && fresh[field]) next[field] = fresh[field];
    return next;
  }

  /** Fields the server refused (422): local checks cannot clear them until the citizen edits them. */
  refuse(errors: FieldErrors): void {
    for (const field of Object.keys(errors) as FieldName[]) this.#refused.add(field);
  }

  /** After a message was sent: nothing edited yet. */
  reset(): void {
    this.#touched.clear();
  }
}
