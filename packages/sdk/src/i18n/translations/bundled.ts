import { messageTables } from '../messages.js';
import en from './en.js';
import sq from './sq.js';
import srLatn from './sr-latn.js';

/**
 * `index.ts` as hapur.all.js holds it: the first three languages' tables inside the one file (packages/elements/vite.config.ts puts this
 * module in place of `index.ts` for `--mode bundle-all`; its budget counts them there).
 */
const tables = messageTables({
  sq,
  'sr-Latn': srLatn,
  en,
  // Languages added since the file's budget was set load as chunks of their own (one per page, as in index.ts).
  tr: () => import('./tr.js'),
  bs: () => import('./bs.js'),
  'sr-Cyrl': () => import('./sr-cyrl.js'),
});

export const loadValidationMessages = tables.load;
export const validationMessages = tables.get;
