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

/**
 * Colour-mode contract for a block, in a real browser: dark mode (the page allows it and the reader asks
 * for it) passes axe's contrast rules with the dark palette in use; forced colours (Windows High Contrast)
 * use system colours and keep a visible focus ring; reduced motion leaves nothing moving.
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
