/**
 * Reflow and text-spacing checks (WCAG 1.4.10 at 320 px, 1.4.12) for the blocks' tests: a block in a narrow box,
 * with or without the text spacing a reader's stylesheet or bookmarklet may force on every text.
 */

/** WCAG 1.4.12's text spacing: line height 1.5, paragraphs 2em apart, letters 0.12em and words 0.16em. @internal */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

/** The text spacing above, forced into the page and into the block's shadow root (as a reader's tool does). @internal */
export function forceTextSpacing(el: Element): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

/** The elements among `boxes` whose own content is wider than their box (clipped or spilling out). @internal */
export const overflowing = (boxes: readonly HTMLElement[]): string[] =>
  boxes
    .filter((box) => box.scrollWidth > box.clientWidth + 1)
    .map((box) => `${box.tagName.toLowerCase()}.${box.className} ${box.scrollWidth} > ${box.clientWidth}`);

/** The box of what `el` shows: its text may spill out of its own box. @internal */
function contentBox(el: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

/** Whether two elements' texts overlap (by more than a pixel, so that touching edges do not count). @internal */
export function overlap(a: Element, b: Element): boolean {
  const r = contentBox(a);
  const s = contentBox(b);
  return r.left < s.right - 1 && s.left < r.right - 1 && r.top < s.bottom - 1 && s.top < r.bottom - 1;
}

/** Whether what `inner` shows lies inside `outer`'s box (inline direction), within a pixel. @internal */
export function inside(inner: Element, outer: Element): boolean {
  const r = contentBox(inner);
  const s = outer.getBoundingClientRect();
  return r.left >= s.left - 1 && r.right <= s.right + 1;
}

/**
 * The words broken across lines inside `el` ("новемб|ар"): a line that starts with a letter right after a letter.
 * A web or e-mail address may break anywhere (it has no word breaks of its own) and is not counted. @internal
 */
export function brokenWords(el: HTMLElement): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!;
    const range = document.createRange();
    let top: number | undefined;
    for (let i = 0; i < text.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      if (!rect.height) continue;
      const word = text.slice(text.lastIndexOf(' ', i) + 1).split(' ')[0]!;
      if (top !== undefined && rect.top > top + 1 && /\p{L}\p{L}/u.test(text.slice(i - 1, i + 1)) && !/[/@]/.test(word))
        broken.push(`${text.slice(Math.max(0, i - 8), i)}|${text.slice(i, i + 8)}`);
      top = rect.top;
    }
  }
  return broken;
}
