import type { LocalizedText, StaffMe } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { StaffTranslation } from '../../translations/staff/index.js';
import type { LocalizeController } from '../controllers/localize.js';
import type { TextRenderer } from '../localized-text.js';

/**
 * A name from the data (an institution, a service) in the reader's language, in an element with its own `lang` when
 * it is in another language than the block's (`TextRenderer.inline`, as the citizen blocks show names); `id` when
 * it has no text. @internal
 */
export const nameOf = (text: TextRenderer, name: LocalizedText | undefined, id: string) => {
  const shown = text.inline(name);
  return shown === nothing ? id : shown;
};

/** "Signed in as …": the name on the token, its institution (`nameOf`), the expiry date. @internal */
export const signedInAs = (v: { s: StaffTranslation; localize: LocalizeController; text: TextRenderer }, me: StaffMe) =>
  inSentence(
    (name) => v.s.signedInAs(me.name, name, v.localize.date(me.expiresAt)),
    nameOf(v.text, me.institutionName, me.institutionId),
  );

/**
 * A catalogue sentence with such a name in it ("Signed in as … (name)", "to name"): the sentence is written around a
 * mark and the name put in its place, so only the name is read in its own language (WCAG 3.1.2). @internal
 */
export function inSentence(say: (name: string) => string, name: unknown): TemplateResult {
  const [before, after] = say('\u0001').split('\u0001');
  return html`${before}${name}${after}`;
}
