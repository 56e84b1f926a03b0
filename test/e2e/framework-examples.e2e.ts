// The React and Vue example apps (examples/react, examples/vue) as built and served by the demo: in each
// language the blocks show real data, axe finds nothing, the console stays clean and no request fails;
// the app's language switch re-renders the blocks; and the typed events reach the app's own state
// (a keyboard-sent report's reference, the tracker's "give feedback" request).
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../helpers/demo-server.js';
import { axeViolations, focused, launchBrowser, tabTo, watchPage } from '../helpers/browser.js';

const APPS = ['react', 'vue'] as const;

let demo: DemoServer;
let browser: Browser;
before(async () => {
  for (const app of APPS) {
    const built = new URL(`../../examples/${app}/dist/index.html`, import.meta.url);
    assert.ok(existsSync(built), `run \`npm run build\` first: ${built.pathname} is missing`);
  }
  demo = await startDemoServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.stop();
});

/** What a reader sees in each language: the app's heading, a listed service, the birth certificate's fee,
 * commitment 1's title. */
const SEEN = {
  sq: {
    heading: 'Shërbimet e komunës',
    service: 'Leje ndërtimore për objekt banimi',
    fee: 'Taksë administrative',
    commitment: 'Avancimi i transparencës dhe pjesëmarrjes qytetare',
  },
  'sr-Latn': {
    heading: 'Usluge opštine',
    service: 'Građevinska dozvola za stambeni objekat',
    fee: 'Administrativna taksa',
    commitment: 'Unapređenje transparentnosti i učešća građana',
  },
  en: {
    heading: 'Municipal services',
    service: 'Building permit for a residential building',
    fee: 'Administrative fee',
    commitment: 'Advancing transparency and citizen participation',
  },
} as const;
type Lang = keyof typeof SEEN;
const LANGS = Object.keys(SEEN) as Lang[];

/** A block's rendered text (innerText does not enter shadow roots), whitespace collapsed. */
const shadowText = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

const LANGUAGE_BUTTON = { sq: 'Shqip', 'sr-Latn': 'Srpski', en: 'English' } as const;

async function openApp(app: string, lang: Lang = 'sq') {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const watch = watchPage(page);
  await page.goto(`${demo.url}/examples/${app}/`);
  if (lang !== 'sq') await page.getByRole('button', { name: LANGUAGE_BUTTON[lang] }).click();
  await page.locator('hapur-service-info [part="facts"]').waitFor();
  await page.locator('hapur-commitment-tracker [part~="commitment"]').first().waitFor();
  await page.locator('hapur-feedback-form [part="submit-button"]').waitFor();
  return { page, watch };
}

/** Waits until every block on the page shows `lang`'s words (and not another language's fee). */
async function waitForLanguage(page: Page, lang: Lang): Promise<void> {
  const others = LANGS.filter((l) => l !== lang).map((l) => SEEN[l].fee);
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.waitForFunction(
    ({ fee, commitment, others }) => {
      const card = document.querySelector('hapur-service-info')?.shadowRoot?.textContent ?? '';
      const plan = document.querySelector('hapur-commitment-tracker')?.shadowRoot?.textContent ?? '';
      return card.includes(fee) && !others.some((o) => card.includes(o)) && plan.includes(commitment);
    },
    { fee: SEEN[lang].fee, commitment: SEEN[lang].commitment, others },
  );
}

for (const app of APPS) {
  describe(`${app} example app`, () => {
    for (const lang of LANGS) {
      it(`shows the services, a fee and the plan's commitments in ${lang}, axe-clean, with no errors`, async () => {
        const { page, watch } = await openApp(app, lang);
        await waitForLanguage(page, lang);
        assert.equal(await page.locator('h1').innerText(), SEEN[lang].heading);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        const pressed = page.getByRole('button', { name: LANGUAGE_BUTTON[lang] });
        assert.equal(await pressed.getAttribute('aria-pressed'), 'true');
        assert.match(await shadowText(page, 'hapur-service-info'), /€|EUR/);
        assert.ok(
          (await shadowText(page, 'hapur-service-list')).includes(SEEN[lang].service),
          'the list names a service',
        );
        assert.equal(await page.locator('hapur-commitment-tracker [part~="commitment"]').count(), 5);
        await page.waitForLoadState('networkidle');
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
        assert.deepEqual(watch.errors, []);
        await page.close();
      });
    }

    it('re-renders every block when the app switches language', async () => {
      const { page, watch } = await openApp(app);
      await waitForLanguage(page, 'sq');
      for (const lang of ['en', 'sr-Latn', 'sq'] as const) {
        await page.getByRole('button', { name: LANGUAGE_BUTTON[lang] }).click();
        await waitForLanguage(page, lang);
        assert.equal(await page.locator('h1').innerText(), SEEN[lang].heading);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      }
      assert.deepEqual(watch.errors, []);
      await page.close();
    });

    it('shows the reference of a report sent with the keyboard, taken from the hapur-submitted event', async () => {
      const { page, watch } = await openApp(app, 'en');
      // The reader reaches the section (e.g. by scrolling); from there on, only the keyboard.
      await page.locator('#report-title').focus();
      await tabTo(page, 'the kind choice', (f) => f.name === 'kind', 10);
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      assert.deepEqual(await focused(page).then((f) => f.value), 'issue_report');
      await tabTo(page, 'the subject', (f) => f.name === 'subject', 3);
      await page.keyboard.type('Overflowing bins');
      await tabTo(page, 'the message', (f) => f.name === 'message', 3);
      await page.keyboard.type(`The bins on the market square have not been emptied for a week (${app} app).`);
      await tabTo(page, 'the send button', (f) => f.part === 'submit-button', 6);
      await page.keyboard.press('Enter');

      const fromForm = (await page.locator('hapur-feedback-form [part="reference"]').innerText()).trim();
      assert.match(fromForm, /^[A-Z]{2}-\d{4}-\d+$/, 'a public reference such as XK-2026-48207153');
      const fromApp = page.locator('.sent .reference');
      await fromApp.waitFor();
      assert.equal((await fromApp.innerText()).trim(), fromForm, "the app's list shows the event's reference");
      assert.equal(await page.locator('#sent-title').innerText(), 'Messages sent during this visit');
      assert.deepEqual(watch.errors, []);
      await page.close();
    });

    it("opens the app's own form for a commitment when the tracker asks for feedback", async () => {
      const { page, watch } = await openApp(app, 'en');
      const tracker = page.locator('hapur-commitment-tracker');
      await tracker.locator('[part~="commitment"] button[aria-expanded]').first().focus();
      await page.keyboard.press('Enter');
      const feedback = tracker.getByRole('button', { name: /feedback/i }).first();
      await feedback.focus();
      await page.keyboard.press('Enter');
      // The app cancelled the event (no navigation), showed the commitment and moved focus to the form.
      await page.locator('.about').waitFor();
      assert.match(await page.locator('.about').innerText(), /commitment 1 of the plan/);
      assert.equal((await focused(page)).id, 'report-title');
      assert.equal(new URL(page.url()).pathname, `/examples/${app}/`);
      await page.locator('hapur-feedback-form [part="submit-button"]').waitFor();
      await page.getByRole('button', { name: 'Write about something else' }).click();
      await page.locator('.about').waitFor({ state: 'detached' });
      assert.equal((await focused(page)).id, 'report-title', 'focus stays at the form, not lost with the button');
      assert.deepEqual(watch.errors, []);
      await page.close();
    });
  });
}
