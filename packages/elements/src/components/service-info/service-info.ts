import { loadDocument, PublicServiceShape, type PublicService } from '@hapur/sdk';
import { dataLink, pageLink } from '../../internal/safe-url.js';
import { html, nothing, type TemplateResult } from 'lit';
import { DataController, type DataTask } from '../../internal/controllers/data.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { TextRenderer } from '../../internal/localized-text.js';
import { renderDataState, renderLanguagePending } from '../../internal/render-state.js';
import { serviceReads } from '../../internal/client/service-reads.js';
import { pickClient, type BlockClient } from '../../internal/client/registry.js';
import { parseInlineService } from '../../internal/inline-service.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './service-info.styles.js';
import { catalogues, type ServicesTranslation } from './service-info.translations.js';
import { serviceStrings } from '../../translations/services/index.js';
import {
  legalTitle,
  renderChannels,
  renderComplaint,
  renderContact,
  renderFacts,
  section,
  type CardContext,
} from './render-sections.js';
import { JSONLD_SCRIPT, type HeadingLevel, type ServiceInfoVariant } from './service-info.types.js';

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

// A new `service` object (even with the same id) is new data: key the data task by object identity.
const serials = new WeakMap<object, number>();
let nextSerial = 0;
const serialOf = (object: object) => serials.get(object) ?? (serials.set(object, ++nextSerial), nextSerial);

/**
 * One public service, as a citizen needs it: what to bring, what it costs and how long it takes
 * first; how to apply, where, who decides and how to complain behind keyboard-operable sections.
 * Also writes schema.org `GovernmentService` JSON-LD into the page (light DOM) for search engines.
 *
 * @customElement hapur-service-info
 * @summary A public service: documents, fees, deadlines, channels, authority and appeal route.
 * @status experimental
 * @since 0.1.0
 *
 * Inline-data mode: put the service in a `<script type="application/json">` child (it is never rendered).
 *
 * @event {HapurLoadEvent} hapur-load - The service loaded and is shown; `detail.source` says from where.
 * @event {HapurErrorEvent} hapur-error - Loading failed; `detail.error` is the SDK error. The card shows a message and a retry button.
 *
 * @csspart base - The card (or the state box while loading, empty or failed).
 * @csspart title - The service name.
 * @csspart language-note - The note shown when text is in another language or machine-translated.
 * @csspart facts - The "at a glance" box: documents, fees, processing time, legal deadline.
 * @csspart apply-link - The "apply online" link.
 * @csspart section - Each collapsible section (`<details>`).
 * @csspart section-summary - The clickable heading of a section (`<summary>`).
 * @csspart text - Paragraphs of service text.
 * @csspart footer - The "last reviewed" line.
 * @csspart details-link - The link of the compact variant.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssstate loading - Data is loading.
 * @cssstate empty - The source holds no service yet.
 * @cssstate error - Loading failed.
 *
 * @cssproperty --hapur-service-info-border-color - Card border and section dividers.
 * @cssproperty --hapur-service-info-background - Card background.
 * @cssproperty --hapur-service-info-accent-color - "Apply online" button and hovered section titles.
 * @cssproperty --hapur-service-info-padding - Space inside the card.
 * @cssproperty --hapur-service-info-facts-background - Background of the "at a glance" box.
 */
export class HapurServiceInfo extends HapurElement {
  static override styles = blockStyles(styles);
  static override catalogues = catalogues;

