import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { strayLatin, UI_LANGUAGES } from '@hapur/sdk';

/**
 * The UI languages every block is tested in (issue 18): the SDK's, all built in (sq, sr-Latn, en, tr, bs, sr-Cyrl), so
 * a plain `lang` attribute gives a block each one's own catalogue chunks.
 */
export const SIX_LANGUAGES = UI_LANGUAGES;

/**
 * Every string a test's fake API answered with, recorded as the block parses it: plain strings (names, addresses,
 * codes) and the values of a text in languages (a `LocalizedText`) in languages other than Serbian. Never its Serbian
 * values: a reader of Cyrillic gets Serbian data text in Cyrillic (`internal/data-text.ts`), so Serbian Latin there is
 * an error.
 */
const dataStrings = new Set<string>();
/** A `LocalizedText`'s `values`: strings by language tag. */
const isTextValues = (value: unknown) =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.entries(value).every(([tag, text]) => /^[a-z]{2,3}(-[A-Za-z\d]+)*$/.test(tag) && typeof text === 'string');
const visit = (value: unknown): void => {
  if (typeof value === 'string') dataStrings.add(value);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value))
      if (key !== 'values' || !isTextValues(inner)) visit(inner);
      // A text in languages: its values in other languages than Serbian (Albanian, English: Latin as written).
      else for (const [tag, text] of Object.entries(inner)) if (!/^sr\b/i.test(tag)) dataStrings.add(text as string);
};
const originalJson = Response.prototype.json;
Response.prototype.json = async function json(this: Response) {
  const body: unknown = await originalJson.call(this);
  visit(body);
  return body;
};
// The SDK reads some answers as text and parses them itself (readJson): record those too.
const originalText = Response.prototype.text;
Response.prototype.text = async function text(this: Response) {
  const body = await originalText.call(this);
  try {
    visit(JSON.parse(body));
  } catch {
    // Not JSON: not data the block shows.
  }
  return body;
};
const words = (text: string) => text.match(/\p{Script=Latin}+/gu) ?? [];
const dataWords = () => new Set([...dataStrings].flatMap(words));

/** The lang in effect for a node inside a block, from its own or an ancestor's `lang` (across shadow roots). */
function langOf(node: Node): string {
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode)
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang')!;
  return '';
}

/** Text nodes and the attributes people hear (aria-*, title, placeholder, alt) in a block's shadow trees. */
function* uiText(root: ShadowRoot): Generator<[Node, string]> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      if (n.parentElement?.closest('style, script')) continue;
      yield [n, n.textContent ?? ''];
    } else if (n instanceof Element) {
      for (const attr of n.getAttributeNames())
        if (/^(aria-(label|description|valuetext|roledescription|placeholder)|title|placeholder|alt)$/.test(attr))
          yield [n, n.getAttribute(attr) ?? ''];
      if (n.shadowRoot) yield* uiText(n.shadowRoot);
    }
  }
}

/**
 * Interface text in the wrong Serbian script: Cyrillic letters for a reader of `sr-Latn`; Latin words for a reader of
 * `sr-Cyrl`, apart from what stays Latin in Cyrillic text (the SDK's `strayLatin`: placeholders, addresses, codes,
 * tags, format names). Data text is allowed in its own script: text inside an element whose `lang` is another
 * language or script, and words of the data the test API answered with that are not Serbian (see `dataStrings`).
 * Serbian data text stored in Latin reaches a reader of Cyrillic transliterated, so a Latin Serbian word in an sr-Cyrl
 * block is an error wherever it comes from: a fallback to English, a hard-coded word, a Latin date or number format,
 * or data text that did not pass the resolver.
 */
export function wrongScript(element: Element, reader: 'sr-Latn' | 'sr-Cyrl'): string[] {
  const data = dataWords();
  const found: string[] = [];
  for (const [node, text] of uiText(element.shadowRoot!)) {
    const lang = langOf(node).toLowerCase();
    if (lang && lang !== reader.toLowerCase() && !lang.startsWith(`${reader.toLowerCase()}-`)) continue;
    if (reader === 'sr-Latn' && /\p{Script=Cyrillic}/u.test(text)) found.push(text.trim());
    if (reader === 'sr-Cyrl' && strayLatin(text).some((word) => !data.has(word))) found.push(text.trim());
  }
  return found;
}

/** The focusable elements of a block, as Tab reaches them: every one gets focus, inside the block, in turn. */
export async function tabThrough(element: Element): Promise<Element[]> {
  const deepActive = () => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a;
  };
  const start = document.createElement('button');
  start.textContent = 'before';
  element.before(start);
  start.focus();
  const reached: Element[] = [];
  try {
    for (let i = 0; i < 60; i++) {
      await sendKeys({ press: 'Tab' });
      const a = deepActive();
      if (!a || !(element.contains(a) || element.shadowRoot?.contains(a) || a.getRootNode() !== document)) break;
      if (reached.includes(a)) break;
      // Keyboard focus must be seen: the element matches :focus-visible while it has it.
      if (!a.matches(':focus-visible')) throw new Error(`no visible focus on <${a.localName}> after Tab`);
      reached.push(a);
    }
  } finally {
    start.remove();
  }
  return reached;
}

/** axe, a keyboard pass and the script rule for one language; call with the block rendered in it. */
export async function checkLanguage(element: Element, lang: string): Promise<void> {
  await expect(element, lang).to.be.accessible();
  const tabbable = element.shadowRoot!.querySelector(
    'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]',
  );
  const reached = await tabThrough(element);
  if (tabbable) expect(reached.length, `${lang}: Tab reaches the block's controls`).to.be.greaterThan(0);
  if (lang === 'sr-Latn' || lang === 'sr-Cyrl') expect(wrongScript(element, lang).join(' | '), lang).to.equal('');
}
