import { jsonLdScriptJson, toJsonLd, type PublicService, type UiLanguage } from '@hapur/sdk';
import { jsonLdScriptText } from '../../internal/trusted-script.js';
import { JSONLD_SCRIPT } from './service-info.types.js';

/**
 * Keeps one `<script type="application/ld+json">` child of the card in step with the shown service and language
 * (none when `service` is undefined). Its own chunk, loaded when a card first has a service to describe: a list's
 * cards (`no-jsonld`) never load it.
 * @internal
 */
export function writeJsonLd(host: HTMLElement, service: PublicService | undefined, lang: UiLanguage): void {
  const existing = host.querySelector<HTMLScriptElement>(JSONLD_SCRIPT);
  // Escaped so no text in it can close the script element, also in a saved or prerendered page.
  const json = service && jsonLdScriptJson(toJsonLd(service, lang));
  if (json && existing?.textContent === json) return;
  const text = json && jsonLdScriptText(json);
  if (!text) {
    existing?.remove();
    return;
  }
  const script = existing ?? document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute('data-hapur-jsonld', '');
  // A TrustedScript where the page enforces Trusted Types; the DOM accepts it for script text.
  (script as unknown as { textContent: unknown }).textContent = text;
  if (!existing) host.append(script);
}
