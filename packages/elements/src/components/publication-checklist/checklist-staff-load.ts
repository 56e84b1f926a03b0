import { adoptStyles, type ReactiveElement } from 'lit';
import { whenOnline } from '../../internal/while-online.js';

/**
 * The monitoring template's module, on first use (a chunk of its own with the loader and in hapur.all.js alike). Its look
 * (`checklist-monitor.styles.ts`) comes with it and joins the block's sheets once it is here: a page that shows the
 * public checklist loads neither.
 * @internal
 */
export const loadStaff = (host: ReactiveElement) =>
  // Asked for online only: a module that failed to load offline stays failed for the page in some browsers (Chromium
  // 150), so staff who open the template offline get it once the connection returns, without a reload.
  whenOnline()
    .then(() => import('./checklist-staff.js'))
    .then((module) => {
      const own = (host.constructor as typeof ReactiveElement).elementStyles;
      adoptStyles(host.renderRoot as ShadowRoot, [...own, module.monitorStyles]);
      return module;
    });
export type StaffModule = Awaited<ReturnType<typeof loadStaff>>;
