import { createHash } from 'node:crypto';

/**
 * A strong ETag for bytes (the first 27 characters of their SHA-256, base64url, quoted). Here, below both users:
 * the plan cache keeps one per plan, and the HTTP layer (`http/conditional.ts`, `http/static.ts`) sends it.
 */
export function etagOf(bytes: string | Uint8Array): string {
  return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
}
