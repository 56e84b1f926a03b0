// What a citizen would do in the form, scripted for stories that show a state after sending.
import type { HapurFeedbackForm } from '../../packages/elements/src/components/feedback-form/feedback-form.js';
import { submissions } from './story-data.js';

export interface Typed {
  kind?: string;
  subject?: string;
  message?: string;
  location?: string;
  contact?: { email?: string; phone?: string; name?: string; consent?: boolean };
}

function set(el: HapurFeedbackForm, name: string, value: string): void {
  const control = el.shadowRoot?.querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (!control) return;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function click(el: HapurFeedbackForm, selector: string): Promise<void> {
  el.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
  await el.updateComplete;
}

/** Fills the form as typed, then presses Send (after the element's first render). */
export async function fillAndSend(el: HapurFeedbackForm, typed: Typed): Promise<void> {
  await el.updateComplete;
  if (typed.kind) await click(el, `input[value="${typed.kind}"]`);
  if (typed.subject) set(el, 'subject', typed.subject);
  if (typed.message !== undefined) set(el, 'message', typed.message);
  if (typed.location) set(el, 'location', typed.location);
  if (typed.contact) {
    await click(el, '[name="wantsContact"]');
    for (const field of ['name', 'email', 'phone'] as const)
      if (typed.contact[field]) set(el, field, typed.contact[field]);
    if (typed.contact.consent) await click(el, '[name="consent"]');
  }
  await el.updateComplete;
  await click(el, '[part="submit-button"]');
}

/** The third demonstration submission (a street-lighting report), as a citizen would type it. */
const lighting = submissions.find((s) => s.type === 'issue_report' && s.subject.topic);
export const demoMessage: Typed = {
  kind: 'issue_report',
  subject: lighting?.subject.topic ?? '',
  message: lighting?.message ?? '',
};
