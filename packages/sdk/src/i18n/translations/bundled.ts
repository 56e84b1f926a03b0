import { languageFolder } from '../language-folder.js';
import { languageTables, type ValidationMessages } from '../messages.js';
import en from './en.js';
import sq from './sq.js';
import srLatn from './sr-latn.js';

/**
 * `index.ts` as hapur.all.js holds it: the first three languages' tables inside the one file (packages/elements/vite.config.ts puts this
 * module in place of `index.ts` for `--mode bundle-all`; its budget counts them there). Other languages load as
 * chunks of their own (one per page, as in index.ts).
 */
const tables = languageTables<ValidationMessages>(
  languageFolder((file) => import(`./${file}.js`), { sq, 'sr-Latn': srLatn, en }),
);

export const loadValidationMessages = tables.load;
export const validationMessages = tables.get;
