import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';

function cssText(styles: CSSResultGroup): string {
  if (Array.isArray(styles)) return styles.map((s) => cssText(s as CSSResultGroup)).join('\n');
  return (styles as { cssText?: string }).cssText ?? '';
}

/**
 * Token contract (after material's createTokenTests): every private `--_x` an element reads is
 * defined in its styles, every one its own stylesheet defines is read, and every public token is `--hapur-…`.
 * @internal
 */
export function runTokenContract(name: string, styles: CSSResultGroup, own: CSSResultGroup): void {
  describe(`token contract: ${name}`, () => {
    const text = cssText(styles);
    const defined = new Set([...text.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]!));
    const ownDefined = new Set([...cssText(own).matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]!));
    const used = new Set([...text.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]!));

    it('defines every private token it uses', () => {
      expect([...used].filter((token) => !defined.has(token))).to.deep.equal([]);
    });

    it('uses every private token its own styles define', () => {
      expect([...ownDefined].filter((token) => !used.has(token))).to.deep.equal([]);
    });

    it('reads only --hapur-* public tokens', () => {
      const publicTokens = [...text.matchAll(/var\(\s*(--(?!_)[\w-]+)/g)].map((m) => m[1]!);
      expect(publicTokens.filter((token) => !token.startsWith('--hapur-'))).to.deep.equal([]);
    });
  });
}
