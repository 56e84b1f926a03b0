// Types of ui-languages.mjs (the test/shape checks import it).
export function uiLanguages(dir?: string): string[];
export function source(tags: readonly string[]): string;
