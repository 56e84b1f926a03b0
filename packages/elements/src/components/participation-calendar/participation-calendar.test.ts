import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../internal/test/shadow.js';
import { ServerError } from '@hapur/sdk';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { cocreationFixture, fixtureClient, type CocreationFixture } from '../../internal/test/fixtures/cocreation.js';
import { runLocalizationContract, settled, shadowText } from '../../internal/test/localization-contract.js';
import { runTokenContract } from '../../internal/test/token-contract.js';
import { runColorModesContract } from '../../internal/test/color-modes-contract.js';
import { emulateForcedColors, systemColor } from '../../internal/test/forced-colors.js';
import './participation-calendar.define.js';
import { HapurParticipationCalendar } from './participation-calendar.js';
import ownStyles from './participation-calendar.styles.js';
import { calendarStrings } from './participation-calendar.translations.js';
import { initialMonth, monthGrid, shiftMonth } from './participation-calendar.model.js';

failOnConsole();

const XK = 'xk-ogp-2026-2030';
let data: CocreationFixture;
before(async () => {
  data = await cocreationFixture();
});

async function view(lang = 'en', extra: Partial<HapurParticipationCalendar> = {}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <hapur-participation-calendar
        today="2027-01-21"
        feedback-href="feedback.html?topic={topic}"
        .client=${fixtureClient({ listOpportunities: async () => data.list })}
      ></hapur-participation-calendar>
    </div>`,
  );
  const el = wrapper.querySelector('hapur-participation-calendar')!;
  Object.assign(el, extra);
  await settled(el);
  return el;
}
const $ = (el: HTMLElement, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: HTMLElement, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const item = (el: HTMLElement, id: string) => $(el, `[aria-labelledby="title-${id}"]`)!;

describe('<hapur-participation-calendar>', () => {
  describe('list view (the default)', () => {
    it('puts open and upcoming first, then past and cancelled ones', async () => {
      const el = await view();
      const groups = $$(el, 'ul.items').map((ul) =>
        [...ul.querySelectorAll('[part="item"]')].map((a) => a.id || a.getAttribute('aria-labelledby')),
      );
      expect(groups).to.deep.equal([
        [`title-${XK}-demo-comment-period`, `title-${XK}-demo-hearing`],
        [
          'title-al-ogp-2018-2020-coordinators-workshop',
          `title-${XK}-amshc-meeting`,
          `title-${XK}-training`,
          `title-${XK}-demo-public-call`,
        ],
      ]);
    });

    it('shows the days left to give input, and "last day" on the deadline', async () => {
      const el = await view();
      expect(item(el, `${XK}-demo-comment-period`).querySelector('[part="deadline"]')!.textContent).to.contain(
        '10 days left to give input',
      );
      const lastDay = await view('en', { today: '2027-01-31' });
      expect(item(lastDay, `${XK}-demo-comment-period`).textContent).to.contain('Today is the last day to give input');
    });

    it('says a date is not yet announced, and offers no calendar file for it', async () => {
      const el = await view();
      const training = item(el, `${XK}-training`);
      expect(training.textContent).to.contain('Date not yet announced');
      expect(training.querySelector('[part="calendar-link"]')).to.equal(null);
    });

    it('shows a timed event in its own zone, and a past one with its report', async () => {
      const el = await view();
      // The zone by its name in the reader's language, never its IANA id (a city, in Latin letters).
      expect(item(el, `${XK}-demo-hearing`).textContent).to.contain('2027, 10:00–12:00 (Central European Time)');
      // Albanian and Bosnian: Chromium has no zone names in them, so the offset, not English; a browser that has them
      // may name the zone.
      for (const [lang, zone] of [
        ['sq', /10:00–12:00 \((GMT\+1|Ora e Evropës Qendrore)\)/],
        ['bs', /10:00–12:00 \((GMT\+1|Centralnoevropsko vrijeme)\)/],
        ['sr-Cyrl', /10:00–12:00 \(Средњеевропско време\)/],
        ['tr', /10:00–12:00 \(Orta Avrupa Saati\)/],
      ] as const) {
        const hearing = item(await view(lang), `${XK}-demo-hearing`).textContent!;
        expect(hearing, lang).to.match(zone).and.not.contain('Europe/').and.not.contain('Central European');
      }
      const workshop = item(el, 'al-ogp-2018-2020-coordinators-workshop');
      expect(workshop.textContent)
        .to.contain('2018')
        .and.contain('Notes of the discussions of the workshop with the group of OGP coordinators')
        .and.contain('not published online');
    });

    it('links "add to my calendar" per dated event and the feed for all, in the reader’s language', async () => {
      const el = await view();
      const link = item(el, `${XK}-demo-hearing`).querySelector<HTMLAnchorElement>('[part="calendar-link"]')!;
      // The static export's files in the page's language (English here), not the default (Albanian) ones.
      expect(link.href).to.equal(
        `https://data.example.org/hapur/participation/opportunities/${XK}-demo-hearing/calendar.en.ics`,
      );
      expect(link.hasAttribute('download')).to.be.true;
      expect(link.textContent).to.contain('Add to my calendar').and.contain('Public hearing on the draft');
      expect($(el, '[part="feed-link"]')!.getAttribute('href')).to.equal(
        'https://data.example.org/hapur/participation/opportunities.en.ics',
      );
    });

    it('links an open comment period to the feedback form with that consultation as its subject', async () => {
      const el = await view();
      const links = $$(el, '[part="feedback-link"]');
      expect(links).to.have.length(1);
      expect(links[0]!.getAttribute('href')).to.equal(
        `feedback.html?topic=${encodeURIComponent('Public comments on the draft Action Plan 2026–2030')}`,
      );
    });

    it('marks demonstration items and says so once above the list', async () => {
      const el = await view();
      expect($(el, '[part="demo-note"]')!.getAttribute('role')).to.equal('note');
      expect($$(el, '.badge--demo')).to.have.length(3);
    });
  });

  describe('filters', () => {
    it('filters by kind and by organiser', async () => {
      const el = await view();
      const kind = $(el, 'select[data-filter="kind"]') as HTMLSelectElement;
      kind.value = 'workshop';
      kind.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($$(el, '[part="item"]').map((a) => a.getAttribute('aria-labelledby'))).to.deep.equal([
        'title-al-ogp-2018-2020-coordinators-workshop',
      ]);
      expect(shadowText(el)).to.contain('No open or upcoming opportunities right now.');
      kind.value = '';
      kind.dispatchEvent(new Event('change'));
      const organiser = $(el, 'select[data-filter="institution"]') as HTMLSelectElement;
      organiser.value = 'xk-amshc';
      organiser.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect($$(el, '[part="item"]')).to.have.length(1);
    });
  });

  it('says how many opportunities a filter leaves, in a status region already in the page', async () => {
    const el = await view();
    const status = $(el, '[role="status"]')!;
    // A live region rendered (display) together with its first words is not read: it must be there, empty, first.
    expect(getComputedStyle(status).display).to.not.equal('none');
    expect(status.textContent!.trim()).to.equal('');
    const kind = $(el, 'select[data-filter="kind"]') as HTMLSelectElement;
    kind.value = 'workshop';
    kind.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '[role="status"]')).to.equal(status);
    expect(status.textContent!.trim()).to.equal(`Showing 1 of ${data.list.items.length}`);
  });

  describe('month view', () => {
    it('builds Monday-first weeks and opens on the first open or upcoming month', () => {
      const weeks = monthGrid(2027, 1, data.list.items);
      expect(weeks[0]![0]!.day).to.equal('2026-12-28');
      const jan20 = weeks.flat().find((c) => c.day === '2027-01-20')!;
      expect(jan20.items.map((o) => o.id)).to.deep.equal([`${XK}-demo-comment-period`, `${XK}-demo-hearing`]);
      expect(initialMonth(data.list.items, '2027-01-21')).to.deep.equal({ year: 2027, month: 1 });
      expect(shiftMonth({ year: 2027, month: 1 }, -1)).to.deep.equal({ year: 2026, month: 12 });
    });

    it('switches with the keyboard, moves between months, and lists undated ones apart', async () => {
      const el = await view();
      const monthButton = $$(el, '[part="view-button"]')[1]!;
      monthButton.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(monthButton.getAttribute('aria-pressed')).to.equal('true');
      const table = $(el, '[part="month"]') as HTMLTableElement;
      expect(table.caption!.textContent!.trim()).to.equal('January 2027');
      expect(shadowText(el)).to.contain('No date yet');
      $$(el, '[part="month-button"]')[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(($(el, '[part="month"]') as HTMLTableElement).caption!.textContent!.trim()).to.equal('February 2027');
      expect(shadowText(el)).to.contain('Nothing this month.');
      await expect(el).to.be.accessible();
    });

    it("tells a screen reader which day is today, skips the other months' days, and heads the undated ones", async () => {
      const el = await view('en', { view: 'month' });
      // today="2027-01-21": January 2027, whose grid starts on Monday 28 December.
      const cells = $$(el, '[part="month"] td');
      const today = cells.filter((td) => td.getAttribute('aria-current') === 'date');
      expect(today.map((td) => td.querySelector('.day')!.textContent)).to.deep.equal(['21']);
      const outside = cells.filter((td) => td.classList.contains('outside'));
      expect(outside).to.have.length(4);
      // "28 29 30 31 1 …" read in a row would say December's days belong to this month.
      for (const td of outside) expect(td.querySelector('.day')!.getAttribute('aria-hidden')).to.equal('true');
      const undated = $$(el, '.subheading').find((p) => p.textContent!.includes('No date yet'))!;
      expect(undated.getAttribute('role')).to.equal('heading');
      expect(undated.getAttribute('aria-level')).to.equal('3');
    });

    it('gives a screen reader no empty list in the days a long opportunity only continues through', async () => {
      const el = await view('en', { view: 'month' });
      const lists = $$(el, '[part="month"] td ul');
      expect(lists.length).to.be.greaterThan(2);
      // A list whose items are all hidden is read as "list, 0 items" in each of those days.
      const empty = lists.filter(
        (ul) => ul.getAttribute('aria-hidden') !== 'true' && !ul.querySelector('li:not([aria-hidden="true"])'),
      );
      expect(empty).to.have.length(0);
    });

    it("keeps the other months' days apart from this month's in forced colours (no fills there)", async () => {
      const el = await view('en', { view: 'month' });
      await emulateForcedColors(true);
      try {
        const outside = $(el, '[part="month"] td.outside .day')!;
        const inside = $(el, '[part="month"] td:not(.outside) .day')!;
        expect(getComputedStyle(outside).color).to.equal(systemColor('GrayText'));
        expect(getComputedStyle(outside).color).to.not.equal(getComputedStyle(inside).color);
      } finally {
        await emulateForcedColors(false);
      }
    });

    it('on a phone, shows bars in the cells and lists the month under the grid with dates (sq)', async () => {
      const el = await view('sq', { view: 'month' });
      const wrapper = el.parentElement!;
      const list = () => $(el, '[part="month-list"]')!;
      const title = () => $(el, '.month .event-title')!;
      // Desktop: the title sits in its first day's cell; no list under the grid.
      wrapper.style.width = '1000px';
      expect(list().checkVisibility()).to.equal(false);
      expect(title().getBoundingClientRect().width).to.be.greaterThan(60);
      // A 328 px block (a 360 px phone): no title broken letter by letter in a cell; the list shows each with its dates.
      wrapper.style.width = '328px';
      expect(title().getBoundingClientRect().width).to.be.at.most(1);
      expect(list().checkVisibility()).to.equal(true);
      const rows = [...list().querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows[0]).to.match(/^\d.*janar 2027 .*Komente publike/);
      expect(rows.length).to.equal(new Set(rows).size);
      // The month's name is above its buttons, which share one line.
      const [previous, next] = $$(el, '[part="month-button"]');
      expect(previous!.getBoundingClientRect().top).to.equal(next!.getBoundingClientRect().top);
      expect($(el, '.month-name')!.getBoundingClientRect().bottom).to.be.at.most(previous!.getBoundingClientRect().top);
      expect(el.scrollWidth).to.be.at.most(328);
      await expect(el).to.be.accessible();
    });

    it('reads each title once to a screen reader, on a phone and on a desktop', async () => {
      const el = await view('en', { view: 'month' });
      const wrapper = el.parentElement!;
      type Node = { name?: string; children?: Node[] };
      const read = async () => {
        const names: string[] = [];
        const walk = (n: Node) => {
          if (n.name) names.push(n.name);
          n.children?.forEach(walk);
        };
        walk((await a11ySnapshot({ selector: 'hapur-participation-calendar' })) as unknown as Node);
        return names.join('\n');
      };
      const times = (text: string, title: string) => text.split(title).length - 1;
      const titles = [
        'Public comments on the draft Action Plan 2026–2030',
        'Public hearing on the draft Action Plan 2026–2030',
      ];
      for (const width of ['328px', '1000px']) {
        wrapper.style.width = width;
        await new Promise(requestAnimationFrame);
        const text = await read();
        for (const title of titles) expect(times(text, title), `${title} at ${width}`).to.equal(1);
      }
    });

    it('gives a screen reader no empty list item in the grid on a phone, and still draws each day’s bar', async () => {
      const el = await view('en', { view: 'month' });
      el.parentElement!.style.width = '328px';
      await new Promise(requestAnimationFrame);
      const items = $$(el, '[part="month"] li');
      expect(items.length).to.be.greaterThan(3);
      // What the accessibility tree keeps: not under aria-hidden, not display: none or visibility: hidden.
      const read = items.filter(
        (li) => !li.closest('[aria-hidden="true"]') && li.checkVisibility({ visibilityProperty: true }),
      );
      expect(
        read.filter((li) => !li.innerText.trim()).map((li) => li.outerHTML.slice(0, 80)),
        'list items read with nothing in them',
      ).to.deep.equal([]);
      for (const li of items) {
        const bar = getComputedStyle(li, '::before');
        const drawn = bar.content !== 'none' ? parseFloat(bar.height) : li.getBoundingClientRect().height;
        expect(drawn, `the bar of ${li.className}`).to.be.greaterThan(4);
      }
      el.parentElement!.style.width = '1000px';
      await new Promise(requestAnimationFrame);
      expect(items.filter((li) => li.querySelector('.event-title')?.checkVisibility()).length).to.be.greaterThan(0);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['sq', 'sr-Latn', 'en']) {
      it(`has no axe violations (${lang})`, async () => {
        await expect(await view(lang)).to.be.accessible();
      });
    }

    it('exposes the title, the groups and each opportunity as headings', async () => {
      await view();
      type Node = { role: string; name: string; level?: number; children?: Node[] };
      const snapshot = (await a11ySnapshot({ selector: 'hapur-participation-calendar' })) as unknown as Node;
      const headings: [string, number | undefined][] = [];
      const walk = (n: Node) => {
        if (n.role === 'heading') headings.push([n.name, n.level]);
        n.children?.forEach(walk);
      };
      walk(snapshot);
      expect(headings.slice(0, 4)).to.deep.equal([
        ['Participation opportunities', 2],
        ['Open and upcoming', 3],
        ['Public comments on the draft Action Plan 2026–2030', 4],
        ['Public hearing on the draft Action Plan 2026–2030', 4],
      ]);
    });
  });

  describe('states', () => {
    it('shows loading, then empty', async () => {
      let resolve!: (v: typeof data.list) => void;
      const el = await fixture<HapurParticipationCalendar>(
        html`<hapur-participation-calendar
          lang="en"
          .client=${fixtureClient({ listOpportunities: () => new Promise((r) => (resolve = r)) })}
        ></hapur-participation-calendar>`,
      );
      await waitUntil(() => el.matches(':state(loading)'), 'not loading');
      await expect(el).to.be.accessible();
      resolve({ items: [], institutions: [] });
      await waitUntil(() => el.matches(':state(empty)'), 'not empty');
      expect(shadowText(el)).to.contain((await calendarStrings.load('en')).empty);
      await expect(el).to.be.accessible();
    });

    it('shows the error state and retries from the keyboard', async () => {
      let fail = true;
      const el = await fixture<HapurParticipationCalendar>(
        html`<hapur-participation-calendar
          lang="en"
          .client=${fixtureClient({
            listOpportunities: async () => {
              if (fail) throw new ServerError({ status: 503, method: 'GET', url: 'https://api.test/x' });
              return data.list;
            },
          })}
        ></hapur-participation-calendar>`,
      );
      await waitUntil(() => $(el, '[part="retry-button"]'), 'no retry button');
      expect(el.matches(':state(error)')).to.be.true;
      await expect(el).to.be.accessible();
      fail = false;
      $(el, '[part="retry-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part="item"]'), 'not reloaded');
    });
  });

  runLocalizationContract('hapur-participation-calendar', () => view('en'));
  runTokenContract('hapur-participation-calendar', HapurParticipationCalendar.styles, ownStyles);
  runColorModesContract('hapur-participation-calendar', () => view('en'));
});
