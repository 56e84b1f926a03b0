import { isRemovedComment, type CommentListItem, type PublishedComment, type RemovedComment } from '@hapur/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DataController, type DataTask } from '../../internal/controllers/data.js';
import { HapurElement } from '../../internal/hapur-element.js';
import { TextRenderer } from '../../internal/localized-text.js';
import { describeError } from '../../internal/describe-error.js';
import { renderDataState, renderLanguagePending } from '../../internal/render-state.js';
import { commentReads } from '../../internal/client/comment-reads.js';
import { pickClient, type BlockClient } from '../../internal/client/registry.js';
import { feedbackCommonStrings, type FeedbackCommonTranslation } from '../../translations/feedback-common/index.js';
import { newestFirst, pageCount, pageOfList, type CommentPage } from './comments.model.js';
import { blockStyles } from '../../styles/tokens.styles.js';
import styles from './comments.styles.js';
import { catalogues, commentsStrings, type CommentsTranslation } from './comments.translations.js';

/** What the comments render with: the feedback blocks' common words and their own strings. */
type CommentsText = FeedbackCommonTranslation & CommentsTranslation;

/**
 * Comments a moderator published on a commitment (from the API) or on anything else (given as
 * data), newest first, a page at a time, each with the institution's response beneath it. Shows
 * text only: no names or contact details exist in published comments. A comment a moderator took
 * off again keeps its place as "Removed by moderation: reason", without its text.
 *
 * @summary Published citizen comments with the institution's responses, paginated.
 * @customElement hapur-comments
 * @status experimental
 * @since 0.1.0
 * @dependency hapur-provider
 *
 * @event {HapurLoadEvent} hapur-load - A page of comments loaded.
 * @event {HapurErrorEvent} hapur-error - Loading failed; `detail.error` is the SDK error.
 *
 * @csspart base - The wrapper.
 * @csspart count - The number of comments (focused after a page change).
 * @csspart comment - Each comment.
 * @csspart removed - In the place of a comment removed by moderation: "Removed by moderation: reason".
 * @csspart demo-note - The "demonstration data" note, when a comment shown is a demonstration submission.
 * @csspart demo-label - The "Demonstration" mark on such a comment.
 * @csspart response - The institution's response under a comment.
 * @csspart pagination - The page navigation.
 * @csspart retry-button - The retry button of the error state.
 *
 * @cssstate loading - Comments are loading.
 * @cssstate empty - Nothing published yet.
 * @cssstate error - Loading failed.
 *
 * @cssproperty --hapur-comments-accent-color - Border of the responses.
 * @cssproperty --hapur-comments-border-color - Border of each comment.
 */
export class HapurComments extends HapurElement {
  static override styles = blockStyles(styles);
  static override catalogues = catalogues;

  static override properties = {
    planId: { attribute: 'plan-id' },
    commitment: {},
    pageSize: { attribute: 'page-size', type: Number },
    comments: { attribute: false },
    page: { state: true },
  };

  /** Plan id of the commitment whose comments to load, e.g. `xk-2026-2028`. */
  planId: string | undefined;
  /** Commitment number within the plan, e.g. `3`. */
  commitment: string | undefined;
  /** Comments per page (1–100). */
  pageSize = 10;
  /** A configured SDK client (set from JavaScript); overrides `api`. */
  declare client: BlockClient<'listComments'> | undefined;
  /** Comments given as data (e.g. on a service); paginated here instead of loading. */
  comments: CommentListItem[] | undefined;

  private page = 1;
  #focusAfterLoad = false;
  /** The comments given as data, as JSON: others (not an equal array given again) start at their first page. */
  #list: string | undefined;
  /** The page on screen: paging keeps it, with its pager and the focus there, until the next page is in. */
  #shown: CommentPage | undefined;

