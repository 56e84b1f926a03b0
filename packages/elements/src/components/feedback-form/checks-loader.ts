/**
 * The form's checks (`validation.ts`: zod/mini, the SDK's input schema, and the SDK's validation messages in the
 * form's language, most of the form's weight) load on first use: when the person first focuses, presses or types
 * in the form, or at the latest when something needs them (leaving a field, sending). A page with the form loads
 * none of it until then (issue #20). Once loaded, the form uses them synchronously, exactly as before.
 * `checks-module.ts` fetches the module (in hapur.all.js it is inside); here the messages in the form's language load
 * with it, in every build.
 */
import { buildInput } from './input.js';
import { importChecks, importedChecks, type ChecksModule } from './checks-module.js';

/**
 * What the form calls: validation against the SDK's schema, a 400 answer's field messages, and the SDK's messages
 * in a language both take (`messagesIn`, once that language's are loaded).
 */
export type Checks = Pick<ChecksModule, 'validateValues' | 'serverFieldErrors' | 'messagesIn'>;

let loading: Promise<ChecksModule> | undefined;

/** The checks if they have arrived with the messages in `lang` (the form's language). */
export const loadedChecks = (lang: string): Checks | undefined => {
  const checks = importedChecks();
  return checks?.validationStrings.get(lang) ? checks : undefined;
};

/**
 * Loads the checks once per page (`importChecks`), then the SDK's messages in `lang`; a failed load (offline) is
 * tried again on the next call.
 */
export function loadChecks(lang: string): Promise<Checks> {
  return (loading ??= importChecks().catch((error: unknown) => {
    loading = undefined;
    throw error;
  })).then((checks) => checks.validationStrings.load(lang).then(() => checks));
}

/**
 * Settles once the checks have loaded or failed to: a queued message the server refused shows its field messages
 * (they come from the checks, which a page that only delivers its queue has not loaded).
 */
export const checksTried = (lang: string): Promise<void> =>
  loadChecks(lang).then(
    () => undefined,
    () => undefined,
  );

/**
 * Runs `use` with the checks: now when they are here (no await: the form updates in the same task, as it did when
 * they were part of it), else once they arrive; with `unavailable` when they cannot load (offline), or not at all
 * without it. A send that is the form's first use shows the form as sending meanwhile (its busy state and button).
 */
export function withChecks<R>(lang: string, use: (checks: Checks) => R, unavailable?: Checks) {
  const checks = loadedChecks(lang);
  return checks ? use(checks) : loadChecks(lang).then(use, () => (unavailable ? use(unavailable) : undefined));
}

/** Starts loading the checks (no error: a later use tries again and reports it). */
export const loadChecksSoon = (lang: string): void => void loadChecks(lang).catch(() => undefined);

/**
 * What the form checks with when the checks cannot load (offline since before its first use): nothing. The send
 * finds no network either, so the message waits in the outbox as typed, and the server checks it on delivery (a
 * refusal brings it back with its field messages, as for any queued message).
 */
export const noChecks: Checks = {
  validateValues: (values, context) => ({ input: buildInput(values, context), errors: {} }),
  serverFieldErrors: () => undefined,
  // Neither reads them.
  messagesIn: () => undefined as never,
};
