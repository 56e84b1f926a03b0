import { LitElement, type PropertyDeclarations } from 'lit';
import type { Catalogue } from './catalogue.js';
import { consumeConfig, type HapurConfig } from './context.js';
import { LocalizeController } from './controllers/localize.js';

/** Elements that re-resolve their language when any `lang` attribute in the document changes. */
const connected = new Set<HapurElement>();
/** The connected blocks, for registerTranslation to render them again. @internal */
export { connected as connectedElements };
let observer: MutationObserver | undefined;

function observeLanguageChanges(element: Element): void {
  // One observer for the whole page: `lang` changes in the document (html, a wrapper, a provider, the element
  // itself) and in every shadow root around a connected element (a wrapper inside a site's own component)
  // re-resolve every connected Hapur element. Observing a node again keeps its one registration.
  observer ??= new MutationObserver(() => {
    for (const element of connected) element.resolveLanguage();
  });
  let node: Node = element;
  // An `attributeFilter` implies `attributes: true`.
  do observer.observe((node = node.getRootNode()), { attributeFilter: ['lang'], subtree: true });
  while (node instanceof ShadowRoot && (node = node.host));
}

/** Nearest non-empty `lang`, walking out of shadow roots to their hosts; then the document's. */
export function findLang(start: Element): string {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.lang || navigator.language || 'en';
}

/**
 * Base class of every Hapur element: language resolution (own `lang`, else the nearest `[lang]`
 * ancestor across shadow roots, else the document), a per-element LocalizeController, custom
 * states through ElementInternals (`:state(loading)`, `:state(empty)`, `:state(error)`), and the
 * settings of the surrounding `<hapur-provider>` in `config`.
 * @internal
 */
export class HapurElement extends LitElement {
  /**
   * The catalogues the block renders with besides the shared strings, from its `<name>.translations.ts`
   * (or `translations/`): they load with the block's language, and `languageReady` waits for them. @internal
   */
  static catalogues: readonly Catalogue<object>[] = [];

  static override properties: PropertyDeclarations = {
    lang: {},
    api: {},
    client: { attribute: false },
    loading: { reflect: true },
    requestedLang: { state: true },
  };

  /** Language of this element's text; when unset, the nearest ancestor's `lang` or the document's applies. */
  override lang!: string;

  /** Base URL of the Hapur API (e.g. `/api/v1`); defaults to the surrounding `<hapur-provider>`'s. */
  api: string | undefined;

  /**
   * A configured SDK client (set from JavaScript); overrides `api`. Each block declares the client it takes (the
   * methods it calls) and says so in its own documentation.
   */
  client: unknown;

  /**
   * `lazy`: load the data and render the block only when it comes near the viewport, as `<img loading="lazy">`
   * does. For blocks far down a long page: a phone then spends its first seconds on what the reader sees.
   * Until then the block shows its loading state. Default `eager`.
   */
  loading: 'eager' | 'lazy' = 'eager';

  /** Raw BCP 47 tag in effect, before matching to a catalogue. @internal */
  requestedLang = 'en';

  static {
    consumeConfig(this);
  }

  /** The surrounding `<hapur-provider>`'s settings (its `api`, `client`, `lang`…), kept current by `consumeConfig`. */
  protected config: HapurConfig | undefined;

  protected readonly localize = new LocalizeController(this);
  readonly #internals: ElementInternals;

  constructor() {
    super();
    this.#internals = this.attachInternals();
  }

  override connectedCallback(): void {
    // Resolve first: controllers start loading their catalogue in super.connectedCallback(), and
    // must not fetch the default language's chunk on a page in another language.
    this.resolveLanguage();
    super.connectedCallback();
    connected.add(this);
    observeLanguageChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** Re-reads the language in effect; called on connect, on own `lang` change and by the shared observer. @internal */
  resolveLanguage(): void {
    const next = this.lang || findLang(this);
    if (next !== this.requestedLang) this.requestedLang = next;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('lang')) this.resolveLanguage();
    super.willUpdate(changed);
  }

  /** The block's `static catalogues`, for its LocalizeController. @internal */
  get catalogues(): readonly Catalogue<object>[] {
    return (this.constructor as typeof HapurElement).catalogues;
  }

  /**
   * False while a catalogue this block renders with is still loading; the block then shows its pending
   * box and keeps `:state(loading)`, even if its data is there. @internal
   */
  get languageReady(): boolean {
    return this.localize.ready;
  }

  /** Turns a custom state on or off (`:state(name)` in CSS). @internal */
  toggleState(name: string, on: boolean): void {
    try {
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    } catch {
      // Browsers without CustomStateSet: the state is only cosmetic, so skip it silently.
    }
  }

  /** Whether a custom state is on (for tests and subclasses). */
  hasState(name: string): boolean {
    return this.#internals.states?.has(name) ?? false;
  }
}
