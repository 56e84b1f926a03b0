import { languageFolder } from '@hapur/sdk';
import type { ReactiveElement } from 'lit';
import { defineCatalogue } from '../../internal/catalogue.js';
import type { ChecklistTranslation } from './translations/checklist-translation.js';
import type { ChecklistMonitorTranslation } from './translations/monitor/monitor-translation.js';

export type { ChecklistTranslation } from './translations/checklist-translation.js';
export type { ChecklistMonitorTranslation } from './translations/monitor/monitor-translation.js';

/** The public checklist's strings, one chunk per language (about 1.8 kB gzipped each). @internal */
export const checklistStrings = defineCatalogue<ChecklistTranslation>(
  'publication-checklist',
  languageFolder((file) => import(`./translations/${file}.js`)),
);

/**
 * The monitoring template's strings, one chunk per language (about 1.1 kB gzipped each), loaded with the template's
 * module when staff open it: a page that shows the public checklist never loads them (issue #20). Strings a site
 * registered under `publication-checklist` apply too (the alias).
 * @internal
 */
export const checklistMonitorStrings = defineCatalogue<ChecklistMonitorTranslation>(
  'publication-checklist-monitor',
  languageFolder((file) => import(`./translations/monitor/${file}.js`)),
  'publication-checklist',
);

/**
 * Asks for the monitoring template's strings in `lang` unless they are here, and updates `host` when they arrive; after
 * a failure (offline), at the browser's next `online`. The block shows the template once they and its module are here.
 * @internal
 */
export function requestMonitorStrings(host: ReactiveElement, lang: string): void {
  if (checklistMonitorStrings.get(lang)) return;
  const update = () => host.requestUpdate();
  checklistMonitorStrings.load(lang).then(update, () => addEventListener('online', update, { once: true }));
}

/** The catalogues the checklist renders with besides the shared strings (the monitor's in monitor mode). @internal */
export const catalogues = [checklistStrings, checklistMonitorStrings];
