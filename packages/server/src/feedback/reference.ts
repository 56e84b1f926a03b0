import { randomBytes, randomInt } from 'node:crypto';

/** Crockford base32 without I, L, O, U: easy to read out on a phone call. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A short public reference such as `XK-2026-4F7K2Q`: country, year, 6 random characters (~30 bits).
 * It only names a submission (e.g. when calling the institution); it unlocks nothing.
 */
export function newReference(country: string, at: Date): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${country.toUpperCase()}-${at.getUTCFullYear()}-${code}`;
}

/** The secret status token: 144 random bits, base64url. Only its SHA-256 is stored. */
export function newStatusToken(): string {
  return randomBytes(18).toString('base64url');
}

/** A status token has exactly the shape `newStatusToken` produces (24 base64url characters). */
export const isStatusTokenShape = (value: string) => /^[A-Za-z0-9_-]{22,64}$/.test(value);
