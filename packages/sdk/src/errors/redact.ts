/**
 * Removes secrets from a URL before it goes into an error: the feedback status token
 * (`/feedback/<token>`, the last path segment), and token-like query parameters.
 */
const SECRET_PARAMS = /^(?:token|access_token|statusToken|key|signature|sig)$/i;
const FEEDBACK_TOKEN = /(\/feedback\/)[^/?#]+(?=$|[?#])/;

export const REDACTED = '[redacted]';

export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://relative.invalid');
  } catch {
    return REDACTED;
  }
  parsed.pathname = parsed.pathname.replace(FEEDBACK_TOKEN, `$1${REDACTED}`);
  parsed.username = '';
  parsed.password = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (SECRET_PARAMS.test(name)) parsed.searchParams.set(name, REDACTED);
  }
  const text = parsed.toString().replaceAll(encodeURIComponent(REDACTED), REDACTED);
  return parsed.origin === 'http://relative.invalid' ? text.slice(parsed.origin.length) : text;
}

/** The path part of a (redacted) URL, for messages: `GET /api/v1/services/abc`. */
export function pathOf(url: string): string {
  try {
    const parsed = new URL(url, 'http://relative.invalid');
    return parsed.pathname + parsed.search;
  } catch {
    return url;
  }
}
