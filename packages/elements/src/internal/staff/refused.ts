/**
 * Whether the server (or the SDK's own check before sending) refused a staff write rather than failing to answer: a
 * refused input (400/422), or a 4xx whose shared text (`describeError`'s `text`) is only `unknown` (a 409 conflict, …).
 * The shared texts speak of loading data ("invalid data", "…while loading"), so a refused write needs words of its
 * own. A 401, 403 or 429 is worded before this. One expression, so that the minifier writes it in place.
 * @internal
 */
export const refusedWrite = (error: unknown, text: string, unknown: string): boolean =>
  (error as { name?: unknown } | undefined)?.name === 'InputValidationError' ||
  (((Number((error as { status?: unknown } | undefined)?.status) / 100) | 0) === 4 && text === unknown);

/**
 * The server's own words on a refused write, when its answer carries them: its first field message (a 400/422 with
 * field errors), else its problem's `detail`; none from a refusal by the SDK before sending. @internal
 */
export function serverReason(error: unknown): string | undefined {
  const e = Object(error) as { source?: unknown; issues: { message: string }[]; problem?: { detail?: string } };
  return e.source === 'server' ? e.issues[0]!.message : e.problem?.detail;
}
