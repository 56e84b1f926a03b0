import type { Browser } from 'playwright-core';
export interface PageScripts {
    /** gzip -9 bytes of every script the page loaded, summed. */
    bytes: number;
    files: {
        name: string;
        url: string;
        bytes: number;
    }[];
}
export declare function measurePageScripts(browser: Browser, url: string): Promise<PageScripts>;
//# sourceMappingURL=page-weight.d.ts.map