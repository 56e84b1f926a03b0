import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import { createClient, PublicationChecklistSchema } from '@hapur/sdk';
import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HapurErrorEvent } from '../../../events/error.js';
import { runLocalizationContract, shadowText } from '../../../internal/test/localization-contract.js';
import {
  API,
  fakeChecklistApi,
  albanianAndEnglish,
  loadExampleData,
  settled,
  until,
  withoutChecks,
  type ExampleData,
  type FakeApi,
} from './fake-api.js';
import '../publication-checklist.define.js';
import type { HapurPublicationChecklist } from '../publication-checklist.js';
import { runColorModesContract } from '../../../internal/test/color-modes-contract.js';
import { restoreOnline, setOnline } from '../../../internal/test/offline.js';
import { emulateForcedColors, systemColor } from '../../../internal/test/forced-colors.js';

/** `rgb(r, g, b)` → [r, g, b]; the share of `front` over `back`; WCAG's contrast ratio of two colours. */
const rgb = (color: string) =>
  color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
const blend = (front: number[], back: number[], share: number) =>
  front.map((c, i) => c * share + back[i]! * (1 - share));
function contrast(a: number[], b: number[]): number {
  const luminance = (color: number[]) =>
    color
      .map((c) => c / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

let data: ExampleData;
before(async () => {
  data = await loadExampleData();
});

async function checklist(
  options: {
    lang?: string;
    period?: string;
    api?: FakeApi;
    institution?: string;
    pending?: boolean;
    /** The block's width (its container's): the matrix is a table from 68rem, cards below. */
    width?: string;
  } = {},
): Promise<HapurPublicationChecklist> {
  const api = options.api ?? fakeChecklistApi(data);
  const client = createClient({ baseUrl: `${location.origin}${API}`, fetch: api.fetch, retry: 0 });
  const root = await fixture(
    html`<div lang=${options.lang ?? 'en'} style=${ifDefined(options.width && `inline-size: ${options.width}`)}>
      <hapur-publication-checklist
        institution=${options.institution ?? 'xk-mf'}
        period=${ifDefined(options.period)}
        .client=${client}
      ></hapur-publication-checklist>
    </div>`,
  );
  const el = root.querySelector('hapur-publication-checklist')!;
  if (!options.pending) await settled(el);
  return el;
}

const $ = (el: HapurPublicationChecklist, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HapurPublicationChecklist, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cells = (row: Element) => [...row.children].map(text);
/** The rows of the table whose caption starts with `caption`, as text cells (header row included). */
function tableRows(el: HapurPublicationChecklist, caption: string): string[][] {
  const table = $$(el, 'table').find((t) => text(t.querySelector('caption')).startsWith(caption));
  if (!table) throw new Error(`no table "${caption}"`);
  return [...table.querySelectorAll('tr')].map(cells);
}

describe('<hapur-publication-checklist>', () => {
  describe('public matrix', () => {
    it('shows the 14 requirements of Q1 2026 as a captioned table with row and column headers', async () => {
      const el = await checklist({ period: '2026-Q1' });
      const table = $(el, 'table[part="matrix"]')!;
      expect(text(table.querySelector('caption'))).to.equal('Publication checks for Ministry of Finance, Q1 2026');
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      expect(cells(table.querySelector('thead tr')!)).to.deep.equal([
        'Requirement',
        'Verdict',
        'Published',
        'Complete',
        'On time',
        'Accessible format',
        'In Albanian',
        'In Serbian',
        'In English',
        'Notes and corrective action',
      ]);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(14);
      expect(rows.every((r) => r.firstElementChild!.matches('th[scope="row"]'))).to.equal(true);
    });

    it('has a column for each language the requirements ask for: another country’s programme, Albanian and English', async () => {
      const programme = albanianAndEnglish(data);
      const el = await checklist({ period: '2026-Q1', api: fakeChecklistApi(programme) });
      const header = cells($(el, 'table[part="matrix"] thead tr')!);
      expect(header.filter((h) => h.startsWith('In '))).to.deep.equal(['In Albanian', 'In English']);
      expect(tableRows(el, 'Requirements met, by language').map((r) => r[0])).to.deep.equal([
        'Language',
        'Albanian',
        'English',
      ]);
      // The cards (a narrow block) ask the same.
      const narrow = await checklist({ period: '2026-Q1', api: fakeChecklistApi(programme), width: '22rem' });
      const terms = $$(narrow, '.card dt').map(text);
      expect(terms.filter((t) => t.startsWith('In '))).to.deep.equal(
        data.requirements.flatMap(() => ['In Albanian', 'In English']),
      );
    });

    it('gives each requirement its verdict first, frequency, verdicts in words, links and the monitor notes', async () => {
      const el = await checklist({ period: '2026-Q1' });
      const row = $$(el, 'tbody tr')[0]!;
      const [req, overall, published, complete, timely, accessible, sq, sr, en, notes] = cells(row);
      expect(req)
        .to.contain('Organisational structure, functions and duties')
        .and.contain('Organisation · XK-06/L-081-MF-01');
      expect(req).to.contain('Frequency: When it changes');
      expect(published).to.match(/^✓ Yes Open the document/);
      expect([complete, timely, accessible]).to.deep.equal(['✓ Yes', '✓ Yes', '✓ Yes']);
      expect(sq).to.contain('Yes');
      expect(sr).to.contain('◐ Partly');
      expect(en).to.equal('✗ No');
      expect(overall).to.equal('◐ Partly compliant');
      expect(notes)
        .to.contain("Monitor's notes: The published version is not the latest.")
        .and.contain('Corrective action: Replace the old version')
        .and.contain('Responsible unit: Public communication office');
      const link = row.querySelector<HTMLAnchorElement>('td a')!;
      expect(link.href).to.equal(
        'https://example.org/ministria-e-financave/transparenca/organisational-structure-functions-and-duties',
      );
      expect(link.getAttribute('aria-label')).to.equal(
        'Open the document: Organisational structure, functions and duties',
      );
      // Icons are shapes for sighted readers; screen readers get the word only.
      expect(
        [...row.querySelectorAll('.verdict__icon')].every((i) => i.getAttribute('aria-hidden') === 'true'),
      ).to.equal(true);
    });

    it('says the legal basis and "provisional" that every requirement shares once, above the matrix, not in each row', async () => {
      const el = await checklist({ period: '2026-Q1' });
      const note = text($(el, '[part="shared-facts"]'));
      expect(note).to.equal(
        'Legal basis of every requirement: Law on Access to Public Documents (06/L-081). Provisional: the legal text is not verified.',
      );
      const rows = $$(el, 'table[part="matrix"] tbody tr, .card');
      expect(rows).to.have.length(28);
      expect(rows.filter((r) => /Legal basis|Provisional|Law on Access/.test(text(r)))).to.deep.equal([]);
      // A requirement resting on another law keeps its own legal basis, and then no law is said once.
      const other = fakeChecklistApi({
        ...data,
        requirements: data.requirements.map((r, i) =>
          i === 0
            ? {
                ...r,
                provisional: false,
                legalBasis: [{ ...r.legalBasis[0]!, number: 'Ligji Nr. 08/L-001', article: 'Neni 5' }],
              }
            : r,
        ),
      });
      const mixed = await checklist({ period: '2026-Q1', api: other });
      expect($(mixed, '[part="shared-facts"]')).to.equal(null);
      const first = text($$(mixed, 'tbody tr')[0]);
      expect(first).to.contain('Legal basis: Law on Access to Public Documents (Ligji Nr. 08/L-001), Neni 5');
      expect(first).to.not.contain('Provisional');
      expect(text($$(mixed, 'tbody tr')[1]))
        .to.contain('Legal basis: Law on Access')
        .and.contain('Provisional');
    });

    it('links documents and laws only by https:, also from a client set as a property that skips validation', async () => {
      const real = createClient({ baseUrl: `${location.origin}${API}`, fetch: fakeChecklistApi(data).fetch, retry: 0 });
      const bad = 'javascript:window.hapurHacked=1';
      const client = {
        listPublicationPeriods: real.listPublicationPeriods.bind(real),
        getPublicationChecklist: async (...args: Parameters<typeof real.getPublicationChecklist>) => {
          const list = await real.getPublicationChecklist(...args);
          return {
            ...list,
            requirements: list.requirements.map((r) => ({
              ...r,
              legalBasis: r.legalBasis.map((l) => ({ ...l, url: bad })),
            })),
            checks: list.checks.map((c) => ({ ...c, url: bad })),
          };
        },
      } as unknown as typeof real;
      const root = await fixture(
        html`<div lang="en">
          <hapur-publication-checklist
            institution="xk-mf"
            period="2026-Q1"
            .client=${client}
          ></hapur-publication-checklist>
        </div>`,
      );
      const el = root.querySelector('hapur-publication-checklist')!;
      await settled(el);
      expect(text($(el, '[part="shared-facts"]'))).to.contain('Law on Access to Public Documents');
      const hrefs = $$(el, 'a[href]').map((a) => (a as HTMLAnchorElement).href);
      expect(hrefs.filter((href) => href.startsWith('javascript:'))).to.deep.equal([]);
    });

    for (const lang of ['sq', 'sr-Latn', 'en']) {
      it(`fits a 360 px phone without scrolling the page sideways (${lang})`, async () => {
        const root = await fixture(
          html`<div lang=${lang} style="inline-size: 360px">
            <hapur-publication-checklist
              institution="xk-mf"
              period="2026-Q1"
              .client=${createClient({
                baseUrl: `${location.origin}${API}`,
                fetch: fakeChecklistApi(data).fetch,
                retry: 0,
              })}
            ></hapur-publication-checklist>
          </div>`,
        );
        const el = root.querySelector('hapur-publication-checklist')!;
        await settled(el);
        const base = $(el, '[part="base"]')!;
        const wide = $$(el, '*')
          .filter((n) => n.getBoundingClientRect().right > base.getBoundingClientRect().right + 1)
          .map((n) => `${n.tagName}.${n.className}`);
        expect(base.scrollWidth, `wider than the phone: ${wide.slice(0, 6).join(' ')}`).to.be.at.most(
          base.clientWidth + 1,
        );
        // Wide tables scroll inside their own labelled, focusable box instead.
        for (const table of $$(el, 'table')) {
          const box = table.closest('[role="region"]');
          expect(box, text(table.querySelector('caption'))).to.not.equal(null);
          expect(box!.getAttribute('tabindex')).to.equal('0');
        }
      });
    }

    // 68rem (1,088 px): the narrowest block that shows the matrix, chosen so Serbian Cyrillic's words, the widest of
    // the six languages, fit it; at 62rem its notes column was cut off at the box's edge.
    for (const lang of ['sr-Cyrl', 'sr-Latn', 'sq', 'en', 'tr', 'bs'])
      for (const period of ['2026-Q1', '2026-Q2'])
        it(`fits the wide matrix, notes column included, in its box at the narrowest width that shows it (${lang}, ${period})`, async () => {
          const el = await checklist({ lang, period, width: '1088px' });
          const box = $(el, '.matrix-wrap')!;
          expect(getComputedStyle(box).display).to.equal('block');
          expect($(el, 'table[part="matrix"]')!.getBoundingClientRect().width).to.be.at.most(box.clientWidth + 1);
          const notes = $(el, 'thead th:last-child')!.getBoundingClientRect();
          expect(notes.right).to.be.at.most(box.getBoundingClientRect().right + 1);
        });

    it('shows the cards, not the matrix, in a block narrower than 68rem', async () => {
      const el = await checklist({ lang: 'sr-Cyrl', period: '2026-Q1', width: '1072px' });
      expect(getComputedStyle($(el, '.matrix-wrap')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.cards')!).display).to.not.equal('none');
    });

    it('opens on the latest quarter with data and compares it with the one before', async () => {
      const api = fakeChecklistApi(data);
      const el = await checklist({ api });
      expect(api.calls).to.deep.equal([
        'GET /api/v1/publication-checklists/xk-mf/periods',
        'GET /api/v1/publication-checklists/xk-mf?period=2026-Q3',
        'GET /api/v1/publication-checklists/xk-mf?period=2026-Q2',
      ]);
      expect(text($(el, '[role="heading"]'))).to.equal('Proactive publication: Ministry of Finance, Q3 2026');
      expect(($(el, '#period') as HTMLSelectElement).value).to.equal('2026-Q3');
    });

    it('filters to gaps only and says how many requirements are shown', async () => {
      const el = await checklist({ period: '2026-Q1' });
      ($(el, '#gaps') as HTMLInputElement).click();
      await el.updateComplete;
      expect($$(el, 'tbody tr[class], table[part="matrix"] tbody tr')).to.have.length(12);
      expect(text($(el, '.count'))).to.equal('Showing 12 of 14 requirements.');
      expect($$(el, 'table[part="matrix"] tbody tr').some((r) => cells(r)[1] === '✓ Compliant')).to.equal(false);
    });

    it('switches quarter from the picker', async () => {
      const el = await checklist({ period: '2026-Q1' });
      const select = $(el, '#period') as HTMLSelectElement;
      expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Q1 2026', 'Q2 2026', 'Q3 2026']);
      select.value = '2026-Q3';
      select.dispatchEvent(new Event('change'));
      await until(el, () => text($(el, 'caption')).includes('Q3'));
      expect(text($(el, 'caption'))).to.contain('Q3 2026');
    });
  });

  describe('changing quarter', () => {
    /** An API whose answers wait for `hold` and fail while `offline` holds, as a dropped line does. */
    function line() {
      const api = fakeChecklistApi(data);
      const real = api.fetch;
      const state = { hold: Promise.resolve(), offline: false };
      api.fetch = async (input, init) => {
        await state.hold;
        if (state.offline) throw new TypeError('Failed to fetch');
        return real(input, init);
      };
      return { api, state };
    }
    afterEach(restoreOnline);

    it('keeps the picker on screen, with focus, while the next quarter loads (ArrowUp)', async () => {
      const { api, state } = line();
      const el = await checklist({ api, period: '2026-Q2' });
      const select = $(el, '#period') as HTMLSelectElement;
      select.focus();
      let release: () => void = () => undefined;
      state.hold = new Promise((resolve) => (release = resolve));
      await sendKeys({ press: 'ArrowUp' });
      await until(el, () => text($(el, '.count')) === 'Loading…');
      // The quarter shown stays, marked busy, under the picker that still has focus.
      expect(el.shadowRoot!.activeElement).to.equal(select);
      expect(select.value).to.equal('2026-Q1');
      expect(text($(el, 'caption'))).to.contain('Q2 2026');
      expect($(el, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      release();
      await until(el, () => text($(el, 'caption')).includes('Q1 2026'));
      expect(el.shadowRoot!.activeElement).to.equal(select);
      expect(select.isConnected).to.equal(true);
      expect(text($(el, '.count'))).to.equal('Showing 14 of 14 requirements.');
    });

    it('keeps the quarter shown when another cannot load offline, says so, and loads it back online', async () => {
      const { api, state } = line();
      const el = await checklist({ api, period: '2026-Q2' });
      const select = $(el, '#period') as HTMLSelectElement;
      select.focus();
      state.offline = true;
      setOnline(false);
      select.value = '2026-Q1';
      select.dispatchEvent(new Event('change'));
      await until(el, () => $(el, '[role="alert"]') !== null);
      expect(text($(el, '[role="alert"] p'))).to.equal(
        'Q1 2026 could not be loaded. The connection failed. Check that you are online and try again.',
      );
      expect(text($(el, 'caption'))).to.contain('Q2 2026');
      expect(el.shadowRoot!.activeElement).to.equal(select);
      await expect(el).to.be.accessible();
      // Trying again while still offline says so again; the quarter shown stays.
      $(el, '[role="alert"] button')!.click();
      await until(el, () => $(el, '[role="alert"]') !== null && !el.hasState('loading'));
      expect(text($(el, 'caption'))).to.contain('Q2 2026');
      // Back online, the chosen quarter loads by itself.
      state.offline = false;
      setOnline(true);
      window.dispatchEvent(new Event('online'));
      await until(el, () => text($(el, 'caption')).includes('Q1 2026'));
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(select.value).to.equal('2026-Q1');
    });

    it("says which quarter failed in the reader's language, with a retry that loads it", async () => {
      const { api, state } = line();
      const el = await checklist({ api, period: '2026-Q2', lang: 'sq' });
      state.offline = true;
      const select = $(el, '#period') as HTMLSelectElement;
      select.value = '2026-Q3';
      select.dispatchEvent(new Event('change'));
      await until(el, () => $(el, '[role="alert"]') !== null);
      expect(text($(el, '[role="alert"] p'))).to.match(/^Tremujori 3, 2026 nuk mund të ngarkohej\. \S/);
      expect(text($(el, '[role="alert"] button'))).to.equal('Provo përsëri');
      state.offline = false;
      $(el, '[role="alert"] button')!.click();
      await until(el, () => text($(el, 'caption')).includes('Tremujori 3, 2026'));
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    // Before: the retry button went away with the alert and focus fell to <body> (ministry checklist page, tr,
    // 320 px): the next Tab started at the top of the page.
    it('keeps keyboard focus in the block when the retry of a quarter loads it', async () => {
      const { api, state } = line();
      const el = await checklist({ api, period: '2026-Q2' });
      state.offline = true;
      const select = $(el, '#period') as HTMLSelectElement;
      select.value = '2026-Q3';
      select.dispatchEvent(new Event('change'));
      await until(el, () => $(el, '[role="alert"]') !== null);
      state.offline = false;
      $(el, '[role="alert"] button')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(el, () => text($(el, 'caption')).includes('Q3 2026'));
      await until(el, () => el.shadowRoot!.activeElement !== null);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="base"]'));
    });
  });

  describe('summary', () => {
    it('computes the Q1 figures: met / partly / not met by criterion and by language, as hand-counted', async () => {
      const el = await checklist({ period: '2026-Q1' });
      expect(text($(el, '.lead'))).to.equal('2 of 14 requirements are fully met (14%).');
      const criteria = tableRows(el, 'Requirements met, by criterion');
      expect(criteria[0]).to.deep.equal(['Criterion', 'Met', 'Partly', 'Not met', 'Share met']);
      expect(criteria.find((r) => r[0] === 'Published')).to.deep.equal(['Published', '9', '1', '4', '64%']);
      expect(tableRows(el, 'Requirements met, by language').slice(1)).to.deep.equal([
        ['Albanian', '10', '0', '4', '71%'],
        ['Serbian', '4', '3', '7', '29%'],
        ['English', '2', '0', '12', '14%'],
      ]);
    });

    it('shows the trend across quarters as a table beside a decorative chart', async () => {
      const el = await checklist({ period: '2026-Q2' });
      expect(tableRows(el, 'Verdicts by quarter')).to.deep.equal([
        ['Quarter', 'Compliant', 'Partly compliant', 'Not compliant', 'Share compliant'],
        ['Q1 2026', '2', '8', '4', '14%'],
        ['Q2 2026', '5', '7', '2', '36%'],
        ['Q3 2026', '10', '4', '0', '71%'],
      ]);
      expect($(el, 'svg[part="trend-chart"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect($$(el, 'svg rect')).to.have.length(3);
      expect(text($(el, 'tr[aria-current] th'))).to.equal('Q2 2026');
    });

    it('draws the trend bars as SVG marks with a real size, taller for a larger share', async () => {
      const el = await checklist({ period: '2026-Q2' });
      const bars = $$(el, 'svg[part="trend-chart"] rect') as unknown as SVGRectElement[];
      expect(bars.every((b) => b instanceof SVGRectElement)).to.equal(true);
      const boxes = bars.map((b) => b.getBoundingClientRect());
      expect(boxes.every((b) => b.width > 0 && b.height > 0)).to.equal(true);
      // 14%, 36%, 71% compliant: each bar is taller than the one before.
      expect(boxes[0]!.height).to.be.below(boxes[1]!.height);
      expect(boxes[1]!.height).to.be.below(boxes[2]!.height);
      const labels = $$(el, 'svg[part="trend-chart"] text') as unknown as SVGTextElement[];
      expect(labels.map((l) => l.getBBox().width > 0)).to.deep.equal([true, true, true]);
    });

    it('draws the other quarters’ bars at 3:1 or more against the ministry page’s grey', async () => {
      document.body.style.setProperty('background', '#f7f8fa');
      try {
        const el = await checklist({ period: '2026-Q2' });
        const others = $$(el, 'svg[part="trend-chart"] rect:not(.bar--current)');
        expect(others).to.have.length(2);
        for (const bar of others) {
          const style = getComputedStyle(bar);
          const seen = blend(rgb(style.fill), rgb('rgb(247, 248, 250)'), Number(style.opacity));
          expect(contrast(seen, rgb('rgb(247, 248, 250)'))).to.be.at.least(3);
        }
      } finally {
        document.body.style.removeProperty('background');
      }
    });

    it('sets the current quarter’s bar apart from the others in forced colours too', async () => {
      await emulateForcedColors(true);
      try {
        const el = await checklist({ period: '2026-Q2' });
        const look = (bar: Element) => {
          const style = getComputedStyle(bar);
          return { fill: style.fill, stroke: style.stroke, opacity: style.opacity };
        };
        const [first, current, last] = $$(el, 'svg[part="trend-chart"] rect').map(look);
        expect(current).to.not.deep.equal(first);
        expect(last).to.deep.equal(first);
        // Every bar is still drawn in the reader's text colour, on its own or as an outline.
        for (const bar of [first!, current!]) expect([bar.fill, bar.stroke]).to.include(systemColor('CanvasText'));
      } finally {
        await emulateForcedColors(false);
      }
    });

    for (const [lang, labels] of [
      ['en', ['Q1', 'Q2', 'Q3']],
      ['sq', ['T1', 'T2', 'T3']],
      ['sr-Latn', ['1. kv.', '2. kv.', '3. kv.']],
      ['sr-Cyrl', ['1. кв.', '2. кв.', '3. кв.']],
      ['tr', ['Ç1', 'Ç2', 'Ç3']],
      ['bs', ['K1', 'K2', 'K3']],
    ] as const) {
      it(`labels the trend bars with the quarter in ${lang}, each within its bar's slot`, async () => {
        const el = await checklist({ period: '2026-Q2', lang });
        const marks = $$(el, 'svg[part="trend-chart"] text') as unknown as SVGTextElement[];
        expect(marks.map((l) => l.textContent)).to.deep.equal(labels);
        // 40 units per quarter in the chart's viewBox.
        expect(marks.every((l) => l.getBBox().width <= 40)).to.equal(true);
      });
    }

    it('says what changed since the previous quarter', async () => {
      const el = await checklist({ period: '2026-Q2' });
      const whole = shadowText(el);
      expect(whole).to.contain('What changed since Q1 2026').and.contain('Share compliant: 14% → 36%.');
      const items = $$(el, '[part="changes"] li').map((li) => text(li));
      expect(items).to.have.length(5);
      expect(items[2]).to.equal(
        'Improved — Officials’ salaries and salary structure: ✗ Not compliant → ◐ Partly compliant',
      );
      expect(items.every((i) => i.startsWith('Improved'))).to.equal(true);
      const first = await checklist({ period: '2026-Q1' });
      expect(shadowText(first)).to.contain('There is no earlier quarter to compare with.');
    });
  });

  describe('export', () => {
    /** What a download button hands to the browser: the file's name and its text (read from the Blob made). */
    async function download(
      el: HapurPublicationChecklist,
      button: HTMLElement,
    ): Promise<{ download: string; text: string }> {
      const blobs = new Map<string, Blob>();
      const files: { download: string; blob: Blob }[] = [];
      const { createObjectURL } = URL;
      const { click } = HTMLAnchorElement.prototype;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        const url = `blob:${location.origin}/${blobs.size}`;
        blobs.set(url, blob as Blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        files.push({ download: this.download, blob: blobs.get(this.href)! });
      };
      try {
        button.click();
        // The export code loads on the first press (a chunk of its own), then the file goes to the browser.
        await until(el, () => files.length > 0);
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      return { download: files[0]!.download, text: await files[0]!.blob.text() };
    }

    it('offers the quarter as CSV and JSON downloads built from the shown data', async () => {
      const el = await checklist({ period: '2026-Q2' });
      const [csvButton, jsonButton] = $$(el, '.downloads [part="download-button"]');
      const csv = await download(el, csvButton!);
      expect(csv.download).to.equal('publication-checklist-xk-mf-2026-Q2.csv');
      const csvText = csv.text;
      expect(csvText.trim().split('\r\n')).to.have.length(15);
      const json = await download(el, jsonButton!);
      expect(json.download).to.equal('publication-checklist-xk-mf-2026-Q2.json');
      const parsed = PublicationChecklistSchema.parse(JSON.parse(json.text));
      expect(parsed.period).to.equal('2026-Q2');
      expect(parsed.summary.overall.non_compliant).to.equal(2);
    });
  });

  describe('states', () => {
    it('says so when an institution has no checks yet', async () => {
      const el = await checklist({ api: fakeChecklistApi(withoutChecks(data)) });
      expect(el.hasState('empty')).to.equal(true);
      expect(shadowText(el)).to.equal('No publication checks have been recorded for this institution yet.');
      await expect(el).to.be.accessible();
    });

    it('explains an unknown institution in words and fires hapur-error', async () => {
      const errors: HapurErrorEvent[] = [];
      document.addEventListener('hapur-error', (e) => errors.push(e), { once: true });
      const el = await checklist({ institution: 'xk-nope', lang: 'sq' });
      expect(el.hasState('error')).to.equal(true);
      expect((errors[0]!.detail.error as Error).name).to.equal('NotFoundError');
      expect(shadowText(el)).to.not.contain('/api/v1');
      await expect(el).to.be.accessible();
    });

    it('announces loading politely', async () => {
      const slow = fakeChecklistApi(data);
      const fetch = slow.fetch;
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      slow.fetch = async (input, init) => {
        await gate;
        return fetch(input, init);
      };
      const el = await checklist({ api: slow, pending: true });
      await until(el, () => $(el, '[role="status"]') !== null);
      expect(el.hasState('loading')).to.equal(true);
      expect(text($(el, '[role="status"]'))).to.equal('Loading…');
      await expect(el).to.be.accessible();
      release();
      await settled(el);
      expect(el.hasState('loading')).to.equal(false);
    });
  });

  describe('languages and accessibility', () => {
    for (const [lang, caption, published] of [
      ['sq', 'Kontrollet e publikimit për Ministria e Financave, Tremujori 1, 2026', 'Publikuar'],
      ['sr-Latn', 'Provere objavljivanja za Ministarstvo finansija, 1. kvartal 2026.', 'Objavljeno'],
      ['en', 'Publication checks for Ministry of Finance, Q1 2026', 'Published'],
    ] as const) {
      for (const [width, layout] of [
        ['360px', 'cards'],
        ['1100px', 'a table'],
      ] as const)
        it(`renders in ${lang} with no axe violations, as ${layout} at ${width}`, async () => {
          const el = await checklist({ lang, period: '2026-Q1', width });
          const shown = layout === 'cards' ? ['.cards', '.matrix-wrap'] : ['.matrix-wrap', '.cards'];
          expect(shown.map((s) => $(el, s)!.checkVisibility())).to.deep.equal([true, false]);
          expect(text($(el, 'caption'))).to.equal(caption);
          expect(text($$(el, 'thead th')[2])).to.equal(published);
          expect(text($(el, '.cards [role="heading"]'))).to.equal(caption);
          expect($$(el, '.card dt').map(text).slice(0, 1)).to.deep.equal([published]);
          expect(shadowText(el)).to.not.match(/undefined|\[object|NaN/);
          await expect(el).to.be.accessible();
          ($(el, '#gaps') as HTMLInputElement).click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
    }

    it('re-renders when an ancestor changes language', async () => {
      const el = await checklist({ period: '2026-Q1' });
      el.parentElement!.setAttribute('lang', 'sr-Latn');
      await until(el, () => text($(el, '.lead')).startsWith('Potpuno'));
      expect(text($(el, '.lead'))).to.equal('Potpuno je ispunjeno 2 od 14 zahteva (14%).');
    });

    it('keeps its headings at valid levels whatever heading-level says (a word, 0, -3, 9)', async () => {
      const el = await checklist({ period: '2026-Q1' });
      const levels = () => $$(el, '[role="heading"]').map((h) => Number(h.getAttribute('aria-level')));
      for (const [value, title] of [
        ['two', 2],
        ['0', 2],
        ['-3', 1],
        ['9', 5],
      ] as const) {
        el.setAttribute('heading-level', value);
        await el.updateComplete;
        expect(levels()[0], value).to.equal(title);
        expect(
          levels().every((l) => l >= 1 && l <= 6),
          value,
        ).to.equal(true);
      }
    });

    it('exposes the heading, controls, the matrix region and named document links', async function () {
      await checklist({ period: '2026-Q1' });
      // Whole-page snapshot: rooted at the host, Chromium returns only its first interesting descendant.
      const snapshot = (await a11ySnapshot({}).catch((error: Error) => {
        if (/Unknown command a11y-snapshot/.test(error.message)) this.skip();
        throw error;
      })) as unknown as { role: string; name: string; children: never[] };
      const found = (role: string, name: string) =>
        findAccessibilityNode<{ role: string; name: string }>(snapshot, (n) => n.role === role && n.name === name);
      // Chromium's "interesting only" tree leaves out table roles: the scrollable region carries the caption's name.
      expect(found('region', 'Publication checks for Ministry of Finance, Q1 2026')).to.not.equal(null);
      expect(found('link', 'Open the document: Organisational structure, functions and duties (Serbian)')).to.not.equal(
        null,
      );
      expect(found('heading', 'Proactive publication: Ministry of Finance, Q1 2026')).to.not.equal(null);
      expect(found('checkbox', 'Show only gaps (requirements not fully met)')).to.not.equal(null);
      expect(found('combobox', 'Quarter')).to.not.equal(null);
    });

    it('works with the keyboard alone: the quarter picker, the gaps filter, the table (wide)', async () => {
      const el = await checklist({ period: '2026-Q1', width: '1100px' });
      ($(el, '#period') as HTMLSelectElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.id).to.equal('gaps');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(text($(el, '.count'))).to.equal('Showing 12 of 14 requirements.');
      await sendKeys({ press: 'Tab' });
      expect(text(el.shadowRoot!.activeElement)).to.equal('Download CSV');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.matches('.table-wrap[role="region"]')).to.equal(true);
    });

    it('works with the keyboard alone as cards (narrow): from the downloads to each document link, in reading order', async () => {
      const el = await checklist({ period: '2026-Q1', width: '360px' });
      const json = $$(el, '.downloads button')[1]!;
      json.focus();
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement!;
      expect(active.closest('.card')).to.equal($(el, '.card'));
      expect(active.getAttribute('aria-label')).to.equal(
        'Open the document: Organisational structure, functions and duties',
      );
      // The hidden table takes no Tab stop.
      expect($(el, '.matrix-wrap')!.checkVisibility()).to.equal(false);
    });
  });
  runColorModesContract('hapur-publication-checklist', () => checklist());
});

runLocalizationContract('hapur-publication-checklist', () => checklist());
