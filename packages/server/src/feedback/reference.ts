import { randomBytes, randomInt } from 'node:crypto';

/**
 * A short public reference such as `XK-2026-48207153`: country, year and 8 random digits (the SDK's
 * FeedbackReferenceSchema allows digits only — easy to read out on a phone call). It only names a
 * submission when talking to the institution; it unlocks nothing. Random, so it does not reveal volumes.
 */
export function newReference(country: string, at: Date): string {
  const digits = String(randomInt(0, 100_000_000)).padStart(8, '0');
  return `${country.toUpperCase()}-${at.getUTCFullYear()}-${digits}`;
}

/** The secret status token: 144 random bits, base64url. Only its SHA-256 is stored. */
export function newStatusToken(): string {
  return randomBytes(18).toString('base64url');
}

/** A status token has exactly the shape `newStatusToken` produces (24 base64url characters). */
export const isStatusTokenShape = (value: string) => /^[A-Za-z0-9_-]{22,64}$/.test(value);
