import type { PublicService } from '@hapur/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/controllers/localize.js';
import type { TextRenderer } from '../../internal/localized-text.js';
import { dataLink, linkOrText } from '../../internal/safe-url.js';
import type { ServicesTranslation } from '../../translations/services/index.js';
import { ONLINE_CHANNELS } from './service-info.types.js';

/** What the card's parts render with: the shared strings, the element's localizer and its text renderer. */
export interface CardContext {
  t: ServicesTranslation;
  localize: LocalizeController;
  text: TextRenderer;
}

type LegalResource = NonNullable<PublicService['legalResources']>[number];

/** The "at a glance" box: documents, fees, processing time, legal deadline and the online channel. */
export function renderFacts(
  service: PublicService,
  { t, localize, text }: CardContext,
): TemplateResult | typeof nothing {
  const documents = service.requiredDocuments ?? [];
  const costs = service.costs ?? [];
  const online = service.channels.find(
    (c) => (ONLINE_CHANNELS as readonly string[]).includes(c.type) && dataLink(c.url),
  );
  const applyUrl = online?.url;
  const rows: TemplateResult[] = [];
  if (costs.length) {
    rows.push(
      html`<dt>${t.sectionFees}</dt>
        <dd>
          ${costs.map(
            (cost) =>
              html`<div>
                ${cost.value === 0 ? t.free : cost.value !== undefined ? localize.money(cost.value, cost.currency ?? 'EUR') : nothing}
                ${cost.value !== undefined ? ' — ' : nothing}${text.inline(cost.description)}
              </div>`,
          )}
        </dd>`,
    );
  }
  if (service.processingTime || service.processingTimeNote) {
    rows.push(
      html`<dt>${t.processingTime}</dt>
        <dd>
          ${service.processingTime ? localize.duration(service.processingTime) : nothing}${
            service.processingTime && service.processingTimeNote ? ' — ' : nothing
          }${text.inline(service.processingTimeNote)}
        </dd>`,
    );
  }
  if (service.legalDeadline) {
    const deadline = service.legalDeadline;
    rows.push(
      html`<dt>${t.legalDeadline}</dt>
        <dd>
          ${localize.duration(deadline.duration)} — ${text.inline(deadline.text)}
          ${deadline.legalBasis ? html`(${legalTitle(deadline.legalBasis, text)})` : nothing}
        </dd>`,
    );
  }
  if (!documents.length && !rows.length && !online) return nothing;
  // A plain container, not a named <section>: several cards on a page would repeat one landmark name.
  return html`<div class="facts" part="facts">
    <p class="facts__heading">${t.sectionAtAGlance}</p>
    ${
      documents.length
        ? html`<p class="section__title">${t.sectionDocuments}</p>
            <ul>
              ${documents.map(
                (doc) =>
                  html`<li>
                    ${text.inline(doc.name)}${doc.description ? html` — ${text.inline(doc.description)}` : nothing}
                    ${doc.originalRequired ? html` <em>${t.originalRequired}</em>` : nothing}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${rows.length ? html`<dl>${rows}</dl>` : nothing}
    ${applyUrl ? html`<a class="primary" part="apply-link" href=${applyUrl}>${t.applyOnline}</a>` : nothing}
  </div>`;
}

/** Where and how to apply: each channel with its address, hours, phone and e-mail. */
export function renderChannels(service: PublicService, { t, text }: CardContext): TemplateResult | undefined {
  if (!service.channels.length) return undefined;
  return html`<ul>
    ${service.channels.map(
      (channel) =>
        html`<li class="office">
          <strong>${t.channelType(channel.type)}</strong>
          ${channel.url ? html`<div>${linkOrText(channel.url, channel.url)}</div>` : nothing}
          ${channel.address ? html`<div>${t.address}: ${text.inline(channel.address)}</div>` : nothing}
          ${channel.openingHours ? html`<div>${t.openingHours}: ${text.inline(channel.openingHours)}</div>` : nothing}
          ${channel.phone ? html`<div>${t.phone}: <a href="tel:${channel.phone.replace(/[^+0-9]/g, '')}">${channel.phone}</a></div>` : nothing}
          ${channel.email ? html`<div>${t.email}: <a href="mailto:${channel.email}">${channel.email}</a></div>` : nothing}
        </li>`,
    )}
  </ul>`;
}

/** The competent authority's contact point. */
export function renderContact(service: PublicService, { t, text }: CardContext): TemplateResult | undefined {
  const contact = service.contactPoint;
  if (!contact) return undefined;
  return html`${contact.name ? html`<p><strong>${text.inline(contact.name)}</strong></p>` : nothing}
  ${contact.openingHours ? html`<p>${t.openingHours}: ${text.inline(contact.openingHours)}</p>` : nothing}
  ${contact.telephone ? html`<p>${t.phone}: <a href="tel:${contact.telephone.replace(/[^+0-9]/g, '')}">${contact.telephone}</a></p>` : nothing}
  ${contact.email ? html`<p>${t.email}: <a href="mailto:${contact.email}">${contact.email}</a></p>` : nothing}
  ${contact.contactPage ? html`<p>${t.website}: ${linkOrText(contact.contactPage, contact.contactPage)}</p>` : nothing}`;
}

/** How to complain: to whom, within how long, and where to read more. */
export function renderComplaint(
  service: PublicService,
  { t, localize, text }: CardContext,
): TemplateResult | undefined {
  const complaint = service.complaint;
  if (!complaint) return undefined;
  return html`${text.paragraphs(complaint.text)}
  ${complaint.body ? html`<p>${t.complaintTo}: ${text.inline(complaint.body)}</p>` : nothing}
  ${complaint.within ? html`<p>${t.complaintWithin(localize.duration(complaint.within))}</p>` : nothing}
  ${dataLink(complaint.url) ? html`<p><a href=${complaint.url}>${t.moreInformation}</a></p>` : nothing}`;
}

/** A law's title, number and article, linked when it has a URL. */
export function legalTitle(law: LegalResource, text: TextRenderer): TemplateResult {
  const label = html`${text.inline(law.title)}${law.number ? ` (${law.number})` : nothing}${law.article ? `, ${law.article}` : nothing}`;
  return linkOrText(law.url, label);
}

/** A collapsible section; omitted entirely when the service has nothing for it. */
export function section(
  title: string,
  content: TemplateResult | typeof nothing | undefined,
): TemplateResult | typeof nothing {
  if (!content || content === nothing) return nothing;
  return html`<details part="section">
    <summary part="section-summary">${title}</summary>
    <div class="section__body">${content}</div>
  </details>`;
}
