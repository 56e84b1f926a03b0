// Browser half of the service-card benchmark (bundled by service-info.bench.ts). In one page, N cards
// rendered from inline JSON (connected → first complete render, i.e. `hapur-load`) against the same
// finished markup inserted with plain innerHTML into shadow roots with the same styles. Prints, never asserts.
import { HapurServiceInfo } from '../../packages/elements/src/components/service-info/service-info.js';
import services from '../../packages/sdk/data/examples/services.json' with { type: 'json' };

if (!customElements.get('hapur-service-info')) customElements.define('hapur-service-info', HapurServiceInfo);

const CARDS = 20;
const RUNS = 9;
const service = (services as { services: { id: string }[] }).services.find((s) => s.id === 'example-building-permit')!;
const json = JSON.stringify(service);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function renderCards(host: HTMLElement): Promise<number> {
  const loaded: Promise<unknown>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < CARDS; i++) {
    const card = document.createElement('hapur-service-info');
    card.setAttribute('no-jsonld', '');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    card.append(script);
    loaded.push(new Promise((resolve) => card.addEventListener('hapur-load', resolve, { once: true })));
    host.append(card);
  }
  await Promise.all(loaded);
  return performance.now() - t0;
}

function plainCards(host: HTMLElement, markup: string, sheets: CSSStyleSheet[]): number {
  const t0 = performance.now();
  for (let i = 0; i < CARDS; i++) {
    const div = document.createElement('div');
    const root = div.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.innerHTML = markup;
    host.append(div);
  }
  // Force style and layout, as the custom element's render is measured after it is in the document.
  void host.offsetHeight;
  return performance.now() - t0;
}

(window as unknown as { benchRun: () => Promise<Record<string, number>> }).benchRun = async () => {
  const warm = document.createElement('div');
  document.body.append(warm);
  await renderCards(warm);
  const first = warm.querySelector('hapur-service-info')!;
  const markup = first.shadowRoot!.innerHTML;
  const sheets = HapurServiceInfo.elementStyles
    .map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet))
    .filter((s): s is CSSStyleSheet => Boolean(s));
  warm.remove();
  const element: number[] = [];
  const plain: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const a = document.createElement('div');
    document.body.append(a);
    const tElement = await renderCards(a);
    void a.offsetHeight;
    element.push(tElement);
    a.remove();
    await frame();
    const b = document.createElement('div');
    document.body.append(b);
    plain.push(plainCards(b, markup, sheets));
    b.remove();
    await frame();
  }
  const e = median(element);
  const p = median(plain);
  return { cards: CARDS, runs: RUNS, elementMs: e, plainMs: p, ratio: e / p };
};
