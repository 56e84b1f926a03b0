import type { UiLanguage } from '@hapur/sdk';
import type { ReactiveElement } from 'lit';
import { HapurAfterRecordEvent } from '../../events/after-record.js';
import { checklistStaffWrite } from '../../internal/client/checklist-write.js';
import type { ChecklistMonitor } from './checklist-monitor.js';
import type { MonitorHandlers } from './checklist-monitor-view.js';
import { isStaffClient, type ChecklistClient, type StaffWrite } from './publication-checklist.types.js';

/** What the monitoring template's handlers read from the block (its `#private` state, through functions). */
export interface MonitorHost {
  readonly el: ReactiveElement;
  /** The template, while it is shown. */
  monitor(): ChecklistMonitor | undefined;
  /** The block's client (its own or the provider's), API address and staff token. */
  client(): ChecklistClient | undefined;
  api(): string | undefined;
  token(): string | undefined;
  lang(): UiLanguage;
  /** Reads the checklist again in the background (the template and focus stay on screen). */
  refresh(): Promise<unknown>;
}

/**
 * The monitoring template's handlers (typing, moving between requirements, draft, sending) and its staff write. In the
 * staff module, loaded only in `monitor` mode: the public checklist's pages download none of it.
 * @internal
 */
export function monitorHandlers(h: MonitorHost): MonitorHandlers {
  const { el } = h;
  let made: { key: string; write: StaffWrite } | undefined;
  /** The staff write: the client's own when it is a staff client, else one made with the token for the API. */
  const recorder = (): StaffWrite | undefined => {
    const client = h.client();
    if (client) return isStaffClient(client) ? client : undefined;
    const api = h.api();
    const token = h.token();
    if (!api || !token) return undefined;
    const key = `${api}|${token}`;
    if (made?.key !== key) made = { key, write: checklistStaffWrite(api, token) };
    return made.write;
  };
  const focusIn = (selector: string) => {
    const target = el.renderRoot.querySelector<HTMLElement>(selector);
    if (!target) return;
    if (!target.matches('input, select, textarea, button, a[href]')) target.tabIndex = -1;
    target.focus();
  };
  /** Runs `change` on the template and renders; then focuses `selector` when given. */
  const act = (change: (m: ChecklistMonitor) => void, selector?: string) => {
    const monitor = h.monitor();
    if (monitor) change(monitor);
    el.requestUpdate();
    if (selector) void el.updateComplete.then(() => focusIn(selector));
  };
  return {
    input: (field, value) => act((m) => m.set(field, value)),
    go: (index) => act((m) => m.go(index), '#field-published'),
    saveDraft: () => act((m) => m.persist(true)),
    discard: () => act((m) => m.discard()),
    jumpTo: (issue, event) => {
      event.preventDefault();
      act((m) => m.go(issue.index), `#field-${issue.field}`);
    },
    submit: async (event) => {
      event.preventDefault();
      const monitor = h.monitor();
      if (!monitor) return;
      const staff = recorder();
      const pending = monitor.submit(staff && staff.recordPublicationCheck.bind(staff), h.lang());
      el.requestUpdate();
      const saved = await pending;
      el.requestUpdate();
      await el.updateComplete;
      if (monitor.issues.length > 0) focusIn('.error-summary');
      else if (monitor.message) focusIn('.message');
      if (saved > 0) {
        el.dispatchEvent(
          new HapurAfterRecordEvent({ institutionId: monitor.institutionId, period: monitor.period, saved }),
        );
        await h.refresh();
      }
    },
  };
}
