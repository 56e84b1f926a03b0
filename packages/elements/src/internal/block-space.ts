/**
 * Outer spacing for blocks, from one place (issue 15): one document-level rule, adopted by the loader (hapur.js)
 * and hapur.all.js before any block is defined, so a block has its box and its margins while its module is still
 * on the way and nothing moves when it upgrades. `:where()` keeps the rule at zero specificity: any rule of the
 * page wins, and `--hapur-block-space` sets the space for every block. A constructed sheet
 * (`document.adoptedStyleSheets`) rather than a <style> element, so a strict CSP (`style-src 'self'`) allows it;
 * a browser without constructed sheets gets no spacing rather than an error. The blocks' own styles set no outer
 * margins. <hapur-provider> is left out: it has no box (`display: contents`).
 * @param selector the blocks' tags, comma-separated
 * @internal
 */
export function spaceBlocks(selector: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `:where(:is(${selector}):not(hapur-provider)){display:block;margin-block:var(--hapur-block-space,1.5rem)}`,
    );
    document.adoptedStyleSheets.push(sheet);
  } catch {
    // No constructed sheets (Safari before 16.4): the page's own CSS spaces the blocks.
  }
}
