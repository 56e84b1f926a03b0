import { expect } from '@open-wc/testing';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { minimalService } from '../../internal/test/fixtures/services.js';

failOnConsole();

/**
 * Renders the block in a frame whose Content-Security-Policy forbids inline scripts, inline styles and
 * eval (what a careful municipality sets), and records every violation the browser reports.
 */
async function renderUnderStrictCsp(): Promise<{ frame: HTMLIFrameElement; violations: string[] }> {
  const frame = document.createElement('iframe');
  const data = JSON.stringify(minimalService).replace(/</g, '\\u003c');
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'">
    <script type="module" src="/packages/elements/src/internal/test/csp-probe.ts"></script>
    <script type="module" src="/packages/elements/src/all.ts"></script>
  </head><body>
    <hapur-service-info><script type="application/json">${data}</script></hapur-service-info>
  </body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const violations = (frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations;
  return { frame, violations };
}

describe('<hapur-service-info> under a strict Content-Security-Policy', () => {
  it('renders with styles applied and causes no CSP violation', async () => {
    const { frame, violations } = await renderUnderStrictCsp();
    try {
      const doc = frame.contentDocument!;
      const deadline = Date.now() + 5000;
      let text = '';
      while (Date.now() < deadline) {
        text = doc.querySelector('hapur-service-info')?.shadowRoot?.textContent ?? '';
        // The JSON-LD writer is a chunk of its own, loaded once the card shows its service.
        const written = doc.querySelector('hapur-service-info > script[type="application/ld+json"]');
        if (text.includes('Minimal service') && written) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(text).to.contain('Minimal service');
      const card = doc.querySelector('hapur-service-info')!;
      // Constructed stylesheets are allowed by `style-src 'self'`: the card's border is styled.
      expect(card.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(getComputedStyle(card.shadowRoot!.querySelector('.card')!).borderTopStyle).to.equal('solid');
      // The JSON-LD data block was written into the page.
      expect(card.querySelector('script[type="application/ld+json"]')).to.exist;
      expect(violations).to.deep.equal([]);
      // Control: the policy is enforced and violations are seen (an inline style attribute is blocked).
      const control = doc.createElement('div');
      control.setAttribute('style', 'color: red');
      doc.body.append(control);
      for (let tries = 0; tries < 100 && !violations.some((v) => v.startsWith('style-src')); tries++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(violations.some((v) => v.startsWith('style-src'))).to.be.true;
    } finally {
      frame.remove();
    }
  });
});
