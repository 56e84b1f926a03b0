import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../internal/test/shadow.js';
import { sendKeys } from '@web/test-runner-commands';
import type { CommentListItem, PublishedComment, RemovedComment } from '@hapur/sdk';
import { failOnConsole } from '../../internal/test/fail-on-console.js';
import { runLocalizationContract, settled, shadowText } from '../../internal/test/localization-contract.js';
import { fakeReads, json } from '../feedback-form/test/fake-api.js';
import shared from '../../translations/en.js';
import enFeedback from '../../translations/feedback/en.js';
import enCommon from '../../translations/feedback-common/en.js';
import enOwn from './translations/en.js';
import sqFeedback from '../../translations/feedback/sq.js';
import sqCommon from '../../translations/feedback-common/sq.js';
import sqOwn from './translations/sq.js';
import srLatnFeedback from '../../translations/feedback/sr-latn.js';
import srLatnCommon from '../../translations/feedback-common/sr-latn.js';
import srLatnOwn from './translations/sr-latn.js';
import './comments.define.js';
import type { HapurComments } from './comments.js';
import { newestFirst, pageCount, pageOfList } from './comments.model.js';
import { commentsStrings } from './comments.translations.js';
import { runColorModesContract } from '../../internal/test/color-modes-contract.js';

// The feedback strings, the common words and the comments' own, as the block renders with them.
const en = { ...enFeedback, ...enCommon, ...enOwn };
const sq = { ...sqFeedback, ...sqCommon, ...sqOwn };
const srLatn = { ...srLatnFeedback, ...srLatnCommon, ...srLatnOwn };

failOnConsole();

const XSS = '<img src=x onerror=alert(1)> <script>window.hacked = 1</script>';

/** Test comments: number n published on day n of March 2026, so "newest first" is checkable. */
function comment(n: number, over: Partial<PublishedComment> = {}): PublishedComment {
  const day = String(n).padStart(2, '0');
  return {
    reference: `XK-2026-${String(100 + n).padStart(8, '0')}`,
    type: n % 2 ? 'proposal' : 'feedback',
    subject: { planId: 'xk-2026-2028', commitmentNumber: '1' },
    message: `Comment number ${n}`,
    language: 'sq',
    submittedAt: `2026-03-${day}T08:00:00Z`,
    publishedAt: `2026-03-${day}T12:00:00Z`,
    status: 'in_review',
    ...over,
  };
}

const answeredComment = comment(20, {
  message: `Please publish the data monthly. ${XSS}`,
  status: 'accepted',
  response: {
    body: {
      values: { en: `We will publish monthly from June. ${XSS}`, sq: 'Do të publikojmë çdo muaj nga qershori.' },
      source: 'sq',
    },
    respondedAt: '2026-03-25T10:00:00Z',
    decision: 'accepted',
  },
});

