import { expect } from '@open-wc/testing';
import './commitment-tracker.define.js';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { kosovo, q, qa, resetHash, timelineShown } from './tracker-test-helpers.js';

failOnConsole();

// A page with a strict policy (the example pages set style-src 'self') must see no violation: widths and
// grid positions go through CSSOM, never through a `style` attribute.
describe('<hapur-commitment-tracker> under a strict Content-Security-Policy', () => {
  const violations: string[] = [];
  const record = (e: SecurityPolicyViolationEvent) =>
    violations.push(`${e.violatedDirective}: ${e.sample || e.blockedURI}`);

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', record);
  });
  after(() => document.removeEventListener('securitypolicyviolation', record));
  beforeEach(resetHash);
  afterEach(resetHash);

  it('renders progress bars and the timeline chart without inline style attributes', async () => {
    const el = await kosovo('en', 'no-url-state');
    q<HTMLButtonElement>(el, '[part~="view-button"]:nth-child(2)').click();
    await timelineShown(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations).to.deep.equal([]);
    const bars = qa(el, '.chart__bar');
    expect(bars.length).to.be.greaterThan(0);
    expect(bars.every((bar) => bar.style.getPropertyValue('grid-column') !== '')).to.be.true;
  });

  it('sets each progress bar width from its value', async () => {
    const el = await kosovo('en', 'no-url-state');
    const bar = q(el, '[data-number="5"] [part~="progress"]');
    const fill = bar.querySelector<HTMLElement>('.progress__bar')!;
    expect(fill.style.getPropertyValue('inline-size')).to.equal(`${bar.getAttribute('aria-valuenow')}%`);
    expect(violations).to.deep.equal([]);
  });
});
