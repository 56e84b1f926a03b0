// The CLI's usage lines for the staff and backup commands. Kept apart from the commands themselves so that
// `hapur-server --help` and an argument error answer without loading the server, the SDK and the database driver.
import { DEFAULT_TOKEN_DAYS } from '../config.js';

export const STAFF_USAGE = `  token create <name> --institution <id> [--days <n>]
                                         create a staff token (printed once; expires after n days,
                                         default HAPUR_STAFF_TOKEN_DAYS or ${DEFAULT_TOKEN_DAYS})
  token list                             list staff tokens: id, name, institution, created, expires, state
  token revoke <id>                      revoke a token at once (its id from token list)`;

export const BACKUP_USAGE = `  backup <file>                          write a consistent backup of the embedded database (also while
                                         the server runs); Postgres: use pg_dump
  restore <file>                         restore a backup into an empty HAPUR_DATA_DIR (the server stopped)`;
