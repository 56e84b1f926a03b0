import type { ActionPlan, Commitment } from '@hapur/sdk';
import { adoptStyles, css, html, type ReactiveElement, type TemplateResult } from 'lit';
import { importWhileOnline } from '../../internal/while-online.js';
import { describeDue, heading, type RenderContext } from './render-context.js';
import type * as view from './tracker-timeline-view.js';

type TimelineModule = typeof view;

/**
 * The timeline's styles in the tracker's own sheet: none here, they come with the timeline's module and take this
 * empty sheet's place among the tracker's sheets then (before the tracker's own rules, whose forced-colours and print
 * rules must win), so a page that shows the list loads none of them. hapur.all.js swaps in
 * `tracker-timeline-load.bundled.ts`: the styles in place and the timeline inside.
 * @internal
 */
export const timelineSheet = css``;

/**
 * Where the timeline's module comes from (tests make it fail): never asked for while the browser knows it is offline
 * (`importWhileOnline`: a module that failed to load may stay failed for the page), so the retry loads it once the
 * connection is back.
 * @internal
 */
export const timelineChunk = {
  load: (): Promise<TimelineModule> => importWhileOnline(() => import('./tracker-timeline-view.js')),
};

let loaded: TimelineModule | undefined;
let loading: Promise<unknown> | undefined;
/** The last load failed (offline): the error state shows until the reader tries again. */
let failed = false;
/** Trackers that have the timeline's styles among their sheets. */
const styled = new WeakSet<ReactiveElement>();

/**
 * Starts loading the module once per page (again after a failure). A tracker that opens on the timeline (a link with
 * `#ct-view=timeline`) calls it as it connects, so the module comes beside the plan instead of after it.
 * @internal
 */
export function preloadTimeline(): Promise<unknown> {
  return (loading ??= timelineChunk.load().then(
    (module) => (loaded = module),
    () => ((failed = true), (loading = undefined)),
  ));
}

/** Loads the module; `host` renders again when it arrives or fails. */
function load(host: ReactiveElement): void {
  void preloadTimeline().then(() => host.requestUpdate());
}

/**
 * The timeline (`render-timeline.ts`), its module loaded the first time a tracker shows it: until it is here, the
 * block's loading state in its place (the toolbar stays, and the view button keeps the focus); if it cannot load,
 * the error state with a retry button. Once here, every tracker on the page renders it at once.
 * @internal
 */
export function renderTimelineView(
  plan: ActionPlan,
  commitments: readonly Commitment[],
  ctx: RenderContext,
  level: number,
  host: ReactiveElement,
): TemplateResult {
  const t = ctx.localize.t;
  if (loaded) {
    if (!styled.has(host)) {
      styled.add(host);
      const own = (host.constructor as typeof ReactiveElement).elementStyles;
      const timelineStyles = loaded.timelineStyles;
      adoptStyles(
        host.renderRoot as ShadowRoot,
        own.map((sheet) => (sheet === timelineSheet ? timelineStyles : sheet)),
      );
    }
    return loaded.renderTimeline(plan, commitments, ctx, level, { heading, describeDue });
  }
  if (failed)
    return html`<div class="state state--error" role="alert">
      <p class="state__title">${t.errorTitle}</p>
      <p class="state__text">${t.errorNetwork}</p>
      <button
        type="button"
        part="retry-button"
        @click=${() => {
          failed = false;
          host.requestUpdate();
        }}
      >
        ${t.retry}
      </button>
    </div>`;
  load(host);
  return html`<div class="state" aria-busy="true">
    <p class="state__text" role="status">${t.loading}</p>
    <span class="skeleton"></span>
  </div>`;
}
