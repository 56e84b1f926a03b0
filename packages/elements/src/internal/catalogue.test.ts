import { expect, fixture, html } from '@open-wc/testing';
import { HapurElement } from './hapur-element.js';
import { defineElement } from './define.js';
import {
  defineCatalogue,
  registered,
  registeredLanguage,
  type CatalogueLanguage,
  type CatalogueSource,
} from './catalogue.js';
import { fallbackOf } from './catalogue-fallback.js';
import { registerTranslation } from './register-translation.js';
import { consumeConsole, failOnConsole } from './test/fail-on-console.js';
import { settled, shadowText } from './test/localization-contract.js';
import { until } from './test/shadow.js';

failOnConsole();

interface ProbeStrings {
  readonly lang: string;
  readonly greeting: string;
  readonly farewell: string;
}
// A catalogue with three languages only (the type asks for every UI language; the fallback serves the rest).
const probeSources = {
  sq: { lang: 'sq', greeting: 'Përshëndetje', farewell: 'Mirupafshim' },
  'sr-Latn': { lang: 'sr-Latn', greeting: 'Zdravo', farewell: 'Doviđenja' },
  en: () => Promise.resolve({ default: { lang: 'en', greeting: 'Hello', farewell: 'Goodbye' } }),
};
const probeStrings = defineCatalogue<ProbeStrings>(
  'catalogue-probe',
  probeSources as typeof probeSources & Record<CatalogueLanguage, CatalogueSource<ProbeStrings>>,
);

/** A block with one catalogue of its own, rendering its two strings and the shared "loading" text. */
class CatalogueProbe extends HapurElement {
  static override catalogues = [probeStrings];
  protected override render() {
    if (!this.languageReady) return html``;
    const t = this.localize.text(probeStrings);
    return html`<p lang=${t.lang}>${t.greeting} / ${t.farewell} / ${this.localize.t.loading}</p>`;
  }
}
defineElement('hapur-catalogue-probe', CatalogueProbe);

async function probe(lang: string): Promise<CatalogueProbe> {
  const el = await fixture<CatalogueProbe>(html`<hapur-catalogue-probe lang=${lang}></hapur-catalogue-probe>`);
  await settled(el);
  return el;
}

describe('catalogues and registerTranslation', () => {
  it('adds a language a site registers, falling back to English for what it lacks, with one warning', async () => {
    await registerTranslation('mk', { 'catalogue-probe': { greeting: 'Здраво на македонски' } });
    expect(registeredLanguage('mk-MK')).to.equal('mk');
    const el = await probe('mk-MK');
    expect(shadowText(el)).to.contain('Здраво на македонски / Goodbye');
    expect(el.shadowRoot!.querySelector('p')!.lang).to.equal('mk');
    const warnings = consumeConsole(/"mk" has no/);
    expect(warnings.some((w) => w.includes('catalogue-probe') && w.includes('farewell'))).to.equal(true);
    // Once per language and catalogue: a second block in Macedonian says nothing more.
    await probe('mk');
    expect(consumeConsole(/"mk" has no catalogue-probe/)).to.have.length(0);
    consumeConsole(/"mk" has no/);
  });

  it('overrides some strings of a built-in language and re-renders blocks already on the page', async () => {
    const el = await probe('sq');
    expect(shadowText(el)).to.contain('Përshëndetje / Mirupafshim');
    await registerTranslation('sq', { 'catalogue-probe': { farewell: 'Shihemi' } });
    await settled(el);
    expect(shadowText(el)).to.contain('Përshëndetje / Shihemi');
  });

  it('is one catalogue per id: a module loaded twice (a copy in another chunk) gets the first, which registerTranslation reaches', async () => {
    const again = defineCatalogue<ProbeStrings>(
      'catalogue-probe',
      probeSources as typeof probeSources & Record<CatalogueLanguage, CatalogueSource<ProbeStrings>>,
    );
    expect(again).to.equal(probeStrings);
    // sq, which the test above registered already (what a site registers stays for the page).
    const el = await probe('sq');
    await registerTranslation('sq', { 'catalogue-probe': { greeting: 'Tungjatjeta' } });
    await settled(el);
    expect(shadowText(el)).to.contain('Tungjatjeta /');
  });

  it('never falls back from Cyrillic to Latin: a partial sr-Cyrl shows English, not sr-Latn', async () => {
    await registerTranslation('sr-cyrl', { 'catalogue-probe': { greeting: 'Здраво' } });
    const el = await probe('sr-Cyrl');
    expect(shadowText(el)).to.contain('Здраво / Goodbye');
    expect(shadowText(el)).not.to.contain('Doviđenja');
    consumeConsole(/"sr-Cyrl" has no/);
  });

  it('takes the strings a site registered under its older id, its own id winning (strings that moved to it)', async () => {
    const moved = defineCatalogue<ProbeStrings>(
      'catalogue-moved',
      probeSources as typeof probeSources & Record<CatalogueLanguage, CatalogueSource<ProbeStrings>>,
      'catalogue-probe',
    );
    await registerTranslation('fr', {
      'catalogue-probe': { greeting: 'Bonjour', farewell: 'Au revoir' },
      'catalogue-moved': { farewell: 'Adieu' },
    });
    const fr = await moved.load('fr');
    expect([fr.greeting, fr.farewell]).to.deep.equal(['Bonjour', 'Adieu']);
    consumeConsole(/"fr" has no/);
  });

  it('chains a region to its registered language, then English', async () => {
    expect(fallbackOf('sr-Cyrl', registered)).to.equal('en');
    expect(fallbackOf('bs', registered)).to.equal('en');
    expect(fallbackOf('en', registered)).to.equal(undefined);
    await registerTranslation('de', { 'catalogue-probe': { greeting: 'Hallo' } });
    expect(fallbackOf('de-AT', registered)).to.equal('de');
    consumeConsole(/"de" has no/);
  });
});

