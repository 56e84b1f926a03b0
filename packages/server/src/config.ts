import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTrustProxy, type TrustProxy } from './http/client-address.js';

/** How long a new staff token is valid unless `HAPUR_STAFF_TOKEN_DAYS` or `--days` says otherwise. */
export const DEFAULT_TOKEN_DAYS = 180;

/** Server settings, read from the environment once at start and validated. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** Directory of the embedded database; `undefined` = in memory (tests). */
  dataDir: string | undefined;
  /** Origins allowed to send writes; `'*'` = any (demo default). */
  writeOrigins: readonly string[] | '*';
  /** Writes allowed per client per window; 0 disables the limit. */
  writeRateLimit: number;
  writeRateWindowSeconds: number;
  bodyLimitBytes: number;
  logLevel: LogLevel;
  /** Contact details of closed submissions are deleted after this many days. */
  contactRetentionDays: number;
  /** Idempotency keys are kept at least this many days (minimum 7). */
  idempotencyRetentionDays: number;
  /** A new staff token expires after this many days (`token create --days` overrides it). */
  staffTokenDays: number;
  /** The proxies in front of the server whose `X-Forwarded-For` entries are believed (`http/client-address.ts`). */
  trustProxy: TrustProxy;
  /** Who answers feedback that names no institution, service or commitment (a single-institution site). */
  defaultInstitutionId: string | undefined;
  /** Webhook per institution id (`HAPUR_WEBHOOKS_FILE`, docs/staff.md); empty: none. */
  webhooks: Readonly<Record<string, WebhookTarget>>;
  /** Bearer token that opens `/metrics` on the main port; without it (and without a metrics port) there is no `/metrics`. */
  metricsToken: string | undefined;
  /** A second listener that serves only `/metrics` (0 = any free port); `undefined` = none. */
  metricsPort: number | undefined;
  /** Where the metrics listener binds (default loopback: it is for a local scraper or agent). */
  metricsHost: string;
}

/** Where an institution's notifications go and the secret they are signed with. */
export interface WebhookTarget {
  url: string;
  secret: string;
}

const ID = /^[a-z0-9](?:[a-z0-9._-]{0,118}[a-z0-9])?$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `HAPUR_WEBHOOKS_FILE`: a JSON file `{ "<institution id>": { "url": "https://…", "secret": "…" } }`. URLs
 * are https (http only to a loopback address, for a local receiver); secrets have at least 32 characters.
 */
export function readWebhooks(file: string | undefined, cwd: string, problems: string[]): Record<string, WebhookTarget> {
  if (!file) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(resolve(cwd, file), 'utf8'));
  } catch (error) {
    problems.push(`HAPUR_WEBHOOKS_FILE="${file}" cannot be read as JSON (${(error as Error).message})`);
    return {};
  }
  const out: Record<string, WebhookTarget> = {};
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push('HAPUR_WEBHOOKS_FILE must hold an object keyed by institution id');
    return out;
  }
  for (const [id, target] of Object.entries(parsed as Record<string, unknown>)) {
    const { url, secret } = (target ?? {}) as { url?: unknown; secret?: unknown };
    let parsedUrl: URL | undefined;
    try {
      parsedUrl = new URL(String(url));
    } catch {
      parsedUrl = undefined;
    }
    const allowed =
      parsedUrl?.protocol === 'https:' || (parsedUrl?.protocol === 'http:' && LOOPBACK.has(parsedUrl.hostname));
    if (!ID.test(id)) problems.push(`HAPUR_WEBHOOKS_FILE: "${id}" is not an institution id`);
    else if (!allowed) problems.push(`HAPUR_WEBHOOKS_FILE: the url of ${id} must be https:// (http only to localhost)`);
    else if (typeof secret !== 'string' || secret.length < 32)
      problems.push(`HAPUR_WEBHOOKS_FILE: the secret of ${id} must have at least 32 characters`);
    else out[id] = { url: parsedUrl!.href, secret };
  }
  return out;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads and validates the configuration; throws one `ConfigError` listing every bad value. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    // Digits only: Number() also reads "0x1e", "1e3" and " 30 " as numbers, which no operator means.
    const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(n >= min && n <= max)) {
      problems.push(`${name}="${raw}" must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const databaseUrl = env['DATABASE_URL'] || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const origins = (env['HAPUR_WRITE_ORIGINS'] ?? '*').trim();
  let writeOrigins: Config['writeOrigins'] = '*';
  if (origins !== '*' && origins !== '') {
    writeOrigins = origins
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
    for (const o of writeOrigins) {
      if (!/^https?:\/\/[^/\s]+$/.test(o))
        problems.push(`HAPUR_WRITE_ORIGINS entry "${o}" must be an origin like https://example.org (no path)`);
    }
  }
  const logLevel = (env['LOG_LEVEL'] ?? 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL="${String(logLevel)}" must be one of ${LOG_LEVELS.join(', ')}`);
  const trust = env['HAPUR_TRUST_PROXY'] ?? 'false';
  const fallback = env['HAPUR_DEFAULT_INSTITUTION'];
  if (fallback && !ID.test(fallback)) {
    problems.push(`HAPUR_DEFAULT_INSTITUTION="${fallback}" is not an institution id (like xk-mapl)`);
  }
  const trustProxy = parseTrustProxy(trust);
  if (trustProxy === undefined)
    problems.push(
      `HAPUR_TRUST_PROXY="${trust}" must be false, true (one proxy), a number of proxy hops (up to 10) or the proxies' IP addresses separated by commas`,
    );
  const metricsToken = env['HAPUR_METRICS_TOKEN'] || undefined;
  if (metricsToken !== undefined && !/^[\x21-\x7e]{24,256}$/.test(metricsToken))
    problems.push('HAPUR_METRICS_TOKEN must be 24 to 256 visible ASCII characters (e.g. `openssl rand -hex 24`)');
  const metricsPortText = env['HAPUR_METRICS_PORT'];
  const config: Config = {
    port: int('PORT', 8787, 0, 65535),
    host: env['HOST'] || '0.0.0.0',
    databaseUrl,
    dataDir: resolve(cwd, env['HAPUR_DATA_DIR'] || '.hapur-data'),
    writeOrigins,
    writeRateLimit: int('HAPUR_WRITE_RATE_LIMIT', 30, 0, 1_000_000),
    writeRateWindowSeconds: int('HAPUR_WRITE_RATE_WINDOW', 60, 1, 86_400),
    bodyLimitBytes: int('HAPUR_BODY_LIMIT', 64 * 1024, 1024, 10 * 1024 * 1024),
    logLevel,
    contactRetentionDays: int('HAPUR_CONTACT_RETENTION_DAYS', 90, 0, 3650),
    idempotencyRetentionDays: int('HAPUR_IDEMPOTENCY_RETENTION_DAYS', 7, 7, 365),
    staffTokenDays: int('HAPUR_STAFF_TOKEN_DAYS', DEFAULT_TOKEN_DAYS, 1, 3650),
    trustProxy: trustProxy ?? false,
    defaultInstitutionId: env['HAPUR_DEFAULT_INSTITUTION'] || undefined,
    webhooks: readWebhooks(env['HAPUR_WEBHOOKS_FILE'], cwd, problems),
    metricsToken,
    metricsPort: metricsPortText ? int('HAPUR_METRICS_PORT', 0, 0, 65535) : undefined,
    metricsHost: env['HAPUR_METRICS_HOST'] || '127.0.0.1',
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Defaults for tests and embedding: in-memory database, no rate limit surprises, silent logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent' }), dataDir: undefined, ...overrides };
}
