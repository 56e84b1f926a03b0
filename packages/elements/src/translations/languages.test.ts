import { expect, html } from '@open-wc/testing';
import { createClient } from '@hapur/sdk';
import '../components/service-list/service-list.define.js';
import type { HapurServiceList } from '../components/service-list/service-list.js';
import { fakeFetch, fullService, json, minimalService } from '../internal/test/fixtures/services.js';
import { render, settled, shadowText } from '../internal/test/localization-contract.js';
import { failOnConsole } from '../internal/test/fail-on-console.js';
import { catalogueIndex, type TranslationOverrides } from '../internal/catalogue.js';
import { registerTranslation } from '../internal/register-translation.js';
import { sharedStrings } from './index.js';
import { feedbackCommonStrings } from './feedback-common/index.js';
import { serviceStrings } from './services/index.js';
import { staffStrings } from './staff/index.js';
import '../components/comments/comments.translations.js';
import '../components/feedback-form/feedback-form.translations.js';
import '../components/commitment-tracker/commitment-tracker.translations.js';
import '../components/participation-calendar/participation-calendar.translations.js';
import '../components/participation-stats/participation-stats.translations.js';
import '../components/progress-report/progress-report.translations.js';
import '../components/publication-checklist/publication-checklist.translations.js';
import '../components/reasoned-response/reasoned-response.translations.js';
import '../components/service-editor/service-editor.translations.js';
import '../components/staff-inbox/staff-inbox.translations.js';
import turkish from '../languages/tr.js';
import bosnian from '../languages/bs.js';

// No warning may reach the console: a complete language fills every key, so the fallback has nothing to say.
failOnConsole();

const languages: Record<string, TranslationOverrides> = { tr: turkish, bs: bosnian };

/** Calls a catalogue function, or gives nothing when a parameter has another type (a status key, a formatter). */
function attempt(fn: (...args: unknown[]) => unknown, args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch {
    return undefined;
  }
}

/**
 * Every string a catalogue value holds, calling functions with numbers (each plural form), with text, and, when
 * numbers alone do not fit, with a number and a formatter (`percent(share, format)`).
 */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return [1, 2, 5, 21]
      .flatMap((n) => {
        const numbers = [n, n + 1, n + 2, n + 3];
        return texts(attempt(fn, numbers) ?? attempt(fn, [n, String]));
      })
      .concat(texts(attempt(fn, ['Ab', 'Cd', 'Ef', 'Gh'])));
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('Turkish and Bosnian catalogues (loaded with registerTranslation)', () => {
  it('cover every catalogue, with the same keys as English', async () => {
    // Every catalogue: the feedback blocks' common words, the checklist's monitoring template's and the service
    // strings too (issue #20).
    expect(catalogueIndex.size).to.equal(16);
    for (const [lang, catalogues] of Object.entries(languages)) {
      expect(Object.keys(catalogues).sort(), lang).to.deep.equal([...catalogueIndex.keys()].sort());
      for (const [id, catalogue] of catalogueIndex) {
        const en = await catalogue.load('en');
        expect(Object.keys(catalogues[id] ?? {}).sort(), `${lang} ${id}`).to.deep.equal(Object.keys(en).sort());
      }
    }
  });

  it('write no undefined, no Cyrillic, and differ from English', async () => {
    for (const [lang, catalogues] of Object.entries(languages))
      for (const [id, strings] of Object.entries(catalogues)) {
        const all = texts(strings).join('\n');
        expect(all, `${lang} ${id}`).to.not.match(/undefined|\[object|NaN/);
        expect(all, `${lang} ${id}`).to.not.match(/[\u0400-\u04ff]/);
      }
    expect(turkish['shared']?.['loading']).to.equal('Yükleniyor…');
    expect(bosnian['feedback-form']?.['submit']).to.equal('Pošalji');
  });

  it('use Intl plural rules: Bosnian has three forms, Turkish keeps the noun singular', () => {
    // `days` takes the number and the number as the page writes it (participation-stats: "2,5").
    const bsDays = bosnian['feedback']?.['days'] as (n: number, written: string) => string;
    expect([1, 2, 5, 21].map((n) => bsDays(n, String(n)))).to.deep.equal(['1 dan', '2 dana', '5 dana', '21 dan']);
    // commentsCount takes the number as the page writes it too (s27): called here with the number alone.
    const bsCount = bosnian['comments']?.['commentsCount'] as (n: number, written?: string) => string;
    expect([1, 3, 11].map((n) => bsCount(n))).to.deep.equal([
      '1 objavljen komentar',
      '3 objavljena komentara',
      '11 objavljenih komentara',
    ]);
    const trDays = turkish['feedback']?.['days'] as (n: number, written: string) => string;
    expect([1, 5].map((n) => trDays(n, String(n)))).to.deep.equal(['1 gün', '5 gün']);
  });

  it('once registered, give blocks their language with no warning (in development, too)', async () => {
    document.documentElement.setAttribute('data-hapur-dev', '');
    try {
      await registerTranslation('tr', turkish);
      expect(sharedStrings.get('tr')?.retry).to.equal('Tekrar deneyin');
      expect(sharedStrings.get('tr')?.lang).to.equal('tr');
      // Registering again resets what was loaded; blocks load their language again on their next render.
      await registerTranslation('bs', bosnian);
      expect(feedbackCommonStrings.get('bs')?.kindName.proposal).to.equal('Prijedlog');
      expect(staffStrings.get('bs')?.signOut).to.equal('Odjava');
      expect(serviceStrings.get('bs')?.listResultCount(3)).to.equal('3 usluge');
    } finally {
      document.documentElement.removeAttribute('data-hapur-dev');
    }
  });

  it('render a block in the registered language, with its lang attribute', async () => {
    const api = '/api/v1';
    const fetch = fakeFetch({
      [`${api}/services?institution=xk-example`]: () => json({ items: [fullService, minimalService] }),
    });
    const client = createClient({ baseUrl: new URL(api, location.href), fetch, retry: 0 });
    await registerTranslation('tr', turkish);
    const el = await render<HapurServiceList>(
      html`<hapur-service-list lang="tr" institution="xk-example" .client=${client}></hapur-service-list>`,
    );
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal('2 hizmet');
    expect(shadowText(el)).to.contain('Hizmetlerde ara');
    await registerTranslation('bs', bosnian);
    el.setAttribute('lang', 'bs');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal('2 usluge');
    expect(shadowText(el)).to.contain('Pretraga usluga');
  });
});
