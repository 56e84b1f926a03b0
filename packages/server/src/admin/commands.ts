import { createStaffToken, listStaffTokens, revokeStaffToken, UnknownInstitutionError } from '../auth/tokens.js';
import { DEFAULT_TOKEN_DAYS } from '../config.js';
import type { Queryable } from '../db/types.js';
import type { Database } from '../db/types.js';
import { backupTo } from './backup.js';
import type { AdminAnswer } from './channel.js';
import { STAFF_USAGE } from './usage.js';

export interface StaffCommandOptions {
  /** Default validity of a new token in days (the server's `staffTokenDays`). */
  tokenDays?: number;
  /** The embedded database's directory, which `backup` copies. */
  dataDir?: string | undefined;
}

const usage = (): AdminAnswer => ({ code: 2, out: '', err: `Usage: hapur-server <command>\n${STAFF_USAGE}\n` });
const fail = (message: string): AdminAnswer => ({ code: 1, out: '', err: `${message}\n` });
/** Arguments that cannot be right: what is wrong with them, then the staff commands' usage. */
const wrong = (message: string): AdminAnswer => ({ ...usage(), err: `${message}\n${usage().err}` });

const CREATE_OPTIONS = ['--institution', '--days'] as const;

/** `token create`'s options by name, or what is wrong with them (a typo must not create a token it did not ask for). */
function createOptions(args: readonly string[]): Map<string, string> | AdminAnswer {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!(CREATE_OPTIONS as readonly string[]).includes(arg))
      return wrong(
        arg.startsWith('-')
          ? `token create: unknown option "${arg}"; the options are --institution <id> and --days <n>.`
          : `token create: "${arg}" is not an option; a name with spaces goes in quotes: token create "Arta Berisha" --institution <id>.`,
      );
    const value = args[++i];
    if (value === undefined || value.startsWith('--')) return wrong(`token create: ${arg} needs a value.`);
    if (options.has(arg)) return wrong(`token create: ${arg} is given twice.`);
    options.set(arg, value);
  }
  return options;
}

async function create(db: Queryable, args: readonly string[], options: StaffCommandOptions): Promise<AdminAnswer> {
  const [name, ...rest] = args;
  if (!name || name.startsWith('--'))
    return wrong('token create: the first argument is the name of the person the token is for.');
  const given = createOptions(rest);
  if (!(given instanceof Map)) return given;
  const institution = given.get('--institution');
  if (!institution) return wrong('token create: say whose token it is with --institution <id>.');
  const daysText = given.get('--days');
  const days =
    daysText === undefined
      ? (options.tokenDays ?? DEFAULT_TOKEN_DAYS)
      : /^\d+$/.test(daysText)
        ? Number(daysText)
        : NaN;
  if (!Number.isInteger(days) || days < 1 || days > 3650) return fail('--days must be a whole number from 1 to 3650.');
  try {
    const token = await createStaffToken(db, name, institution, { days });
    return {
      code: 0,
      out: `Staff token for "${name}" (${institution}), valid ${days} days. It is shown only now; it is stored hashed:\n${token}\n`,
      err: '',
    };
  } catch (error) {
    if (error instanceof UnknownInstitutionError) return fail(error.message);
    throw error;
  }
}

async function list(db: Queryable): Promise<AdminAnswer> {
  const now = new Date().toISOString();
  const rows = (await listStaffTokens(db)).map((t) => [
    String(t.id),
    t.name,
    t.institutionId,
    t.createdAt.slice(0, 10),
    t.expiresAt.slice(0, 10),
    t.revokedAt ? `revoked ${t.revokedAt.slice(0, 10)}` : t.expiresAt <= now ? 'expired' : 'active',
  ]);
  if (rows.length === 0) return { code: 0, out: 'No staff tokens.\n', err: '' };
  const table = [['id', 'name', 'institution', 'created', 'expires', 'state'], ...rows];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  const out = table
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
  return { code: 0, out: `${out}\n`, err: '' };
}

async function revoke(db: Queryable, args: readonly string[]): Promise<AdminAnswer> {
  if (args.length !== 1) return wrong('token revoke: give one token id, the number token list shows.');
  const id = /^\d+$/.test(args[0]!) ? Number(args[0]) : NaN;
  if (!Number.isSafeInteger(id) || id < 1)
    return wrong(`token revoke: "${args[0]}" is not a token id: give the number token list shows in its first column.`);
  if (!(await revokeStaffToken(db, id))) return fail(`No staff token with id ${id} (see hapur-server token list).`);
  return { code: 0, out: `Staff token ${id} is revoked; requests with it now get 401.\n`, err: '' };
}

/**
 * Staff tooling that needs only the database: run by the CLI on a database it opened, or by a running
 * server on its own database when the CLI asks it over the admin channel. Returns what to print.
 */
export async function runStaffCommand(
  db: Queryable,
  args: readonly string[],
  options: StaffCommandOptions = {},
): Promise<AdminAnswer> {
  const [group, action, ...rest] = args;
  if (group !== 'token') return usage();
  if (action === 'create') return create(db, rest, options);
  if (action === 'list' && rest.length === 0) return list(db);
  if (action === 'revoke') return revoke(db, rest);
  return usage();
}

/** Whether `args` is a staff command (`token …`), which the admin channel may run. */
export const isStaffCommand = (args: readonly string[]) => args[0] === 'token';

/** What a running server does for the CLI over the admin channel: staff commands and `backup <absolute file>`. */
export async function runAdminCommand(
  db: Database,
  args: readonly string[],
  options: StaffCommandOptions = {},
): Promise<AdminAnswer> {
  if (args[0] === 'backup' && args.length === 2) return backupTo(db, options.dataDir, args[1]!);
  return runStaffCommand(db, args, options);
}
