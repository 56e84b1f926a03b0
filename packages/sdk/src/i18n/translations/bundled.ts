import { messageTables } from '../messages.js';
import en from './en.js';
import sq from './sq.js';
import srLatn from './sr-latn.js';

/**
 * `index.ts` as hapur.all.js holds it: the tables inside the one file (packages/elements/vite.config.ts puts this
 * module in place of `index.ts` for `--mode bundle-all`; its budget counts them there).
 */
const tables = messageTables({ sq, 'sr-Latn': srLatn, en });

export const loadValidationMessages = tables.load;
export const validationMessages = tables.get;
