import type { Context } from 'hono';
import { IdSchema, MESSAGE_KEYS, describeIssueInEnglish, messageKey } from '@hapur/sdk';
import { problems, type FieldError } from './problem.js';

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message: string;
  /** zod's `unrecognized_keys` names the unknown keys here, with the parent as `path`. */
  readonly keys?: readonly string[];
  /** `invalid_type`: the type expected; `invalid_value`: the values allowed; `invalid_format`: the format and pattern. */
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly format?: string;
  readonly pattern?: string;
  /** `invalid_union`: each alternative's issues. */
  readonly errors?: readonly (readonly Issue[])[];
}

const LANGUAGE_FIELDS = /^(?:language|lang|source|sourceLanguage)$/;
/** zod's string formats, said for a developer (its `pattern` is a regular expression nobody should have to read). */
const FORMATS: Readonly<Record<string, string>> = {
  url: 'Use an https:// URL on a public host name.',
  email: 'Use an e-mail address.',
  date: 'Use a real calendar date, YYYY-MM-DD.',
  datetime: 'Use a date and time with its offset, e.g. 2026-03-01T09:30:00Z.',
  duration: 'Use an ISO 8601 duration such as P15D.',
};

/** The SDK's id pattern as an issue gives it (read from IdSchema's own issue: the pattern is written once, there). */
const ID_PATTERN = (IdSchema.safeParse('').error?.issues[0] as Issue | undefined)?.pattern;
const ID_RULE = 'Use an id: lower-case letters, digits and . _ - between them, up to 120 characters, such as xk-mapl.';

/**
 * The SDK schemas' rules that only API writers meet (no form shows them, so the SDK's message tables, which every
 * form's page loads, do not carry them), said for a developer. A rule a form shows is in those tables.
 */
/** A value that is neither of a day-or-instant field's forms (an opportunity's `when.start`: a time without offset). */
const DAY_OR_INSTANT =
  'Use a real calendar date, YYYY-MM-DD, or a date and time with its offset, e.g. 2027-01-20T10:00:00+01:00.';
const dayOrInstant = (issue: Issue) =>
  issue.code === 'invalid_union' &&
  !!issue.errors?.length &&
  issue.errors.flat().every((e) => e.code === 'invalid_format' && (e.format === 'date' || e.format === 'datetime'));

const API_RULES: Readonly<Record<string, string>> = {
  unknown_time_zone: 'Use an IANA time zone this server knows, such as Europe/Belgrade or UTC.',
  not_with_unspecified: 'Leave this out when "kind" is "unspecified".',
  date_expected: 'Use a date, YYYY-MM-DD, when "kind" is "date".',
  date_time_expected: 'Use a date and time with its offset when "kind" is "date_time".',
  not_with_date: 'Leave the time zone out when "kind" is "date" (whole days).',
  end_before_start: 'The end is before the start.',
  reason_required: 'Give the reason when the status is "not_adopted".',
  commitment_required: 'Name at least one commitment the idea was adopted into.',
  not_with_status: 'Only an adopted or partly adopted idea names what it was adopted into.',
  organisation_only: 'Only an organisation is named ("kind": "organisation").',
  not_canonical: 'Write the language tag in its canonical form, such as sr-Latn or en.',
  completed_below_100:
    'A milestone reported "completed" (or "complete") is at 100: send 100, or leave "progressPercent" out.',
  url_not_published: 'Leave the url out when "published" is "no": a document that is not published has no address.',
};

/**
 * An issue's message for a developer: zod's own when it has one; a rule's sentence instead of its key
 * (`end_before_start`); else what was expected instead of its bare "Invalid input" (the allowed values, the type, the
 * format), or the SDK's English sentence (the length limits, the feedback form's rules).
 */
