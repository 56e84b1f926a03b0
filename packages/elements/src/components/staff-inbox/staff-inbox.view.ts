import type { StaffMe } from '@hapur/sdk';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import { dataText } from '../../internal/data-text.js';
import { staffErrorText } from '../../internal/staff/error-text.js';
import { feedbackText } from '../../translations/feedback-text.js';
import { staffStrings } from '../../translations/staff/index.js';
import type { InboxView } from './staff-inbox.types.js';
import { inboxStrings } from './staff-inbox.translations.js';

/** The view of the block for this render, once its language is ready; the heading level kept within 2–4. */
export function inboxView(localize: LocalizeController, headingLevel: number): InboxView | undefined {
  const t = inboxStrings.get(localize.lang);
  if (!localize.ready || !t) return undefined;
  return {
    t,
    f: feedbackText(localize),
    s: localize.text(staffStrings),
    localize,
    level: Math.min(4, Math.max(2, headingLevel)),
    now: new Date(),
  };
}

/** "Signed in as …": the name on the token, its institution in the reader's language, the expiry date. */
export function signedInAs(v: InboxView, me: StaffMe): string {
  const institution = dataText.resolve(me.institutionName, v.localize.lang)?.text ?? me.institutionId;
  return v.s.signedInAs(me.name, institution, v.localize.date(me.expiresAt));
}

/** What the outcome line says when an action failed: not this institution's, changed meanwhile, or why. */
export function failureText(v: InboxView, error: unknown): string {
  const name = (error as { name?: string }).name;
  if (name === 'ForbiddenError') return v.s.forbidden;
  return name === 'ConflictError' ? v.t.conflict : v.t.saveFailed(staffErrorText(error, v.localize));
}