describe('a catalogue language file that cannot load', () => {
  // A catalogue of its own (so no other test's state is shared), its tr file fetched by a loader the test controls (a language no other test registers).
  const calls: string[] = [];
  let failNext = false;
  /** Every load fails while true (a line that stays down), not only the next one. */
  let down = false;
  const flaky = defineCatalogue<ProbeStrings>('catalogue-flaky', {
    sq: probeSources.sq,
    en: { lang: 'en', greeting: 'Hello', farewell: 'Goodbye' },
    tr: () => {
      calls.push('tr');
      if (failNext || down) {
        failNext = false;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      }
      return Promise.resolve({ default: { lang: 'tr', greeting: 'Merhaba', farewell: 'Hoşça kal' } });
    },
  } as Record<CatalogueLanguage, CatalogueSource<ProbeStrings>>);

  it('is asked for again at the next load after a failure, not kept as failed', async () => {
    calls.length = 0;
    failNext = true;
    let failed = false;
    await flaky.load('tr').catch(() => (failed = true));
    expect(failed).to.be.true;
    expect(flaky.get('tr')).to.equal(undefined);
    expect((await flaky.load('tr')).greeting).to.equal('Merhaba');
    expect(calls).to.deep.equal(['tr', 'tr']);
    flaky.reset();
  });

  it('whose fetch failed and stays failed (Chromium keeps a failed module), is fetched again under a new URL', async () => {
    // The language file as Chromium gives it after its download broke off: every import of that URL rejects at once,
    // naming the URL. The module itself is there (a data: URL here; the query the retry adds falls in its comment).
    const file = 'data:text/javascript,export%20default{lang:"bs",greeting:"Zdravo",farewell:"Do%20vi%C4%91enja"}//';
    let imports = 0;
    const kept = defineCatalogue<ProbeStrings>('catalogue-kept-failed', {
      en: { lang: 'en', greeting: 'Hello', farewell: 'Goodbye' },
      bs: () => {
        imports++;
        return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${file}`));
      },
    } as unknown as Record<CatalogueLanguage, CatalogueSource<ProbeStrings>>);
    expect((await kept.load('bs')).greeting).to.equal('Zdravo');
    expect(imports).to.equal(1);
  });

  class FlakyProbe extends HapurElement {
    static override catalogues = [flaky];
    protected override render() {
      return this.languageReady ? html`<p>${this.localize.text(flaky).greeting}</p>` : html`<p>…</p>`;
    }
  }
  defineElement('hapur-flaky-probe', FlakyProbe);

  it('leaves a block loading, with no unhandled rejection, and shows it once the browser is online again', async () => {
    calls.length = 0;
    down = true;
    const unhandled: unknown[] = [];
    const record = (event: PromiseRejectionEvent) => (unhandled.push(event.reason), event.preventDefault());
    addEventListener('unhandledrejection', record);
    try {
      const el = await fixture<FlakyProbe>(html`<hapur-flaky-probe lang="tr"></hapur-flaky-probe>`);
      await until(() => calls.length > 0, 'the language file to be asked for');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(el.languageReady).to.be.false;
      expect(shadowText(el)).to.equal('…');
      down = false;
      const before = calls.length;
      window.dispatchEvent(new Event('online'));
      await until(() => el.languageReady, 'the strings after the connection returned');
      await el.updateComplete;
      expect(shadowText(el)).to.equal('Merhaba');
      expect(calls.length).to.equal(before + 1);
      expect(unhandled).to.deep.equal([]);
    } finally {
      down = false;
      removeEventListener('unhandledrejection', record);
      flaky.reset();
    }
  });

  it('is not fetched while the browser is offline, and loads once the connection returns', async () => {
    calls.length = 0;
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(Navigator.prototype, 'onLine', { configurable: true, get: () => false });
    try {
      const loading = flaky.load('tr');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls).to.deep.equal([]);
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
      window.dispatchEvent(new Event('online'));
      expect((await loading).greeting).to.equal('Merhaba');
      expect(calls).to.deep.equal(['tr']);
    } finally {
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
      flaky.reset();
    }
  });
});
