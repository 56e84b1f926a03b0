import { createHmac, randomBytes } from 'node:crypto';

/**
 * A client's identity for rate limits and abuse analysis: an HMAC of its address with a random salt
 * that lives only in memory and is replaced every UTC day, so no raw IP is stored or logged and
 * yesterday's hashes cannot be linked to today's.
 */
export class ClientHasher {
  #day = '';
  #salt: Buffer = Buffer.alloc(0);

  readonly #now: () => Date;
  constructor(now: () => Date = () => new Date()) {
    this.#now = now;
  }

  hash(address: string): string {
    const day = this.#now().toISOString().slice(0, 10);
    if (day !== this.#day) {
      this.#day = day;
      this.#salt = randomBytes(32);
    }
    return createHmac('sha256', this.#salt).update(address).digest('base64url').slice(0, 16);
  }
}
