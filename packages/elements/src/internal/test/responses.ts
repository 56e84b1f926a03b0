// The API's answers as the fakes in tests and stories give them to the real SDK client.

/** A JSON response, as the API sends one. */
export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A problem-details response (RFC 9457) with the API's `code`; the title is the code unless given. */
export function problemResponse(
  status: number,
  code: string,
  title = code,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, code }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}
