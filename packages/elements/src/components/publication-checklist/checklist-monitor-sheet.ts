import { css } from 'lit';

/**
 * The monitoring styles in the block's own sheet: none here, they come with the monitoring template's module and
 * join the block's sheets then (`checklist-staff-load.ts`), so a page with the public checklist loads none of them
 * (with the loader and with hapur.all.js alike).
 * @internal
 */
export const monitorSheet = css``;
