// Geometry is behaviour: what a reader sees at a given width, measured in the live page (through shadow
// roots). A page that scrolls sideways, text cut off by its box with no way to reach it, and an SVG chart
// whose marks have no size are bugs a citizen sees; each finding names the element and the numbers.
import type { Page } from 'playwright-core';

export interface LayoutFinding {
  kind: 'page-overflow' | 'clipped-text' | 'empty-chart';
  /** A CSS-like path to the element, through shadow roots (`host >> inner`). */
  where: string;
  detail: string;
}

/**
 * tsx (esbuild, keepNames) wraps the named functions inside page functions in `__name(…)`, which the page
 * does not have: define it there as the identity before evaluating such a function.
 */
export const allowNamedFunctions = (page: Page) => page.evaluate('globalThis.__name ??= (f) => f');

/** Measures the page as laid out now. */
export async function layoutFindings(page: Page): Promise<LayoutFinding[]> {
  await allowNamedFunctions(page);
  return page.evaluate(() => {
    const findings: { kind: 'page-overflow' | 'clipped-text' | 'empty-chart'; where: string; detail: string }[] = [];
    const name = (el: Element): string => {
      const id = el.id ? `#${el.id}` : '';
      const part = el.getAttribute('part') ? `[part="${el.getAttribute('part')}"]` : '';
      const cls =
        !id && !part && typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : '';
      return `${el.tagName.toLowerCase()}${id}${part}${cls}`;
    };
    const path = (el: Element): string => {
      const names: string[] = [];
      let node: Element | null = el;
      let depth = 0;
      while (node && depth < 4) {
        names.unshift(name(node));
        const parent: Node | null = node.parentNode;
        if (parent instanceof ShadowRoot) {
          names.unshift('>>');
          node = parent.host;
        } else node = parent instanceof Element ? parent : null;
        depth++;
      }
      // The block (custom element) the finding is in, if any, first.
      let host: Node = el.getRootNode();
      while (host instanceof ShadowRoot && host.host.getRootNode() instanceof ShadowRoot)
        host = host.host.getRootNode();
      const block = host instanceof ShadowRoot ? `${host.host.tagName.toLowerCase()} ` : '';
      return `${block}${names.join(' ').replace(/ >> /g, ' >> ')}`;
    };

    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      findings.push({
        kind: 'page-overflow',
        where: 'page',
        detail: `the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px window`,
      });

    const all: Element[] = [];
    const collect = (node: Document | ShadowRoot) => {
      for (const el of node.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    };
    collect(document);

    const hasOwnText = (el: Element) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '') ||
      (el instanceof HTMLElement && el.innerText.trim() !== '');
    for (const el of all) {
      if (!(el instanceof HTMLElement) || !el.checkVisibility()) continue;
      const style = getComputedStyle(el);
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (!clipsX && !clipsY && style.textOverflow !== 'ellipsis') continue;
      // Visually hidden text (1 px boxes, clip-path) is clipped on purpose: it is for screen readers.
      if (el.clientWidth <= 2 || el.clientHeight <= 2 || style.clipPath !== 'none' || style.clip !== 'auto') continue;
      // A closed <details> or a collapsed region hides on purpose; so does an element with a line clamp and a way on.
      if (!hasOwnText(el)) continue;
      const overX = clipsX && el.scrollWidth > el.clientWidth + 1;
      const overY = clipsY && el.scrollHeight > el.clientHeight + 1;
      if (overX || overY)
        findings.push({
          kind: 'clipped-text',
          where: path(el),
          detail: overX
            ? `text ${el.scrollWidth} px wide in a ${el.clientWidth} px box that hides the rest (overflow ${style.overflowX})`
            : `text ${el.scrollHeight} px tall in a ${el.clientHeight} px box that hides the rest (overflow ${style.overflowY})`,
        });
    }

    for (const svg of all) {
      if (!(svg instanceof SVGSVGElement) || !svg.checkVisibility()) continue;
      const inside = [...svg.querySelectorAll('*')];
      const foreign = inside.filter((el) => !(el instanceof SVGElement) && !el.closest('foreignObject'));
      const marks = inside.filter((el): el is SVGGraphicsElement =>
        ['rect', 'path', 'circle', 'line', 'polyline', 'polygon', 'ellipse'].includes(el.tagName),
      );
      const sized = marks.filter((m) => {
        const box = m.getBoundingClientRect();
        return box.width > 0 || box.height > 0;
      });
      // An icon has one or two marks; a chart has marks for data. Flag the chart none of whose marks has a size,
      // and markup the browser did not take as SVG (HTML elements inside <svg> have no size at all).
      if (foreign.length > 0)
        findings.push({
          kind: 'empty-chart',
          where: path(svg),
          detail: `${foreign.length} non-SVG element(s) inside <svg> (${[...new Set(foreign.map((f) => f.tagName.toLowerCase()))].join(', ')}): written as HTML, drawn as nothing`,
        });
      else if (marks.length > 0 && sized.length === 0)
        findings.push({
          kind: 'empty-chart',
          where: path(svg),
          detail: `none of its ${marks.length} marks has a size`,
        });
    }
    return findings;
  });
}

/** Lets the page settle after a resize or a language switch: two frames and a short pause. */
export async function settle(page: Page, ms = 50): Promise<void> {
  await page.evaluate(
    (wait) =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, wait))),
      ),
    ms,
  );
}

/**
 * Visible text with doubled punctuation ("1. oktobar 2026..", "a,, b", "x.,"): a sentence that adds its own
 * full stop after a date format that already ends with one. Adjacent text nodes (a template's parts) are read
 * together; an ellipsis ("...") is not a finding. Returns each offending text, shortened.
 */
export async function punctuationFindings(page: Page): Promise<string[]> {
  await allowNamedFunctions(page);
  return page.evaluate(() => {
    const found: string[] = [];
    const doubled = /(?<![.…])[.,][.,](?![.])/;
    const visit = (root: Document | ShadowRoot | Element) => {
      let run = '';
      const flush = (owner: Element | null) => {
        if (owner && doubled.test(run) && owner.checkVisibility()) {
          const at = run.search(doubled);
          found.push(run.slice(Math.max(0, at - 40), at + 10).trim());
        }
        run = '';
      };
      const owner = root instanceof Element ? root : null;
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) run += node.textContent ?? '';
        else if (node.nodeType === Node.COMMENT_NODE) continue;
        else {
          flush(owner);
          if (node instanceof Element) {
            if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE') continue;
            if (node.shadowRoot) visit(node.shadowRoot);
            visit(node);
          }
        }
      }
      flush(owner ?? (root instanceof ShadowRoot ? root.host : null));
    };
    visit(document.body);
    return found;
  });
}
