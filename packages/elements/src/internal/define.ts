/**
 * Registers a custom element once. A CMS page can easily include the CDN script twice (or two
 * versions of it); a second `customElements.define` would throw and break the page, so this warns
 * and keeps the first definition instead.
 * @internal
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) {
      console.warn(`<${tag}> is already defined (a second Hapur script?); keeping the first one.`);
    }
    return;
  }
  customElements.define(tag, constructor);
}
