/**
 * JSON for a `<script type="application/ld+json">` element: `JSON.stringify` with `<`, `>`, `&` and
 * the line separators U+2028/U+2029 written as `\uXXXX` escapes. The result parses to the same value,
 * but no text in it (a service named `</script><script>…`, an `<!--`) can close or change the script
 * element, also when the page is saved, prerendered or served as HTML.
 */
export function jsonLdScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
