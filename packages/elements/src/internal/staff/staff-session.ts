/**
 * Why the sign-in is shown again: the server refused the token (`expired`, `revoked`, or simply not
 * valid: `unauthorized`), or the person signed out.
 */
export type StaffNotice = 'expired' | 'revoked' | 'unauthorized' | 'signed-out';

/** `sessionStorage` key prefix; the API base follows, so two APIs on a page keep two tokens. */
const STORAGE_PREFIX = 'hapur-staff-token ';

function tabStorage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // storage blocked (sandboxed frame, strict privacy settings): memory only
  }
}

/**
 * What a failed staff call means for the sign-in: a 401 brings it back, with the server's reason
 * (problem codes `token_expired`, `token_revoked`); anything else is the block's own error to show.
 */
export function staffNoticeFor(error: unknown): StaffNotice | undefined {
  const e = error as { name?: string; status?: number; code?: string } | undefined;
  if (e?.name !== 'UnauthorizedError' && e?.status !== 401) return undefined;
  if (e.code === 'token_expired') return 'expired';
  if (e.code === 'token_revoked') return 'revoked';
  return 'unauthorized';
}

/**
 * The staff token of one API base URL on this page, shared by every staff block that uses the base,
 * so a person pastes it once. Kept in memory; in `sessionStorage` (this tab only, gone when it closes)
 * only when the person ticks "remember in this tab". Never in an attribute, the URL or `localStorage`.
 * @internal
 */
export class StaffSession {
  #token: string | undefined;
  #remembered = false;
  /** Why the sign-in shows (again), until the next sign-in. */
  notice: StaffNotice | undefined;
  readonly #listeners = new Set<() => void>();
  readonly #key: string;

  constructor(api: string) {
    this.#key = STORAGE_PREFIX + api;
    const stored = tabStorage()?.getItem(this.#key) ?? undefined;
    if (stored) {
      this.#token = stored;
      this.#remembered = true;
    }
  }

  get token(): string | undefined {
    return this.#token;
  }

  /** True when the token is also kept in this tab's `sessionStorage`. */
  get remembered(): boolean {
    return this.#remembered;
  }

  /** Calls `listener` after every sign-in and sign-out; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  signIn(token: string, remember: boolean): void {
    this.#token = token.trim();
    this.#remembered = remember;
    this.notice = undefined;
    const storage = tabStorage();
    try {
      if (remember) storage?.setItem(this.#key, this.#token);
      else storage?.removeItem(this.#key);
    } catch {
      this.#remembered = false; // quota or blocked storage: still signed in, for this page only
    }
    this.#emit();
  }

  /** Forgets the token (memory and this tab's storage) and says why the sign-in is back. */
  signOut(notice: StaffNotice = 'signed-out'): void {
    this.#token = undefined;
    this.#remembered = false;
    this.notice = notice;
    try {
      tabStorage()?.removeItem(this.#key);
    } catch {
      // nothing stored
    }
    this.#emit();
  }

  /** Signs out when `error` is a refused token; true when it was one. */
  refuse(error: unknown): boolean {
    const notice = staffNoticeFor(error);
    if (notice) this.signOut(notice);
    return notice !== undefined;
  }

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }
}

const sessions = new Map<string, StaffSession>();

/** The page's staff session for an API base URL (resolved against the page, so `/api/v1` and its full URL match). */
export function staffSessionFor(api: string): StaffSession {
  const base = new URL(api.endsWith('/') ? api : `${api}/`, document.baseURI).href;
  let session = sessions.get(base);
  if (!session) sessions.set(base, (session = new StaffSession(base)));
  return session;
}