export function issueMessage(issue: Issue): string {
  const rule = API_RULES[issue.message];
  if (rule) return rule;
  if (issue.message !== 'Invalid input' && !(MESSAGE_KEYS as readonly string[]).includes(issue.message))
    return issue.message;
  const field = String(issue.path.at(-1) ?? '');
  if (dayOrInstant(issue)) return DAY_OR_INSTANT;
  if (issue.code === 'invalid_value' && issue.values?.length)
    return `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
  if (issue.code === 'invalid_type' && issue.expected) return `Expected ${issue.expected}.`;
  if (issue.code === 'invalid_format' && LANGUAGE_FIELDS.test(field))
    return 'Use a language tag such as sq, sr-Latn or en.';
  if (issue.code === 'invalid_format' && issue.format && FORMATS[issue.format]) return FORMATS[issue.format]!;
  if (issue.code === 'invalid_format' && ID_PATTERN && issue.pattern === ID_PATTERN) return ID_RULE;
  // A pattern the SDK has words for (a quarter, a phone number, a commitment number…): its sentence, not the pattern.
  if (issue.code === 'invalid_format' && messageKey(issue as Parameters<typeof messageKey>[0]) !== 'format')
    return describeIssueInEnglish(issue as Parameters<typeof describeIssueInEnglish>[0]);
  if (issue.code === 'invalid_format' && issue.format)
    return issue.pattern ? `Does not match the pattern ${issue.pattern}.` : `Not a valid ${issue.format}.`;
  return describeIssueInEnglish(issue as Parameters<typeof describeIssueInEnglish>[0]);
}
/** The part of a zod (or zod/mini) schema the server needs; the schemas themselves live in `@hapur/sdk`. */
export interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );

/** Keys present in `input` that the schema dropped from `output`: fields the API does not know. */
export function unknownKeys(input: unknown, output: unknown, path: PropertyKey[] = []): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, i) => unknownKeys(item, output[i], [...path, i]));
  }
  if (!isPlainObject(input) || !isPlainObject(output)) return [];
  // Own keys only: `key in output` would find `constructor`, `toString` and `__proto__` on every object.
  return Object.keys(input).flatMap((key) =>
    Object.hasOwn(output, key) ? unknownKeys(input[key], output[key], [...path, key]) : [formatPath([...path, key])],
  );
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates with an SDK schema; unknown fields and schema issues become one 400 problem naming each path. */
export function validate<T>(schema: Parser<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const errors = result.error.issues.flatMap((i): FieldError[] =>
      i.code === 'unrecognized_keys' && i.keys
        ? i.keys.map((key) => {
            const path = formatPath([...i.path, key]);
            return { path, code: 'unrecognized_keys', message: `Unknown field "${path}".` };
          })
        : [{ path: formatPath(i.path), code: i.code, message: issueMessage(i) }],
    );
    const unknown = errors.filter((e) => e.code === 'unrecognized_keys').map((e) => e.path);
    throw problems.validation(errors, unknown.length > 0 ? `Unknown field(s): ${unknown.join(', ')}.` : undefined);
  }
  const extra = unknownKeys(value, result.data);
  if (extra.length > 0) {
    throw problems.validation(
      extra.map((path) => ({ path, code: 'unrecognized_keys', message: `Unknown field "${path}".` })),
      `Unknown field(s): ${extra.join(', ')}.`,
    );
  }
  return result.data;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a JSON request body: 415 when it is not JSON, 400 when it is not UTF-8 (bytes that are not would be stored
 * as U+FFFD, the text silently changed) or does not parse. With `emptyIsObject`, a request without a body (whatever
 * its Content-Type) reads as `{}`.
 */
export async function readJson(c: Context, emptyIsObject = false): Promise<unknown> {
  const bytes = await c.req.arrayBuffer();
  if (emptyIsObject && bytes.byteLength === 0) return {};
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) throw problems.unsupportedMedia();
  if (bytes.byteLength === 0)
    throw problems.badRequest('invalid_json', 'The request body is empty: send the JSON object this endpoint takes.');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw problems.badRequest('invalid_json', 'The request body is not valid UTF-8: send JSON encoded as UTF-8.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw problems.badRequest('invalid_json', 'The request body is not valid JSON.');
  }
}

/**
 * A route's input, validated with its SDK schema. A body is optional where the schema takes `{}` (every field
 * optional): a request without one reads as `{}`. A route without an input schema takes no body: none, or `{}`;
 * a field in it is a 400 naming it, as an unknown field anywhere.
 */
export async function readInput<T>(c: Context, schema: Parser<T> | undefined): Promise<T> {
  if (!schema) return validate(NO_FIELDS, await readJson(c, true)) as T;
  return validate(schema, await readJson(c, schema.safeParse({}).success));
}

/** The body of a route that takes none: an object without fields (its fields are unknown ones). */
export const NO_FIELDS: Parser<Record<string, never>> = {
  safeParse: (value) =>
    isPlainObject(value)
      ? { success: true, data: {} }
      : {
          success: false,
          error: { issues: [{ path: [], code: 'invalid_type', message: 'This request takes no body: send none.' }] },
        },
};