  /** The service strings in the card's language. Read them only in render when the language is ready. */
  get #t(): ServicesTranslation {
    return this.localize.text(serviceStrings);
  }

  static override properties = {
    serviceId: { attribute: 'service-id' },
    dataSrc: { attribute: 'data-src' },
    service: { attribute: false },
    variant: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    href: {},
    noJsonld: { attribute: 'no-jsonld', type: Boolean },
  };

  /** Id of the service to load from the API, e.g. `prishtina-civil-birth-certificate`. */
  serviceId: string | undefined;

  /** URL of a JSON file holding one service (static hosting); used instead of the API when set. */
  dataSrc: string | undefined;

  /** A `createClient()` result (from the `@hapur/sdk` package), set from JavaScript; overrides `api`. */
  declare client: BlockClient<'getService'> | undefined;

  /** The service itself (set from JavaScript, e.g. by `<hapur-service-list>`); skips loading. */
  service: PublicService | undefined;

  /** `full` shows the whole card; `compact` shows one line and a link. */
  variant: ServiceInfoVariant = 'full';

  /** Heading level of the service name, so the card fits the page's outline (2–6). */
  headingLevel: HeadingLevel = 2;

  /** Link target of the compact variant; defaults to the service's source page. */
  href: string | undefined;

  /** Do not write schema.org JSON-LD into the page. */
  noJsonld = false;

  readonly #data = new DataController<PublicService | null>(this, {
    task: () => this.#dataTask(),
    isEmpty: (service) => service === null,
  });

  #dataTask(): DataTask<PublicService | null> | undefined {
    if (this.service) {
      const service = this.service;
      return {
        source: 'inline',
        key: `property:${serialOf(service)}`,
        now: () => service,
      };
    }
    const script = this.querySelector(INLINE_SELECTOR);
    if (script) {
      const text = script.textContent ?? '';
      return {
        source: 'inline',
        key: text,
        now: () => parseInlineService(text),
      };
    }
    if (this.dataSrc) {
      const url = this.dataSrc;
      return { source: 'url', key: url, run: (signal) => loadDocument(url, PublicServiceShape, { signal }) };
    }
    const client = pickClient(serviceReads, this.client, this.api, this.config);
    const id = this.serviceId;
    if (!client || !id) return undefined;
    return {
      source: 'api',
      key: `${this.api ?? this.config?.api ?? ''}|${id}`,
      run: (signal) => client.getService(id, { signal }),
    };
  }

  protected override updated(): void {
    this.#syncJsonLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.querySelector(JSONLD_SCRIPT)?.remove();
  }

  /** The service the card's JSON-LD describes: the one shown, unless `no-jsonld`. */
  get #described(): PublicService | undefined {
    return this.noJsonld || this.#data.status !== 'success' ? undefined : (this.#data.data ?? undefined);
  }

  /**
   * Keeps one `<script type="application/ld+json">` child in step with the shown service and language. The writer
   * (`jsonld.ts`) is a chunk of its own, loaded once a card has a service to describe: a list's cards never load it.
   */
  #syncJsonLd(): void {
    if (!this.#described) this.querySelector(JSONLD_SCRIPT)?.remove();
    // Written as the card is when the chunk arrives (a later update may have changed it).
    else
      void import('./jsonld.js').then(
        (m) => this.isConnected && m.writeJsonLd(this, this.#described, this.localize.lang),
      );
  }

  /** Loads the service again (what the retry button does). */
  reload(): void {
    this.#data.reload();
  }

  protected override render() {
    if (!this.localize.ready) return renderLanguagePending();
    const state = renderDataState(this.#data, this.localize, this.#t.serviceEmpty);
    if (state || !this.#data.data) return state ?? nothing;
    return this.variant === 'compact' ? this.#renderCompact(this.#data.data) : this.#renderFull(this.#data.data);
  }

  #heading(content: unknown, className = 'title'): TemplateResult {
    return html`<div class=${className} part="title" role="heading" aria-level=${this.headingLevel}>${content}</div>`;
  }

  #renderCompact(service: PublicService): TemplateResult {
    const text = new TextRenderer(this.localize);
    const href = this.href !== undefined ? pageLink(this.href) : dataLink(service.sourceUrl);
    const facts = [
      this.#feeSummary(service),
      service.processingTime ? this.localize.duration(service.processingTime) : undefined,
    ].filter(Boolean);
    return html`<div class="compact" part="base">
      ${this.#heading(text.inline(service.name))}
      ${facts.length ? html`<span class="compact__facts">${facts.join(' · ')}</span>` : nothing}
      ${
        href
          ? html`<a part="details-link" href=${href}
              >${this.#t.serviceDetails}<span class="visually-hidden">: ${text.plain(service.name)}</span></a
            >`
          : nothing
      }
    </div>`;
  }

  #feeSummary(service: PublicService): string | undefined {
    const costs = service.costs ?? [];
    if (costs.length === 0) return undefined;
    const priced = costs.filter((cost) => cost.value !== undefined);
    if (priced.length > 0 && priced.every((cost) => cost.value === 0)) return this.#t.free;
    const first = priced.find((cost) => cost.value !== 0);
    return first?.value !== undefined ? this.localize.money(first.value, first.currency ?? 'EUR') : undefined;
  }

  #renderFull(service: PublicService): TemplateResult {
    const t = this.#t;
    const text = new TextRenderer(this.localize);
    const ctx: CardContext = { t, localize: this.localize, text };
    // Body first, so the language note (which depends on every text used) can sit under the title.
    const body = html`
      ${service.example ? html`<p class="notice" role="note">${t.exampleNotice}</p>` : nothing}
      ${
        service.status !== 'active' && t.serviceStatus(service.status)
          ? html`<p class="notice" role="note">${t.serviceStatus(service.status)}</p>`
          : nothing
      }
      ${text.paragraphs(service.description)} ${renderFacts(service, ctx)}
      ${section(t.sectionEligibility, service.eligibility ? text.paragraphs(service.eligibility) : undefined)}
      ${section(
        t.sectionSteps,
        service.steps?.length
          ? html`<ol>
              ${service.steps.map((step) => html`<li><strong>${text.inline(step.title)}</strong> ${text.paragraphs(step.description)}</li>`)}
            </ol>`
          : undefined,
      )}
      ${section(t.sectionChannels, renderChannels(service, ctx))}
      ${section(t.sectionAuthority, renderContact(service, ctx))}
      ${section(t.sectionComplaint, renderComplaint(service, ctx))}
      ${section(
        t.sectionLegalBasis,
        service.legalResources?.length
          ? html`<ul>
              ${service.legalResources.map((law) => html`<li>${legalTitle(law, text)}</li>`)}
            </ul>`
          : undefined,
      )}
      ${service.lastReviewedAt ? html`<p class="footer" part="footer">${t.lastReviewed(this.localize.date(service.lastReviewedAt))}</p>` : nothing}
    `;
    return html`<article class="card" part="base" aria-labelledby="title">
      <div id="title">${this.#heading(text.inline(service.name))}</div>
      ${text.note()} ${body}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-service-info': HapurServiceInfo;
  }
}
