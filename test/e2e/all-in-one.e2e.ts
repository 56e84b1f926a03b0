// hapur.all.js, the all-in-one file (issue #20), in a real browser: it registers every citizen block (with the shared
// chunks it imports at once) and a page loads one language's strings on use. The feedback blocks' strings for sq, sr-Latn and en are inside the file; for the languages
// added since (tr, bs, sr-Cyrl) the five catalogues of the feedback family (the shared feedback strings, the form's,
// the comments', the statistics' and the SDK's validation messages) come in one chunk per language
// (vite.config.ts `LANGUAGE_GROUPS`). Checks each language shows those strings, each file once, no errors.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { UI_LANGUAGES } from '../../packages/sdk/src/i18n/ui-languages.js';
import { startDemoServer, type DemoServer } from '../helpers/demo-server.js';
import { launchBrowser, watchPage } from '../helpers/browser.js';
import type { FeedbackFormTranslation } from '../../packages/elements/src/components/feedback-form/translations/form-translation.js';
import type { FeedbackTranslation } from '../../packages/elements/src/translations/feedback/feedback-translation.js';

let demo: DemoServer;
let browser: Browser;
before(async () => {
  process.env['LOG_LEVEL'] ??= 'warn';
  demo = await startDemoServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await demo?.stop();
});

const PAGE = (lang: string) => `<!doctype html><html lang="${lang}"><title>all-in-one</title>
<script type="module" src="/cdn/hapur.all.js"></script>
<main><hapur-provider api="/api/v1">
  <hapur-feedback-form institution="xk-example-municipality" heading-level="2" privacy-url="#privacy"></hapur-feedback-form>
  <hapur-participation-stats institution="xk-example-municipality" heading-level="2"></hapur-participation-stats>
  <hapur-comments plan-id="xk-2026-2028" commitment="1" page-size="5"></hapur-comments>
</hapur-provider></main>`;

// Every UI language (the SDK's generated list, the first three first) and its files' name: the tag in lower case.
const FILES: Record<string, string> = Object.fromEntries(
  [...new Set(['sq', 'sr-Latn', 'en', ...UI_LANGUAGES])].map((lang) => [lang, lang.toLowerCase()]),
);
const strings = async (lang: string) => {
  const file = FILES[lang]!;
  const form = (await import(`../../packages/elements/src/components/feedback-form/translations/${file}.js`)) as {
    default: FeedbackFormTranslation;
  };
  const feedback = (await import(`../../packages/elements/src/translations/feedback/${file}.js`)) as {
    default: FeedbackTranslation;
  };
  const sdk = (await import(`../../packages/sdk/src/i18n/translations/${file}.js`)) as {
    default: { fields: Record<string, string> };
  };
  const comments = (await import(`../../packages/elements/src/components/comments/translations/${file}.js`)) as {
    default: { demonstrationLabel: string };
  };
  return {
    form: form.default,
    feedback: feedback.default,
    comments: comments.default,
    // An empty message's own wording (the form names each field in its errors).
    required: sdk.default.fields['message.required']!,
  };
};

describe('hapur.all.js, the all-in-one file', () => {
  for (const lang of Object.keys(FILES)) {
    it(`shows the feedback blocks in ${lang}, its strings loaded once, with no error`, async () => {
      const t = await strings(lang);
      const page = await browser.newPage();
      const { errors } = watchPage(page);
      const scripts: string[] = [];
      page.on('request', (req) => {
        if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
      });
      await page.route(`${demo.url}/all-in-one.html`, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE(lang) }),
      );
      await page.goto(`${demo.url}/all-in-one.html`);
      // The form's own strings, the shared feedback strings (the statistics' title), and the SDK's validation
      // messages once the person sends an empty form.
      await page.getByRole('heading', { name: t.form.formTitle, exact: true }).waitFor();
      await page.getByRole('heading', { name: t.feedback.statsTitle, exact: true }).waitFor();
      await page.locator('hapur-feedback-form [part="submit-button"]').click();
      await page.getByText(t.required).first().waitFor();
      // The comments' own strings: the seeded comments on commitment 1 are demonstration comments, labelled so.
      await page.locator('hapur-comments [part="demo-label"]').first().waitFor();
      assert.equal(
        await page.locator('hapur-comments [part="demo-label"]').first().textContent(),
        t.comments.demonstrationLabel,
      );
      assert.equal(scripts.filter((s) => s === '/cdn/hapur.all.js').length, 1, 'hapur.all.js is fetched once');
      assert.equal(new Set(scripts).size, scripts.length, `no script is fetched twice: ${scripts.join(' ')}`);
      const anyLanguage = new RegExp(`/chunks/(feedback-)?(${Object.values(FILES).join('|')})-`);
      const languageChunks = scripts.filter((s) => anyLanguage.test(s));
      for (const chunk of languageChunks)
        assert.match(chunk, new RegExp(`/chunks/(feedback-)?${FILES[lang]}-`), `only ${lang} strings load: ${chunk}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it("loads the checklist's monitoring template (staff only) as a chunk of its own, when staff open it", async () => {
    const page = await browser.newPage();
    const { errors } = watchPage(page);
    const scripts: string[] = [];
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname);
    });
    await page.route(`${demo.url}/all-in-one-checklist.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><title>all-in-one checklist</title>
<script type="module" src="/cdn/hapur.all.js"></script>
<main><hapur-publication-checklist api="/api/v1" institution="xk-mf" period="2026-Q4"></hapur-publication-checklist></main>`,
      }),
    );
    await page.goto(`${demo.url}/all-in-one-checklist.html`);
    await page
      .locator('hapur-publication-checklist [part~="matrix"], hapur-publication-checklist [part~="cards"]')
      .first()
      .waitFor();
    const citizen = [...scripts];
    const token = await demo.staffToken('xk-mf');
    await page.evaluate(
      `(() => { const el = document.querySelector('hapur-publication-checklist'); el.token = ${JSON.stringify(token)}; el.mode = 'monitor'; })()`,
    );
    await page.locator('hapur-publication-checklist [part~="monitor"] #field-published').waitFor();
    const staff = scripts.slice(citizen.length);
    assert.ok(
      citizen.every((s) => !/checklist-staff/.test(s)),
      `a citizen's page loads no monitoring code: ${citizen.join(' ')}`,
    );
    assert.ok(
      staff.some((s) => /\/chunks\/checklist-staff-/.test(s)),
      `staff load it: ${staff.join(' ')}`,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
