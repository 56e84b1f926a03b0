/**
 * Makes every test in the calling file fail when it writes to `console.error` or `console.warn`
 * (a Lit dev warning, a failed render, a forgotten debug line). A test that expects a warning takes
 * it with `consumeConsole(pattern)`.
 * @internal
 */
let calls: string[] = [];

export function failOnConsole(): void {
  const original = { error: console.error, warn: console.warn };
  beforeEach(() => {
    calls = [];
    console.error = (...args: unknown[]) => {
      calls.push(`console.error: ${args.map(String).join(' ')}`);
    };
    console.warn = (...args: unknown[]) => {
      calls.push(`console.warn: ${args.map(String).join(' ')}`);
    };
  });
  afterEach(() => {
    console.error = original.error;
    console.warn = original.warn;
    if (calls.length > 0) throw new Error(`The test wrote to the console:\n${calls.join('\n')}`);
  });
}

/** Removes and returns the console calls matching `pattern`, so an expected warning does not fail the test. */
export function consumeConsole(pattern: RegExp): string[] {
  const matched = calls.filter((call) => pattern.test(call));
  calls = calls.filter((call) => !pattern.test(call));
  return matched;
}
