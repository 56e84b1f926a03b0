import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { problems } from '../http/problem.js';

/**
 * The `Idempotency-Key` header, as a structured-field string (`"…"`) or bare; 1–255 visible ASCII
 * characters. Missing or malformed → 400.
 */
export function parseIdempotencyKey(header: string | undefined): string {
  if (header === undefined || header.trim() === '') {
    throw problems.badRequest(
      'idempotency_key_missing',
      'Send an Idempotency-Key header (a new UUID per submission) so a retry never creates a second record.',
    );
  }
  let key = header.trim();
  if (key.length >= 2 && key.startsWith('"') && key.endsWith('"')) key = key.slice(1, -1).replace(/\\(["\\])/g, '$1');
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw problems.badRequest('idempotency_key_invalid', 'The Idempotency-Key must be 1–255 visible ASCII characters.');
  }
  return key;
}

/** JSON with object keys sorted, so the same body always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const hashText = (text: string) => createHash('sha256').update(text).digest('base64url');
/** What is stored for a key: its hash, so the table does not hold the client's key. */
export const keyHash = (key: string) => hashText(`hapur-idempotency-key:${key}`);

const sealKey = (key: string) => createHash('sha256').update(`hapur-idempotency-seal:${key}`).digest();

/**
 * What is stored of a request's hash: an HMAC of it under a secret derived from the Idempotency-Key. A bare
 * hash of the body would let anyone holding the table (or a backup) test guesses of the contact details it
 * held, even after they were erased; without the client's key the stored value confirms nothing.
 */
export const boundRequestHash = (key: string, requestHash: string) =>
  createHmac('sha256', createHash('sha256').update(`hapur-idempotency-request:${key}`).digest())
    .update(requestHash)
    .digest('base64url');

/** Encrypts the first response with a key derived from the Idempotency-Key (AES-256-GCM). */
export function seal(key: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(key), iv);
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
}

export function unseal(key: string, sealed: string): string {
  const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !body) throw new Error('Malformed sealed response');
  const decipher = createDecipheriv('aes-256-gcm', sealKey(key), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}
