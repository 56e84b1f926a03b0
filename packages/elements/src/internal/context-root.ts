import type { ContextEvent } from '@lit/context';

interface Pending {
  readonly context: unknown;
  readonly element: WeakRef<Element>;
  readonly callback: WeakRef<ContextEvent<never>['callback']>;
}

/**
 * Keeps the subscribing context requests that reach `root` unanswered (a block that upgraded before the
 * `<hapur-provider>` around it: its module arrived first) and asks again for them when a provider announces itself
 * with `context-provider`: the role of @lit/context's `ContextRoot`, written for the loader in about half its size
 * (issue #20: every page loads the loader). A request is kept once per element and callback; the element and the
 * callback are held weakly, so a block removed meanwhile is let go. Requests that do not subscribe are not kept, as
 * a one-time answer would come too late to matter. @internal
 */
export function replayLateContextRequests(root: Element): void {
  let pending: Pending[] = [];
  root.addEventListener('context-request', (event) => {
    const { context, callback, subscribe, contextTarget } = event as ContextEvent<never>;
    if (!subscribe) return;
    const element = contextTarget ?? (event.composedPath()[0] as Element);
    if (pending.some((p) => p.context === context && p.element.deref() === element && p.callback.deref() === callback))
      return;
    pending.push({ context, element: new WeakRef(element), callback: new WeakRef(callback) });
  });
  root.addEventListener('context-provider', (event) => {
    const { context } = event as Event & { context: unknown };
    const now = pending.filter((p) => p.context === context);
    pending = pending.filter((p) => p.context !== context);
    for (const p of now) {
      const element = p.element.deref();
      const callback = p.callback.deref();
      // `contextRequest` (context.ts) written out: imported, it would be a module this loader shares with the blocks'
      // kit, a chunk of its own on every page (issue #20).
      if (element && callback)
        element.dispatchEvent(
          Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
            context,
            contextTarget: element,
            callback,
            subscribe: true,
          }),
        );
    }
  });
}
