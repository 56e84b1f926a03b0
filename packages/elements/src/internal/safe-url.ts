import { html, type TemplateResult } from 'lit';

// The one guard for every link a block renders (or follows). Data (from the API, inline JSON,
// `data-src` or a JavaScript property) reaches the template by several paths, and only some of them
// are checked by a schema; this check sits where the link is made, so every path passes through it.

/** `value` read as a URL (against `base` when given); `undefined` for what is no string or no URL. */
function parse(value: unknown, base?: string): URL | undefined {
  if (typeof value === 'string')
    try {
      return new URL(value, base);
    } catch {
      // Not a URL: no link.
    }
  return undefined;
}

/**
 * A URL that came with the data (a service channel, a document, a legal text, evidence): shown as a
 * link only when it is an absolute `https:` URL with no user name or password before the host (the SDK's
 * `UrlSchema`: `https://e-kosova.rks-gov.net@evil.example/` opens evil.example). Anything else (`javascript:`,
 * `data:`, `http:`, a relative path, text that is no URL) gives `undefined`: the block shows the words without a link.
 * @internal
 */
export function dataLink(value: string | undefined | null): string | undefined {
  const url = parse(value);
  return url?.protocol === 'https:' && !(url.username + url.password) ? value! : undefined;
}

/**
 * A link the page author configured in an attribute (`href`, `item-href`, `privacy-url`, `status-url`,
 * `feedback-href`): relative or absolute, resolved against the page, and only `https:` or `http:`
 * (a local development server). A `javascript:` or `data:` value gives `undefined`.
 * @internal
 */
export function pageLink(value: string | undefined | null): string | undefined {
  const protocol = parse(value, document.baseURI)?.protocol;
  return protocol === 'https:' || protocol === 'http:' ? value! : undefined;
}

/** `content` as a link to `url` when {@link dataLink} allows it, else `content` alone. @internal */
export function linkOrText<C>(url: string | undefined, content: C): TemplateResult | C {
  const href = dataLink(url);
  return href ? html`<a href=${href}>${content}</a>` : content;
}
