import { IsoDateSchema, LangTagSchema, TEXT_CHARACTERS, canonicalLangTag, isLangFilter } from '@hapur/sdk';
import type { Context } from 'hono';
import { problems, type FieldError } from './problem.js';
import { issueMessage } from './validate.js';

interface Rule {
  schema: { safeParse(value: unknown): { success: boolean } };
  code: string;
  message: string;
  /** The value as the handler takes it (a language tag in its canonical case); `undefined` keeps it as sent. */
  canonical?: (value: string) => string | undefined;
  /** The sentence for a refused value, when it can say more than `message`. */
  explain?: (value: string) => string | undefined;
}

const NOT_A_TAG = 'Use a language tag such as sq, sr-Latn or en.';

/** Why a canonical tag is not one LangTagSchema takes (bare `sr`: which script), in the SDK's words. */
function langReason(value: string): string | undefined {
  const result = LangTagSchema.safeParse(value);
  const reason = result.success ? undefined : result.error.issues.find((i) => i.code === 'custom');
  return reason && issueMessage(reason);
}

/** A language tag, any letter case (BCP 47 ignores it: `SQ` is `sq`), read in its canonical form. */
const lang: Rule = {
  schema: LangTagSchema,
  code: 'invalid_lang',
  message: NOT_A_TAG,
  canonical: canonicalLangTag,
  explain: langReason,
};

/**
 * Query parameter rules, each an SDK schema: a real calendar date; a language tag (never echoed unchecked), and the
 * language a list is filtered by, where bare `sr` is Serbian in either script.
 */
export const QUERY = {
  date: { schema: IsoDateSchema, code: 'invalid_date', message: 'Use a real calendar date, YYYY-MM-DD.' },
  lang,
  langFilter: {
    ...lang,
    // The SDK's rule, which a static client's listServices checks with too (ServiceQuerySchema).
    schema: { safeParse: (value: unknown) => ({ success: typeof value === 'string' && isLangFilter(value) }) },
  },
} satisfies Record<string, Rule>;

/** 400 when a period starts after it ends (`from`, `to`: checked dates, YYYY-MM-DD, compared as text). */
export function refuseBackwardsPeriod(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to)
    throw problems.badRequest('invalid_query', 'Invalid query parameters.', [
      { path: 'from', code: 'invalid_date', message: `The period starts (${from}) after it ends (${to}).` },
    ]);
}

/** A rule for a parameter that takes one of `values` (an SDK enum): anything else is a 400 naming them. */
export const oneOf = (values: readonly string[]): Rule => ({
  schema: { safeParse: (value: unknown) => ({ success: values.includes(value as string) }) },
  code: 'invalid_value',
  message: `Use one of: ${values.join(', ')}.`,
});

/**
 * The named query parameters, each checked by its rule; one 400 problem names every bad one. An absent
 * or empty parameter is `undefined`.
 */
export function readQuery<K extends string>(c: Context, rules: Record<K, Rule>): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  const bad: FieldError[] = [];
  for (const name of Object.keys(rules) as K[]) {
    const sent = c.req.query(name);
    if (sent === undefined || sent === '') continue;
    const rule = rules[name];
    const value = rule.canonical ? rule.canonical(sent) : sent;
    if (value !== undefined && rule.schema.safeParse(value).success) out[name] = value;
    else bad.push({ path: name, code: rule.code, message: (value && rule.explain?.(value)) ?? rule.message });
  }
  if (bad.length > 0) throw problems.badRequest('invalid_query', 'Invalid query parameters.', bad);
  return out;
}

/**
 * Path ids and query values with a character no id, date or search holds (NUL and other control characters, lone
 * surrogates, non-characters: the SDK's TEXT_CHARACTERS) are refused before a handler reads them (Postgres refuses NUL
 * in text: they were 500s). A path then names nothing (404; the detail echoes no path, which may hold a status token);
 * a query gets one 400 naming each such parameter.
 */
export function refuseControlCharacters(c: Context): void {
  if (!Object.values(c.req.param() as Record<string, string>).every((value) => TEXT_CHARACTERS.test(value)))
    throw problems.notFound('Nothing at this address: no id holds control characters.');
  const bad: FieldError[] = [];
  for (const [name, value] of new URL(c.req.url).searchParams)
    if (!TEXT_CHARACTERS.test(value))
      bad.push({ path: name, code: 'invalid_characters', message: 'Remove the control characters from this value.' });
  if (bad.length > 0) throw problems.badRequest('invalid_query', 'Invalid query parameters.', bad);
}

/**
 * A parameter the route takes (`names`: its query parameters in the SDK's route table) given more than once is a 400
 * naming it: the handlers read one value, and reading the first silently answered `?type=request&type=proposal`
 * for requests alone. A parameter the route does not take (a cache buster) may repeat.
 */
export function refuseRepeatedParameters(c: Context, names: readonly string[]): void {
  const query = new URL(c.req.url).searchParams;
  const bad = names
    .filter((name) => query.getAll(name).length > 1)
    .map((path) => ({ path, code: 'repeated', message: 'Give this parameter once: it takes one value.' }));
  if (bad.length > 0) throw problems.badRequest('invalid_query', 'Invalid query parameters.', bad);
}