  readonly #data = new DataController<CommentPage>(this, {
    task: () => this.#dataTask(),
    isEmpty: (page) => page.total === 0,
  });

  get #size(): number {
    return Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 10));
  }

  #dataTask(): DataTask<CommentPage> | undefined {
    if (this.comments) {
      const list = this.comments;
      return {
        source: 'inline',
        // The comments themselves, not their number: a page that gives others (another service) shows them.
        key: `${this.#list}:${this.page}:${this.#size}`,
        run: async () => pageOfList(list, this.page, this.#size),
      };
    }
    const client = pickClient(commentReads, this.client, this.api, this.config);
    const { planId, commitment } = this;
    if (!client || !planId || !commitment) return undefined;
    const page = this.page;
    const size = this.#size;
    return {
      source: 'api',
      key: `${this.api ?? ''}|${planId}|${commitment}|${page}|${size}`,
      run: async (signal) => {
        const result = await client.listComments(planId, commitment, { page, pageSize: size }, { signal });
        return { ...result, items: newestFirst(result.items) };
      },
    };
  }

  #goTo(page: number): void {
    // The same page again: it could not load, so pressing again tries again.
    if (page === this.page) this.#data.reload();
    this.page = page;
    this.#focusAfterLoad = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another commitment's comments start at their first page (a page or framework that sets another on this element),
    // and so do other comments given as data (another service's: its page 3 is no place to start); the same comments
    // given again (a framework's re-render with an equal array) keep the reader's page.
    // (The list is compared first, so it is always kept.)
    if (
      this.#list !== (this.#list = JSON.stringify(this.comments)) ||
      changed.has('planId') ||
      changed.has('commitment')
    )
      this.page = 1;
  }

  protected override updated(): void {
    if (this.#focusAfterLoad && this.#data.status === 'success') {
      this.#focusAfterLoad = false;
      this.renderRoot.querySelector<HTMLElement>('[part="count"]')?.focus();
    }
  }

  protected override render() {
    if (!this.localize.ready) return renderLanguagePending();
    // The feedback blocks' common words (kind and status names, paging) and the comments' own strings, as one object.
    const t: CommentsText = { ...this.localize.text(feedbackCommonStrings), ...this.localize.text(commentsStrings) };
    if (
      this.#data.status === 'error' &&
      (this.#data.error as { name?: string } | undefined)?.name === 'NotFoundError'
    ) {
      return html`<div class="state state--error" part="base" role="alert" lang=${t.lang}>
        <p class="state__text">${t.commentsNotFound}</p>
      </div>`;
    }
    const data = this.#data;
    // Paging keeps the page on screen, its pager and the focus there, until the next page is in.
    const kept = this.#focusAfterLoad && data.status !== 'success' ? this.#shown : undefined;
    const state = kept ? undefined : renderDataState(data, this.localize, t.commentsEmpty);
    const page = kept ?? data.data;
    if (state || !page) return state ?? nothing;
    this.#shown = page;
    const pages = pageCount(page.total, page.pageSize);
    const count = t.commentsCount(page.total, this.localize.number(page.total));
    const demo = page.items.some((comment) => !isRemovedComment(comment) && comment.demonstration);
    return html`<section part="base" lang=${t.lang} aria-labelledby="count">
      <p class="count" id="count" part="count" tabindex="-1">${count}</p>
      ${demo ? html`<p class="notice--demo" part="demo-note" role="note">${t.demonstrationNote}</p>` : nothing}
      <ol class="list">
        ${page.items.map((comment) =>
          isRemovedComment(comment) ? this.#renderRemoved(comment, t) : this.#renderComment(comment, t),
        )}
      </ol>
      ${kept && data.error ? html`<p class="state state--error" role="alert">${describeError(data.error, this.localize)}</p>` : nothing}
      ${pages > 1 ? this.#renderPagination(t, page.page, pages) : nothing}
    </section>`;
  }

  #renderComment(comment: PublishedComment, t: CommentsText): TemplateResult {
    const text = new TextRenderer(this.localize);
    const paragraphs = comment.message
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const response = comment.response;
    return html`<li class="comment" part="comment">
      <p class="meta">
        <span class="kind">${t.kindName[comment.type]}</span> ·
        <time datetime=${comment.publishedAt}>${t.publishedOn(this.localize.date(comment.publishedAt))}</time> ·
        ${t.statusName[comment.status]}
        ${comment.demonstration ? html` · <span class="demo-label" part="demo-label">${t.demonstrationLabel}</span>` : nothing}
      </p>
      ${paragraphs.map((p) => html`<p lang=${comment.language}>${p}</p>`)}
      ${
        response
          ? html`<div class="response" part="response">
              <p class="response__title">${t.institutionResponse}</p>
              ${text.paragraphs(response.body)}
              <p class="meta">${t.respondedOn(this.localize.date(response.respondedAt))}</p>
              ${text.note()}
            </div>`
          : nothing
      }
    </li>`;
  }

  /** A comment moderators took off: the reason in its place, never its text. */
  #renderRemoved(comment: RemovedComment, t: CommentsText): TemplateResult {
    const text = new TextRenderer(this.localize);
    return html`<li class="comment comment--removed" part="removed">
      <p>${t.removedByModeration}: ${text.inline(comment.reason)}</p>
    </li>`;
  }

  #renderPagination(t: CommentsText, page: number, pages: number): TemplateResult {
    return html`<nav part="pagination" aria-label=${t.pagination}>
      ${page > 1 ? html`<button type="button" class="prev" @click=${() => this.#goTo(page - 1)}>${t.previousPage}</button>` : nothing}
      <span aria-current="page">${t.pageLabel(this.localize.number(page), this.localize.number(pages))}</span>
      ${page < pages ? html`<button type="button" class="next" @click=${() => this.#goTo(page + 1)}>${t.nextPage}</button>` : nothing}
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hapur-comments': HapurComments;
  }
}
