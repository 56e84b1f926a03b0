import { createStaffToken, UnknownInstitutionError } from '../auth/tokens.js';
import type { Queryable } from '../db/types.js';
import type { AdminAnswer } from './channel.js';

export const STAFF_USAGE = `  token create <name> --institution <id> create a staff token (printed once)`;

/**
 * Staff tooling that needs only the database: run by the CLI on a database it opened, or by a running
 * server on its own database when the CLI asks it over the admin channel. Returns what to print.
 */
export async function runStaffCommand(db: Queryable, args: readonly string[]): Promise<AdminAnswer> {
  const [group, action, name, ...rest] = args;
  if (group === 'token' && action === 'create') {
    const at = rest.indexOf('--institution');
    const institution = at === -1 ? undefined : rest[at + 1];
    if (name && !name.startsWith('--') && institution) {
      try {
        const token = await createStaffToken(db, name, institution);
        return {
          code: 0,
          out: `Staff token for "${name}" (${institution}). It is shown only now; it is stored hashed:\n${token}\n`,
          err: '',
        };
      } catch (error) {
        if (error instanceof UnknownInstitutionError) return { code: 1, out: '', err: `${error.message}\n` };
        throw error;
      }
    }
  }
  return { code: 2, out: '', err: `Usage: hapur-server <command>\n${STAFF_USAGE}\n` };
}

/** Whether `args` is a staff command (`token …`), which the admin channel may run. */
export const isStaffCommand = (args: readonly string[]) => args[0] === 'token';
