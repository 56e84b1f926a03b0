import { isIP } from 'node:net';

/**
 * Which proxies stand in front of the server (`HAPUR_TRUST_PROXY`): none; a number of hops (each one
 * appends the address it received from to `X-Forwarded-For`); or the proxies' own addresses.
 */
export type TrustProxy = false | { hops: number } | { addresses: readonly string[] };

/** `false`, `true` (= 1 hop), a whole number of hops, or comma-separated proxy addresses; `undefined` when invalid. */
export function parseTrustProxy(raw: string): TrustProxy | undefined {
  const text = raw.trim();
  if (text === '' || text === 'false' || text === '0') return false;
  if (text === 'true') return { hops: 1 };
  if (/^\d+$/.test(text)) return Number(text) <= 10 ? { hops: Number(text) } : undefined;
  const addresses = text.split(',').map((a) => a.trim());
  return addresses.every((a) => isIP(a) !== 0) ? { addresses: addresses.map(normalise) } : undefined;
}

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is `10.0.0.1`. */
const normalise = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

/**
 * The client's address: read from the right of the chain `X-Forwarded-For, socket peer`, past the
 * trusted hops only. The left-most entries are whatever the client wrote, so they are never believed
 * unless every hop to their right is a trusted proxy.
 */
export function clientAddress(peer: string, forwardedFor: string | undefined, trust: TrustProxy): string {
  if (trust === false) return peer;
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    peer,
  ].map(normalise);
  if ('hops' in trust) return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!trust.addresses.includes(chain[i]!)) return chain[i]!;
  }
  return chain[0] ?? peer;
}
