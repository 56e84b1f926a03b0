import { createDocumentCore, type Core } from '@hapur/sdk';
import type { ApiEntry } from './registry.js';

/**
 * The read-only document core of one base URL (`createDocumentCore`: plain fetch, no ky) for the display reads
 * (comments, status, statistics, the tracker's plan), as the service blocks and the checklist read: a page that
 * only shows data loads neither ky nor the SDK core (issue #20). @internal
 */
export const documentsOf = (entry: ApiEntry): Core => (entry.documents ??= createDocumentCore({ baseUrl: entry.base }));
