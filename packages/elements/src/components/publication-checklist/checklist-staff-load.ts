import { adoptStyles, type ReactiveElement } from 'lit';

/**
 * The monitoring template's module, on first use (hapur.all.js swaps in `checklist-staff-load.bundled.ts`). Its look
 * (`checklist-monitor.styles.ts`) comes with it and joins the block's sheets once it is here: a page that shows the
 * public checklist loads neither.
 * @internal
 */
export const loadStaff = (host: ReactiveElement) =>
  import('./checklist-staff.js').then((module) => {
    const own = (host.constructor as typeof ReactiveElement).elementStyles;
    adoptStyles(host.renderRoot as ShadowRoot, [...own, module.monitorStyles]);
    return module;
  });
export type StaffModule = Awaited<ReturnType<typeof loadStaff>>;
