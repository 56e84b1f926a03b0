import { expect, html } from '@open-wc/testing';
import { createClient, type PublicService } from '@hapur/sdk';
import '../components/service-list/service-list.define.js';
import type { HapurServiceList } from '../components/service-list/service-list.js';
import { fakeFetch, json, minimalService } from './test/fixtures/services.js';
import { render, settled, shadowText } from './test/localization-contract.js';
import { failOnConsole } from './test/fail-on-console.js';

failOnConsole();

const API = '/api/v1';
/** A service whose Serbian name and description are stored in Latin only (as most Kosovo data is). */
const latinOnly: PublicService = {
  ...minimalService,
  name: { values: { sq: 'Leje ndërtimi', 'sr-Latn': 'Građevinska dozvola — Njegoševa' }, source: 'sq' },
  description: { values: { sq: 'Përshkrim.', 'sr-Latn': 'Zahtev za dozvolu.' }, source: 'sq' },
};

async function list(lang: string): Promise<HapurServiceList> {
  const fetch = fakeFetch({ [`${API}/services?institution=xk-test`]: () => json({ items: [latinOnly] }) });
  const client = createClient({ baseUrl: new URL(API, location.href), fetch, retry: 0 });
  return render(
    html`<div lang=${lang}><hapur-service-list institution="xk-test" .client=${client}></hapur-service-list></div>`,
    (root) => root.querySelector('hapur-service-list'),
  );
}

describe('data text in the reader’s Serbian script', () => {
  it('shows Serbian data stored in Latin to a reader of Cyrillic in Cyrillic, marked as Serbian Cyrillic', async () => {
    const el = await list('sr-Cyrl');
    await settled(el);
    const text = shadowText(el);
    expect(text).to.contain('Грађевинска дозвола — Његошева');
    expect(text).to.not.contain('Građevinska');
    // Not a fallback: no `lang` of another language on it, and no "shown in the original language" note.
    const name = [...el.shadowRoot!.querySelectorAll('[lang]')].map((n) => n.getAttribute('lang'));
    expect(name).to.not.include('sr-Latn');
    // Labelled, in the reader's language and script.
    expect(el.shadowRoot!.querySelector('[part="language-note"]')?.textContent).to.equal('Аутоматско пресловљавање.');
  });

  it('labels a machine translation shown transliterated as a machine translation too', async () => {
    const machine: PublicService = {
      ...latinOnly,
      name: { ...latinOnly.name, origin: { 'sr-Latn': { kind: 'machine', from: 'sq' } } },
    };
    const fetch = fakeFetch({ [`${API}/services?institution=xk-test`]: () => json({ items: [machine] }) });
    const client = createClient({ baseUrl: new URL(API, location.href), fetch, retry: 0 });
    const el = await render<HapurServiceList>(
      html`<div lang="sr-Cyrl"><hapur-service-list institution="xk-test" .client=${client}></hapur-service-list></div>`,
      (root) => root.querySelector('hapur-service-list'),
    );
    expect(shadowText(el)).to.contain('Грађевинска дозвола — Његошева');
    const note = el.shadowRoot!.querySelector('[part="language-note"]')?.textContent;
    expect(note).to.contain('Машински превод').and.contain('Аутоматско пресловљавање');
  });

  it('labels text a reader of Latin gets by transliteration from Cyrillic', async () => {
    const cyrillicOnly: PublicService = {
      ...minimalService,
      name: {
        values: { 'sr-Cyrl': 'Грађевинска дозвола', 'sr-Latn': 'Građevinska dozvola' },
        source: 'sr-Cyrl',
        origin: { 'sr-Latn': { kind: 'transliteration', from: 'sr-Cyrl' } },
      },
    };
    const fetch = fakeFetch({ [`${API}/services?institution=xk-test`]: () => json({ items: [cyrillicOnly] }) });
    const client = createClient({ baseUrl: new URL(API, location.href), fetch, retry: 0 });
    const el = await render<HapurServiceList>(
      html`<div lang="sr-Latn"><hapur-service-list institution="xk-test" .client=${client}></hapur-service-list></div>`,
      (root) => root.querySelector('hapur-service-list'),
    );
    expect(shadowText(el)).to.contain('Građevinska dozvola');
    expect(el.shadowRoot!.querySelector('[part="language-note"]')?.textContent).to.equal('Automatsko preslovljavanje.');
  });

  it('leaves a reader of Latin with the stored Latin text', async () => {
    const el = await list('sr-Latn');
    expect(shadowText(el)).to.contain('Građevinska dozvola — Njegoševa');
    expect(shadowText(el)).to.not.match(/[\u0400-\u04ff]/);
  });
});
