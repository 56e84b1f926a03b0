import {
  filterServices,
  loadDocument,
  parseOutput,
  PublicServiceListShape,
  type LocalizedText,
  type PublicService,
} from '@hapur/sdk';
import { dataText } from '../../internal/data-text.js';
import { html, nothing, type TemplateResult } from 'lit';
import { DataController, type DataTask } from '../../internal/controllers/data.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { TextRenderer } from '../../internal/localized-text.js';
import { renderDataState, renderLanguagePending } from '../../internal/render-state.js';
import { serviceReads } from '../../internal/client/service-reads.js';
import { pickClient, type BlockClient } from '../../internal/client/registry.js';
import type { HeadingLevel } from '../service-info/service-info.types.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './service-list.styles.js';
import { catalogues } from './service-list.translations.js';
import { serviceStrings } from '../../translations/services/index.js';
import { ITEM_HREF_PLACEHOLDER } from './service-list.types.js';
import { announcer } from '../../internal/announce.js';
import { pageLink } from '../../internal/safe-url.js';

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * An institution's public services with a search box: the result count is announced politely
 * after typing pauses, accents are ignored (`leje` finds `lejë`), either Serbian script finds either on any page
 * (`пасош` finds `pasoš`, `dozvol` finds `дозвола`, as the API's search), and each service opens in place
 * (or links to its own page with `item-href`).
 *
 * @customElement hapur-service-list
 * @summary Searchable list of an institution's public services.
 * @status experimental
 * @since 0.1.0
 * @dependency hapur-service-info
 *
 * @event {HapurLoadEvent} hapur-load - The list loaded; `detail.source` says from where.
 * @event {HapurErrorEvent} hapur-error - Loading failed; `detail.error` is the SDK error.
 *
 * @csspart base - The wrapper (or the state box while loading, empty or failed).
 * @csspart search - The label, hint and search field.
 * @csspart search-input - The search field.
 * @csspart count - The live result count.
 * @csspart list - The list of services.
 * @csspart item - One service in the list.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssstate loading - Data is loading.
 * @cssstate empty - The institution has no published services.
 * @cssstate error - Loading failed.
 *
 * @cssproperty --hapur-service-list-border-color - Borders of the items and the search field.
 * @cssproperty --hapur-service-list-gap - Space between items.
 */
export class HapurServiceList extends HapurElement {
  static override styles = blockStyles(styles);
  static override catalogues = catalogues;

  static override properties = {
    institution: {},
    dataSrc: { attribute: 'data-src' },
    itemHref: { attribute: 'item-href' },
    headingLevel: { attribute: 'heading-level', type: Number },
    query: { state: true },
    opened: { state: true },
  };

  /** Id of the institution whose services are listed (`competentAuthorityIds`); all services when unset. */
  institution: string | undefined;

  /** URL of a JSON file `{ "items": [...] }` (static hosting); used instead of the API when set. */
  dataSrc: string | undefined;

  /** A `createClient()` result (from the `@hapur/sdk` package), set from JavaScript; overrides `api`. */
  declare client: BlockClient<'listServices'> | undefined;

  /** Link for each service, `{id}` replaced by its id (e.g. `/services/{id}`); when unset, services open in place. */
  itemHref: string | undefined;

  /** Heading level of the service names inside opened items (2–6). */
  headingLevel: HeadingLevel = 3;

  private query = '';
  /** Services whose item is open: only these render a card (a long list stays light on a cheap phone). */
  private opened = new Set<string>();
  /** The SDK's cyrillicToLatin (in the Cyrillic data text chunk, cyrl.ts), loaded at the first key typed in the search. */
  #letters: ((text: string) => string) | undefined;
  readonly #announce = announcer(this);

  readonly #data = new DataController<PublicService[]>(this, {
    task: () => this.#dataTask(),
    isEmpty: (items) => items.length === 0,
  });

  #dataTask(): DataTask<PublicService[]> | undefined {
    const institution = this.institution;
    const only = (items: PublicService[]) => (institution ? filterServices(items, { institution }) : items);
    const script = this.querySelector(INLINE_SELECTOR);
    if (script) {
      const text = script.textContent ?? '';
      return {
        source: 'inline',
        key: `${text}|${institution}`,
        run: async () => only(parseOutput(PublicServiceListShape, JSON.parse(text || '{"items":[]}'), 'inline').items),
      };
    }
    if (this.dataSrc) {
      const url = this.dataSrc;
      return {
        source: 'url',
        key: `${url}|${institution}`,
        run: async (signal) => only((await loadDocument(url, PublicServiceListShape, { signal })).items),
      };
    }
    const api = this.api ?? this.config?.api;
    const reader = pickClient(serviceReads, this.client, this.api, this.config);
    if (!reader) return undefined;
    return {
      source: 'api',
      key: `${api}|${institution}`,
      run: (signal) => reader.listServices(institution ? { institution } : {}, { signal }),
    };
  }

  /** Loads the list again (what the retry button does). */
  reload(): void {
    this.#data.reload();
  }

  #handleSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    // Serbian readers type either script: the search folds both into Latin (as the API does) once this arrives.
    // (A download that breaks off is asked for again at the next key.)
    if (!this.#letters)
      void import('../../internal/cyrl.js').then(
        (m) => {
          this.#letters = m.latin;
          this.requestUpdate();
        },
        () => undefined,
      );
  }

  // The cards inside show data the list already has: their lifecycle events are not the page's business.
  #handleNestedEvent(event: Event): void {
    event.stopPropagation();
  }

  #handleItemToggle(id: string, event: Event): void {
    const open = (event.currentTarget as HTMLDetailsElement).open;
    if (open === this.opened.has(id)) return;
    const next = new Set(this.opened);
    if (open) next.add(id);
    else next.delete(id);
    this.opened = next;
  }

  /**
   * The services the search finds: by their text in any language (the SDK's filter) and as the reader sees it, so on a
   * Serbian Cyrillic page a service stored in Latin, shown in Cyrillic (`cyrl.ts`), is found by the Cyrillic words.
   */
  get #results(): PublicService[] {
    const lang = this.localize.lang;
    const shown = (text: LocalizedText) => ({ values: { '': dataText.resolve(text, lang)?.text ?? '' } });
    // A service is found when the filter keeps it as stored or as shown.
    return (this.#data.data ?? []).filter(
      (s) =>
        filterServices(
          [s, { ...s, name: shown(s.name), description: shown(s.description) }],
          { q: this.query },
          this.#letters,
        ).length,
    );
  }

  protected override render() {
    if (!this.localize.ready) return renderLanguagePending();
    const t = this.localize.text(serviceStrings);
    const state = renderDataState(this.#data, this.localize, t.listEmpty);
    if (state) return state;
    const results = this.#results;
    const text = new TextRenderer(this.localize);
    const query = this.query.trim();
    const count = !results.length && query ? t.listNoMatches(query) : t.listResultCount(results.length);
    return html`<div part="base">
      <div class="search" part="search" role="search">
        <label for="search">${t.listSearchLabel}</label>
        <p class="hint" id="hint">${t.listSearchHint}</p>
        <input
          id="search"
          part="search-input"
          type="search"
          autocomplete="off"
          aria-describedby="hint count"
          .value=${this.query}
          @input=${this.#handleSearchInput}
        />
        <p class="count" part="count" id="count">${count}</p>
        ${this.#announce(count)}
      </div>
      ${
        results.length
          ? html`<ul part="list" @hapur-load=${this.#handleNestedEvent} @hapur-error=${this.#handleNestedEvent}>
              ${results.map((service) => this.#renderItem(service, text))}
            </ul>`
          : nothing
      }
      ${text.note()}
    </div>`;
  }

  #renderItem(service: PublicService, text: TextRenderer): TemplateResult {
    if (this.itemHref) {
      const href = pageLink(this.itemHref.replace(ITEM_HREF_PLACEHOLDER, encodeURIComponent(service.id)));
      return html`<li part="item">
        <hapur-service-info
          variant="compact"
          no-jsonld
          .service=${service}
          href=${href ?? nothing}
          heading-level=${this.headingLevel}
        ></hapur-service-info>
      </li>`;
    }
    return html`<li part="item">
      <details
        ?open=${this.opened.has(service.id)}
        @toggle=${(event: Event) => this.#handleItemToggle(service.id, event)}
      >
        <summary>${text.inline(service.name)}</summary>
        ${
          this.opened.has(service.id)
            ? html`<hapur-service-info
                no-jsonld
                .service=${service}
                heading-level=${this.headingLevel}
              ></hapur-service-info>`
            : nothing
        }
      </details>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-service-list': HapurServiceList;
  }
}
