import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { emulateForcedColors, systemColor } from './forced-colors.js';

/** The first element in the block's shadow root that takes keyboard focus, if any. */
function firstFocusable(el: HTMLElement): HTMLElement | undefined {
  const candidates = el.shadowRoot?.querySelectorAll<HTMLElement>(
    'a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, summary, [tabindex="0"]',
  );
  return [...(candidates ?? [])].find((c) => c.getClientRects().length > 0);
}

/** Every element of the block's shadow root, and of the blocks it renders in it. */
function allIn(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? allIn(node.shadowRoot) : [])]);
}

/** The colour painted behind `node`: its own background, or the nearest one under it (the page's Canvas last). */
function backgroundBehind(node: Element | null): string {
  for (; node; node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host ?? null) {
    const background = getComputedStyle(node).backgroundColor;
    if (background !== 'rgba(0, 0, 0, 0)') return background;
  }
  return systemColor('Canvas');
}

/**
 * The visible text of the block that no one can read in forced colours: Chromium draws a Canvas backplate
 * behind text it forces, so text in Canvas there vanishes; where a control keeps its own colours
 * (`forced-color-adjust: none`), text in the colour of the fill behind it does.
 */
function unreadableText(el: HTMLElement): string[] {
  const canvas = systemColor('Canvas');
  return allIn(el.shadowRoot ?? el)
    .filter(
      (node) =>
        node.checkVisibility() &&
        [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()),
    )
    .filter((node) => {
      const style = getComputedStyle(node);
      return style.color === (style.forcedColorAdjust === 'none' ? backgroundBehind(node) : canvas);
    })
    .map((node) => `${node.localName}.${node.getAttribute('class') ?? ''} "${node.textContent?.trim()}"`);
}

/**
 * Colour-mode contract for a block, in a real browser: dark mode (the page allows it and the reader asks
 * for it) passes axe's contrast rules with the dark palette in use; forced colours (Windows High Contrast)
 * use system colours, keep a visible focus ring and every label readable (a filled button's too: not in
 * the colour of its fill or of the Canvas backplate), with a pressed button unlike the others; reduced
 * motion leaves nothing moving.
 * `render` returns the block, fully rendered with realistic data.
 * @internal
 */
export function runColorModesContract(name: string, render: () => Promise<HTMLElement>): void {
  describe(`colour modes: ${name}`, () => {
    afterEach(async () => {
      document.documentElement.style.removeProperty('color-scheme');
      document.body.style.removeProperty('background');
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
      await emulateForcedColors(false);
    });

    it('uses the dark palette in dark mode, with no axe violations (contrast included)', async () => {
      // A page that opts in to dark mode: it declares both schemes and paints the system canvas.
      document.documentElement.style.setProperty('color-scheme', 'light dark');
      document.body.style.setProperty('background', 'Canvas');
      await emulateMedia({ colorScheme: 'dark' });
      const el = await render();
      expect(getComputedStyle(el).color).to.equal('rgb(236, 236, 241)');
      await expect(el).to.be.accessible();
    });

    it('uses system colours in forced-colors mode and shows the focus ring in Highlight', async () => {
      await emulateForcedColors(true);
      const el = await render();
      expect(getComputedStyle(el).color).to.equal(systemColor('CanvasText'));
      const target = firstFocusable(el);
      if (target) {
        await sendKeys({ press: 'Shift' }); // keyboard modality, so focus is :focus-visible
        target.focus();
        const style = getComputedStyle(target);
        expect(style.outlineStyle, `outline of ${target.localName}`).to.not.equal('none');
        expect(style.outlineColor).to.equal(systemColor('Highlight'));
      }
      await expect(el).to.be.accessible();
    });

    it('draws every label in forced-colors mode apart from its fill, and a pressed button unlike the others', async () => {
      await emulateForcedColors(true);
      const el = await render();
      expect(unreadableText(el)).to.deep.equal([]);
      const fills = (pressed: string) =>
        allIn(el.shadowRoot ?? el)
          .filter((node) => node.getAttribute('aria-pressed') === pressed && node.checkVisibility())
          .map(backgroundBehind);
      for (const fill of fills('true')) expect(fills('false')).to.not.include(fill);
    });

    it('moves nothing when the reader asks for reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await render();
      const moving = [...(el.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? [])].filter((node) =>
        getComputedStyle(node)
          .transitionDuration.split(',')
          .some((d) => parseFloat(d) > 0),
      );
      expect(moving.map((node) => node.localName + (node.className ? `.${node.className}` : ''))).to.deep.equal([]);
      expect(el.shadowRoot?.getAnimations().filter((a) => a.playState === 'running') ?? []).to.deep.equal([]);
    });
  });
}