async function inline(comments: CommentListItem[], lang = 'en', pageSize = 10) {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><hapur-comments .comments=${comments} page-size=${pageSize}></hapur-comments></div>`,
  );
  const el = wrapper.querySelector('hapur-comments')!;
  await settled(el);
  return { el, wrapper };
}

/** Commitment 1's comments from the API, `pageSize` a page. */
async function fromApi(client: ReturnType<typeof fakeReads>['client'], pageSize = 2) {
  const el = await fixture<HapurComments>(
    html`<hapur-comments
      lang="en"
      plan-id="xk-2026-2028"
      commitment="1"
      page-size=${pageSize}
      .client=${client}
    ></hapur-comments>`,
  );
  await settled(el);
  return el;
}

const $ = (el: HapurComments, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const messages = (el: HapurComments) =>
  [...el.shadowRoot!.querySelectorAll('[part="comment"] p[lang]')].map((p) => p.textContent);

describe('<hapur-comments>', () => {
  describe('demonstration data', () => {
    for (const lang of ['sq', 'sr-Latn', 'en'] as const) {
      it(`notes and marks demonstration comments, and only those (${lang})`, async () => {
        const own = await commentsStrings.load(lang);
        const { el } = await inline([comment(1, { demonstration: true }), comment(2, { demonstration: false })], lang);
        const note = $(el, '[part="demo-note"]')!;
        expect(note.getAttribute('role')).to.equal('note');
        expect(note.textContent!.trim()).to.equal(own.demonstrationNote);
        const [newer, older] = [...el.shadowRoot!.querySelectorAll('[part="comment"]')];
        expect(newer!.querySelector('[part="demo-label"]')).to.be.null;
        expect(older!.querySelector('[part="demo-label"]')!.textContent).to.equal(own.demonstrationLabel);
        await expect(el).to.be.accessible();
      });
    }

    it('shows no note when no comment on the page is a demonstration', async () => {
      const { el } = await inline([comment(1), comment(2, { demonstration: false })]);
      expect($(el, '[part="demo-note"]')).to.be.null;
      expect(shadowText(el)).not.to.contain('Demonstration');
    });
  });

  describe('removed by moderation', () => {
    /** Comment n, removed on day n + 1 with a public reason: its placeholder keeps its place. */
    const removed = (n: number, reason: RemovedComment['reason']): RemovedComment => ({
      reference: comment(n).reference,
      removed: true,
      publishedAt: comment(n).publishedAt,
      removedAt: `2026-03-${String(n + 1).padStart(2, '0')}T09:00:00Z`,
      reason,
    });
    const reason = {
      values: { sq: 'Përmban të dhëna personale.', en: `Contains personal data. ${XSS}` },
      source: 'sq',
    };

    for (const lang of ['sq', 'sr-Latn', 'en'] as const) {
      it(`shows "removed by moderation: reason" in the comment's place, without its text (${lang})`, async () => {
        const own = await commentsStrings.load(lang);
        const { el } = await inline([comment(1), removed(2, reason), comment(3)], lang);
        const items = [...el.shadowRoot!.querySelectorAll('ol.list > li')];
        expect(items.map((li) => li.getAttribute('part'))).to.deep.equal(['comment', 'removed', 'comment']);
        const placeholder = items[1]!.textContent!.replace(/\s+/g, ' ').trim();
        expect(placeholder.startsWith(`${own.removedByModeration}: `)).to.be.true;
        expect(placeholder).to.contain(lang === 'en' ? 'Contains personal data.' : 'Përmban të dhëna personale.');
        expect(shadowText(el)).not.to.contain('Comment number 2');
        expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
        expect(messages(el)).to.deep.equal(['Comment number 3', 'Comment number 1']);
        await expect(el).to.be.accessible();
      });
    }

    it('marks a reason shown in another language with its lang', async () => {
      const { el } = await inline([removed(2, { values: { sq: 'Fyese.' }, source: 'sq' })], 'en');
      const span = $(el, '[part="removed"] span[lang]')!;
      expect([span.getAttribute('lang'), span.textContent]).to.deep.equal(['sq', 'Fyese.']);
    });

    it('shows the placeholder from an API page', async () => {
      const api = fakeReads({
        '/plans/xk-2026-2028/commitments/1/comments?page=1&pageSize=10': () =>
          json({ items: [removed(4, reason), comment(3)], page: 1, pageSize: 10, total: 2 }),
      });
      const el = await fixture<HapurComments>(
        html`<hapur-comments lang="en" plan-id="xk-2026-2028" commitment="1" .client=${api.client}></hapur-comments>`,
      );
      await settled(el);
      expect($(el, '[part="removed"]')!.textContent).to.contain('Removed by moderation: Contains personal data.');
      expect(messages(el)).to.deep.equal(['Comment number 3']);
    });
  });

  describe('model', () => {
    it('orders newest first and pages with clamping', () => {
      const list = [comment(1), comment(3), comment(2)];
      expect(newestFirst(list).map((c) => c.message)).to.deep.equal([
        'Comment number 3',
        'Comment number 2',
        'Comment number 1',
      ]);
      expect(pageOfList(list, 9, 2)).to.deep.include({ page: 2, total: 3 });
      expect(pageCount(0, 10)).to.equal(1);
    });
  });

  describe('accessibility', () => {
    for (const lang of ['sq', 'sr-Latn', 'en']) {
      it(`has no axe violations with comments, a response and pagination (${lang})`, async () => {
        const { el } = await inline([answeredComment, ...Array.from({ length: 4 }, (_, i) => comment(i + 1))], lang, 2);
        expect($(el, '[part="pagination"]')).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('states', () => {
    it('shows comments newest first with the institution response beneath, as text only', async () => {
      const { el } = await inline([comment(1), answeredComment, comment(5)]);
      expect(messages(el)).to.deep.equal([
        `Please publish the data monthly. ${XSS}`,
        'Comment number 5',
        'Comment number 1',
      ]);
      const first = el.shadowRoot!.querySelector('[part="comment"]')!;
      expect(first.querySelector('[part="response"]')!.textContent)
        .to.contain(en.institutionResponse)
        .and.contain('We will publish monthly from June.');
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
      expect(first.querySelector('p[lang]')!.getAttribute('lang')).to.equal('sq');
    });

    it('shows no personal data fields even if a payload carried them', async () => {
      const leaky = {
        ...comment(2),
        contact: { email: 'arta@example.org' },
        name: 'Arta',
      } as unknown as PublishedComment;
      const { el } = await inline([leaky]);
      expect(shadowText(el)).to.not.contain('arta@example.org').and.not.contain('Arta');
    });

    it('says so when nothing is published yet', async () => {
      const { el } = await inline([]);
      expect(el.matches(':state(empty)')).to.be.true;
      expect(shadowText(el)).to.contain(en.commentsEmpty);
      await expect(el).to.be.accessible();
    });

    it('shows the comments a page gives in place of others, as many as before (another service chosen)', async () => {
      const { el } = await inline([comment(1), comment(2)]);
      el.comments = [comment(3, { message: 'On the other service' }), comment(4, { message: 'Also on it' })];
      await waitUntil(() => messages(el).includes('On the other service'), 'the new comments shown');
      expect(messages(el)).to.deep.equal(['Also on it', 'On the other service']);
    });

    it('loads a page from the API and moves to the next page from the keyboard, focusing the count', async () => {
      const page = (n: number) => ({ items: [comment(2 * n), comment(2 * n - 1)], page: n, pageSize: 2, total: 5 });
      const api = fakeReads({
        '/plans/xk-2026-2028/commitments/1/comments?page=1&pageSize=2': () => json(page(1)),
        '/plans/xk-2026-2028/commitments/1/comments?page=2&pageSize=2': () => json(page(2)),
      });
      const el = await fromApi(api.client);
      expect($(el, '[part="pagination"]')!.textContent).to.contain('Page 1 of 3');
      expect($(el, '.prev')).to.equal(null);
      $(el, '.next')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part="pagination"]')?.textContent?.includes('Page 2 of 3'), 'page 2 not shown');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="count"]'));
      expect(messages(el)).to.deep.equal(['Comment number 4', 'Comment number 3']);
      expect(api.calls).to.deep.equal([
        '/plans/xk-2026-2028/commitments/1/comments?page=1&pageSize=2',
        '/plans/xk-2026-2028/commitments/1/comments?page=2&pageSize=2',
      ]);
    });

    it("starts at the first page of another commitment's comments (a page that switches commitment on one element)", async () => {
      const api = fakeReads({
        '/plans/xk-2026-2028/commitments/1/comments?page=1&pageSize=2': () =>
          json({ items: [comment(3), comment(2)], page: 1, pageSize: 2, total: 3 }),
        '/plans/xk-2026-2028/commitments/1/comments?page=2&pageSize=2': () =>
          json({ items: [comment(1)], page: 2, pageSize: 2, total: 3 }),
        '/plans/xk-2026-2028/commitments/2/comments?page=1&pageSize=2': () =>
          json({ items: [comment(9, { message: 'On commitment 2' })], page: 1, pageSize: 2, total: 1 }),
      });
      const el = await fromApi(api.client);
      $(el, '.next')!.click();
      await waitUntil(() => $(el, '[part="pagination"]')?.textContent?.includes('Page 2 of 2'), 'page 2 not shown');
      el.commitment = '2';
      await waitUntil(() => messages(el).includes('On commitment 2'), "commitment 2's comments not shown");
      expect($(el, '[part="count"]')!.textContent).to.equal(en.commentsCount(1));
      expect($(el, '[part="pagination"]')).to.equal(null);
      expect(api.calls.at(-1)).to.equal('/plans/xk-2026-2028/commitments/2/comments?page=1&pageSize=2');
    });

    it('keeps the page and its pager when the next page cannot load offline, and loads it when pressed again', async () => {
      let offline = false;
      const page = (n: number) => ({ items: [comment(n)], page: n, pageSize: 1, total: 3 });
      const api = fakeReads({
        '/plans/xk-2026-2028/commitments/1/comments?page=1&pageSize=1': () => json(page(1)),
        '/plans/xk-2026-2028/commitments/1/comments?page=2&pageSize=1': () =>
          offline ? Promise.reject(new TypeError('Failed to fetch')) : json(page(2)),
      });
      const el = await fixture<HapurComments>(
        html`<hapur-comments
          lang="en"
          plan-id="xk-2026-2028"
          commitment="1"
          page-size="1"
          .client=${api.client}
        ></hapur-comments>`,
      );
      await settled(el);
      offline = true;
      $(el, '.next')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[role="alert"]'), 'no alert');
      expect($(el, '[role="alert"]')!.textContent).to.equal(shared.errorNetwork);
      expect(messages(el)).to.deep.equal(['Comment number 1']);
      expect($(el, '[part="pagination"]')!.textContent).to.contain('Page 1 of 3');
      expect(el.shadowRoot!.activeElement === $(el, '.next'), 'focus on "Next page"').to.equal(true);
      offline = false;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '[part="pagination"]')?.textContent?.includes('Page 2 of 3'), 'page 2 not shown');
      await el.updateComplete;
      expect(messages(el)).to.deep.equal(['Comment number 2']);
      expect($(el, '[role="alert"]'), 'the alert is gone').to.not.exist;
      expect(el.shadowRoot!.activeElement === $(el, '[part="count"]'), 'focus on the count').to.equal(true);
    });

    it('shows a clear message for an unknown commitment and the shared error state on a server failure', async () => {
      const api = fakeReads({
        '/plans/xk-2026-2028/commitments/2/comments': () =>
          json({ type: 'x', title: 'x', status: 503, code: 'down' }, 503),
      });
      const missing = await fixture<HapurComments>(
        html`<hapur-comments lang="en" plan-id="xk-2026-2028" commitment="9" .client=${api.client}></hapur-comments>`,
      );
      await waitUntil(() => missing.matches(':state(error)'));
      await settled(missing);
      expect(shadowText(missing)).to.equal(en.commentsNotFound);
      const failing = await fixture<HapurComments>(
        html`<hapur-comments lang="en" plan-id="xk-2026-2028" commitment="2" .client=${api.client}></hapur-comments>`,
      );
      await waitUntil(() => failing.matches(':state(error)'));
      await settled(failing);
      expect($(failing, '[part="retry-button"]')).to.exist;
      await expect(failing).to.be.accessible();
    });
  });

  describe('localization', () => {
    it('switches language with an ancestor lang', async () => {
      const { el, wrapper } = await inline([answeredComment]);
      for (const [lang, t] of [
        ['sq', sq],
        ['sr-Latn', srLatn],
      ] as const) {
        wrapper.setAttribute('lang', lang);
        await settled(el);
        expect(shadowText(el))
          .to.contain(t.institutionResponse)
          .and.contain(t.statusName.accepted)
          .and.contain(t.kindName.feedback);
      }
    });
  });
  runColorModesContract(
    'hapur-comments',
    async () => (await inline([comment(1), comment(2, { demonstration: false })])).el,
  );
});

runLocalizationContract('hapur-comments', async () => (await inline([answeredComment, comment(21)])).el);
