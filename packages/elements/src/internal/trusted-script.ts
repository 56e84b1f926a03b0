// Script text for the one <script> Hapur writes itself: the card's schema.org JSON-LD
// (`type="application/ld+json"`, never executed). Pages that enforce Trusted Types
// (`require-trusted-types-for 'script'`) only accept script text from a named policy, so the text
// goes through the `hapur-jsonld` policy, which such a page lists: `trusted-types lit-html hapur-jsonld`.
// The policy is private to this module and only ever receives the SDK's jsonLdScriptJson output.

interface PolicyFactory {
  createPolicy(
    name: string,
    rules: { createScript: (input: string) => string },
  ): { createScript(input: string): unknown };
}

/** The policy name a page that enforces Trusted Types must allow for the JSON-LD. */
export const JSONLD_POLICY = 'hapur-jsonld';

let policy: { createScript(input: string): unknown } | null | undefined;

/**
 * Text for a JSON-LD script: the plain string where Trusted Types are not available, a TrustedScript
 * where they are, or `null` when the page's policy list refuses `hapur-jsonld` (then no JSON-LD is written).
 * @internal
 */
export function jsonLdScriptText(json: string): unknown {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return json;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(JSONLD_POLICY, { createScript: (input) => input });
    } catch {
      policy = null;
    }
  }
  return policy ? policy.createScript(json) : null;
}
