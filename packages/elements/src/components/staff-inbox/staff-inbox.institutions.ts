import type { Institution } from '@hapur/sdk';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { dataText } from '../../internal/data-text.js';
import type { FieldAttrs } from '../../internal/staff/field.js';
import type { InboxCalls, InboxView } from './staff-inbox.types.js';

/** The inbox calls in effect and the officer's own institution (its `/staff/me`). */
type Source = () => { calls: InboxCalls | undefined; own: string | undefined };

/**
 * The transfer form's institutions (the public `GET /institutions`), read the first time the form opens, not
 * with the page. Offered by name in the reader's language, sorted in its collation, without the officer's own
 * institution nor the one that answers for the message now. While they load the choice says "Loading…"; when
 * they cannot load (or no other institution is left) the form asks for the institution's id, as it did before.
 * A list that could not load is read again the next time a transfer form opens.
 */
export class InstitutionChoice {
  readonly #host: ReactiveControllerHost;
  readonly #source: Source;
  #items: Institution[] | undefined;
  #state: 'idle' | 'loading' | 'done' = 'idle';

  constructor(host: ReactiveControllerHost, source: Source) {
    this.#host = host;
    this.#source = source;
  }

  /** The transfer form's `toggle`: an opening reads the list until it is read (a failure keeps the typed id till then). */
  open = (event: Event): void => {
    const { calls } = this.#source();
    if (!(event.target as HTMLDetailsElement).open || this.#state === 'loading' || this.#items || !calls) return;
    this.#state = 'loading';
    this.#host.requestUpdate();
    calls
      .institutions()
      .then((items) => (this.#items = items))
      .catch(() => undefined)
      .finally(() => {
        this.#state = 'done';
        this.#host.requestUpdate();
      });
  };

  /**
   * The institutions a message may go to, by name in the reader's language: those of its institution's country (the
   * API refuses another country's: other laws, other deadlines), without the own one and the one that has it now.
   */
  #choices(v: InboxView, current: string | undefined) {
    const { own } = this.#source();
    const items = this.#items ?? [];
    const country = items.find(({ id }) => id === (current ?? own))?.country;
    const collator = new Intl.Collator(v.localize.formatLocale);
    return items
      .filter((i) => i.id !== own && i.id !== current && (!country || i.country === country))
      .map(({ id, name }) => ({ id, name: dataText.resolve(name, v.localize.lang) }))
      .sort((a, b) => collator.compare(a.name?.text ?? a.id, b.name?.text ?? b.id));
  }

  /** A transfer in the history: the institution's name in the reader's language once the list is read, else its id. */
  name(v: InboxView, id: string): string {
    return dataText.resolve(this.#items?.find((i) => i.id === id)?.name, v.localize.lang)?.text ?? id;
  }

  /** False once the list could not load or holds no other institution: the form then takes a typed id. */
  listed(v: InboxView, current: string | undefined): boolean {
    return this.#state !== 'done' || this.#choices(v, current).length > 0;
  }

  /** The `<select>` of the field `transfer-institution`: "Loading…" until the list is read, then the names. */
  select(v: InboxView, current: string | undefined, a: FieldAttrs): TemplateResult {
    const loading = this.#state !== 'done';
    return html`<select
      id=${a.id}
      name="institution"
      aria-describedby=${a.describedBy}
      aria-invalid=${a.invalid}
      aria-busy=${loading ? 'true' : nothing}
    >
      <option value="">${loading ? v.localize.t.loading : v.t.chooseInstitution}</option>
      ${this.#choices(v, current).map(
        ({ id, name }) =>
          html`<option value=${id} lang=${name?.isFallback ? name.lang : nothing}>${name?.text ?? id}</option>`,
      )}
    </select>`;
  }
}
