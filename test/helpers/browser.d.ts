import { type Browser, type Page } from 'playwright-core';
export declare function launchBrowser(): Promise<Browser>;
export interface AxeViolation {
    id: string;
    impact: string | null;
    help: string;
    nodes: {
        target: string[];
    }[];
}
/** Runs axe-core (WCAG 2.2 A/AA rules) against the page and returns the violations. */
export declare function axeViolations(page: Page): Promise<AxeViolation[]>;
/** Collects console errors and failed requests of a page, so a test can assert there were none. */
export declare function watchPage(page: Page): {
    errors: string[];
};
/** The element that really has focus, looking through shadow roots. */
export declare function focused(page: Page): Promise<{
    tag: string;
    id: string;
    name: string;
    value: string;
    checked: boolean;
    part: string;
    className: string;
    lang: string;
}>;
export type Focused = Awaited<ReturnType<typeof focused>>;
/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
export declare function tabTo(page: Page, what: string, match: (f: Focused) => boolean, max?: number): Promise<void>;
//# sourceMappingURL=browser.d.ts.map