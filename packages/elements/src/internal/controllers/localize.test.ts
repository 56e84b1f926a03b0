import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { HapurElement } from '../hapur-element.js';
import { defineElement } from '../define.js';
import { failOnConsole } from '../test/fail-on-console.js';
import { settled } from '../test/localization-contract.js';

failOnConsole();

/** A bare element exposing its LocalizeController, to test formatting per language. */
class LocalizeProbe extends HapurElement {
  get l() {
    return this.localize;
  }
  protected override render() {
    return this.localize.ready ? html`${this.localize.t.loading}` : html``;
  }
}
defineElement('hapur-localize-probe', LocalizeProbe);

async function probe(lang: string): Promise<LocalizeProbe> {
  const root = await fixture(html`<div lang=${lang}><hapur-localize-probe></hapur-localize-probe></div>`);
  const el = root.querySelector('hapur-localize-probe') as LocalizeProbe;
  await settled(el);
  return el;
}

describe('LocalizeController', () => {
  it('spells out ISO durations with the right plural forms in each language', async () => {
    const en = (await probe('en')).l;
    expect(en.duration('P1D')).to.equal('1 day');
    expect(en.duration('P1M15D')).to.equal('1 month, 15 days');
    expect(en.duration('PT48H')).to.equal('48 hours');
    const sq = (await probe('sq')).l;
    expect(sq.duration('P2Y')).to.equal('2 vjet');
    expect(sq.duration('P1Y')).to.equal('1 vit');
    const sr = (await probe('sr-Latn')).l;
    expect(sr.duration('P1D')).to.equal('1 dan');
    expect(sr.duration('P3D')).to.equal('3 dana');
    expect(sr.duration('P21D')).to.equal('21 dan');
    expect(sr.duration('P5M')).to.equal('5 meseci');
    expect(sr.duration('P2W')).to.equal('2 nedelje');
  });

  it('returns a malformed duration unchanged rather than inventing one', async () => {
    const en = (await probe('en')).l;
    expect(en.duration('15 days')).to.equal('15 days');
    expect(en.duration('P')).to.equal('P');
  });

  it('formats Albanian dates and money from the catalogue when Intl lacks Albanian', async () => {
    const sq = (await probe('sq-XK')).l;
    expect(sq.date('2026-12-01')).to.equal('1 dhjetor 2026');
    // The amount and its currency never wrap apart: a no-break space between them, as CLDR writes it.
    expect(sq.money(12, 'EUR')).to.equal('12,00\u00a0€');
    expect(sq.money(1500, 'ALL')).to.equal('1500\u00a0ALL');
    // A budget in denars or euros is readable: groups of three from five digits, as Albanian writes them (CLDR).
    expect(sq.money(3000000, 'MKD')).to.equal('3\u00a0000\u00a0000,00\u00a0MKD');
    expect(sq.money(12345.5, 'EUR')).to.equal('12\u00a0345,50\u00a0€');
    // Numbers the same way: a decimal comma (a median of 2,5 days), groups from five digits; never English's.
    expect(sq.number(2.5)).to.equal('2,5');
    expect(sq.number(12345.5)).to.equal('12\u00a0345,5');
    expect(sq.number(0.75, { style: 'percent' })).to.equal('75%');
  });

  it('writes Bosnian dates, numbers, amounts and language names in Bosnian where Intl only claims Bosnian', async () => {
    // Chromium reports `bs` as supported and writes "2027 M01 20", "€ 1.00" and "sq" with it.
    const bs = (await probe('bs-BA')).l;
    expect(bs.date('2027-06-05')).to.equal('5. juni 2027.');
    expect(bs.money(1, 'EUR')).to.match(/^1,00\s€$/);
    expect(bs.number(1234.5)).to.equal('1.234,5');
    expect(bs.languageName('sq')).to.equal('albanski');
  });

  it('keeps Serbian in Latin script and honours a region for English', async () => {
    const sr = (await probe('sr')).l;
    expect(sr.lang).to.equal('sr-Latn');
    expect(sr.date('2026-12-01')).to.not.match(/[\u0400-\u04FF]/);
    const gb = (await probe('en-GB')).l;
    expect(gb.formatLocale).to.equal('en-GB');
    expect(gb.date('2026-12-01')).to.equal('1 December 2026');
  });

  it('names languages in the reader language', async () => {
    expect((await probe('sq')).l.languageName('en')).to.equal('anglisht');
    expect((await probe('sr-Latn')).l.languageName('sq')).to.equal('albanski');
    expect((await probe('en')).l.languageName('sr-Latn')).to.equal('Serbian');
  });

  it("names the region's languages in Albanian, where the browser has no Albanian names (not in English)", async () => {
    // Chromium has no Albanian locale data: Intl.DisplayNames('sq') answers in the browser's language ("Macedonian").
    const sq = (await probe('sq')).l;
    expect(['mk', 'tr', 'bs', 'hr', 'sr-Cyrl'].map((tag) => sq.languageName(tag))).to.deep.equal([
      'maqedonisht',
      'turqisht',
      'boshnjakisht',
      'kroatisht',
      'serbisht',
    ]);
  });

  it('falls back to English for a language Hapur has no catalogue for', async () => {
    const el = await probe('de-AT');
    expect(el.l.lang).to.equal('en');
    expect(el.shadowRoot!.textContent).to.equal('Loading…');
  });
});

describe('HapurElement language resolution', () => {
  it('re-renders when the document language changes', async () => {
    const before = document.documentElement.lang;
    const el = document.createElement('hapur-localize-probe') as LocalizeProbe;
    document.body.append(el);
    try {
      document.documentElement.lang = 'en';
      await settled(el);
      expect(el.shadowRoot!.textContent).to.equal('Loading…');
      document.documentElement.lang = 'sr-Latn';
      await settled(el);
      expect(el.shadowRoot!.textContent).to.equal('Učitavanje…');
    } finally {
      el.remove();
      document.documentElement.lang = before;
    }
  });

  it('follows a lang set on an ancestor after connection, through a shadow root', async () => {
    class Wrapper extends LitElement {
      protected override render() {
        return html`<section><hapur-localize-probe></hapur-localize-probe></section>`;
      }
    }
    defineElement('hapur-test-wrapper', Wrapper);
    const outer = await fixture(html`<div lang="en"><hapur-test-wrapper></hapur-test-wrapper></div>`);
    const wrapper = outer.querySelector('hapur-test-wrapper') as Wrapper;
    await wrapper.updateComplete;
    const el = wrapper.shadowRoot!.querySelector('hapur-localize-probe') as LocalizeProbe;
    await settled(el);
    expect(el.shadowRoot!.textContent).to.equal('Loading…');
    outer.setAttribute('lang', 'sq');
    await settled(el);
    expect(el.shadowRoot!.textContent).to.equal('Duke u ngarkuar…');
  });

  it('follows a lang changed inside a shadow root around it, also two shadow roots out', async () => {
    class Inner extends LitElement {
      protected override render() {
        return html`<section><hapur-localize-probe></hapur-localize-probe></section>`;
      }
    }
    class Shell extends LitElement {
      protected override render() {
        return html`<div lang="en"><hapur-test-inner></hapur-test-inner></div>`;
      }
    }
    defineElement('hapur-test-inner', Inner);
    defineElement('hapur-test-shell', Shell);
    const shell = (await fixture(html`<hapur-test-shell></hapur-test-shell>`)) as Shell;
    await shell.updateComplete;
    const wrapper = shell.shadowRoot!.querySelector('hapur-test-inner') as Inner;
    await wrapper.updateComplete;
    const section = wrapper.shadowRoot!.querySelector('section')!;
    const el = section.querySelector('hapur-localize-probe') as LocalizeProbe;
    await settled(el);
    expect(el.shadowRoot!.textContent).to.equal('Loading…');
    // A site's language switch inside its own component: the wrapper's shadow root, then the shell's.
    section.setAttribute('lang', 'sq');
    await settled(el);
    expect(el.shadowRoot!.textContent).to.equal('Duke u ngarkuar…');
    section.removeAttribute('lang');
    shell.shadowRoot!.querySelector('div')!.setAttribute('lang', 'sr-Latn');
    await settled(el);
    expect(el.shadowRoot!.textContent).to.equal('Učitavanje…');
  });

  it('sets and clears custom states', async () => {
    const el = await probe('en');
    el.toggleState('loading', true);
    expect(el.matches(':state(loading)')).to.be.true;
    el.toggleState('loading', false);
    expect(el.matches(':state(loading)')).to.be.false;
  });
});
