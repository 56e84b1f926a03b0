import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openDatabase } from './db/driver.js';
import { migrate } from './db/migrate.js';
import { askAdmin } from './admin/channel.js';
import { restoreInto } from './admin/backup.js';
import { BACKUP_USAGE, STAFF_USAGE } from './admin/usage.js';
import type { AdminAnswer } from './admin/channel.js';
import { DataDirLockedError } from './db/lock.js';

const USAGE = `Usage: hapur-server <command>
  --help, --version                      this text; the version
  start                                  migrate, then serve the API (PORT, DATABASE_URL, HAPUR_DATA_DIR…)
  migrate                                apply pending database migrations
  import <file> [--provenance <kind>]    import a hapur/v1 data file (.json), or a plan or service sheet (.csv,
                                         .xlsx; kind: real, example or demonstration, real if not given); all or nothing
  export-static <dir>                    write the read API as static JSON files into an empty folder,
                                         or over an earlier export (removing the files it no longer writes)
${STAFF_USAGE}
${BACKUP_USAGE}
Staff commands (token …) and backup also work while a server runs on the same embedded data directory: they
ask it over the admin socket in that directory (admin.sock).`;

async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    return await fn(db, config);
  } finally {
    await db.close();
  }
}

/**
 * Runs an admin command (staff tokens, backup) on the database; when a running server holds the embedded
 * data directory, asks that server to run it (admin channel).
 */
async function adminCommand(args: readonly string[], timeoutMs?: number) {
  const { runAdminCommand } = await import('./admin/commands.js');
  try {
    return await withDb((db, config) =>
      runAdminCommand(db, args, {
        tokenDays: config.staffTokenDays,
        dataDir: config.databaseUrl ? undefined : config.dataDir,
      }),
    );
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    return askAdmin(error.dir, args, timeoutMs);
  }
}

const report = (file: string, counts: Record<string, number>) =>
  console.log(
    `Imported ${file}: ${Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}`,
  );

/** Spreadsheet files Hapur does not read (LibreOffice's own format, old Excel, tab-separated text): said as such, not as bad JSON. */
const OTHER_SHEETS = /\.(ods|fods|xls|xlsm|xlsb|numbers|tsv|txt)$/i;

/** `import <file.csv|file.xlsx> [--provenance kind]`: a plan or service sheet, all or nothing. */
async function importSheet(file: string, options: readonly string[]): Promise<number> {
  const { importSpreadsheet, SpreadsheetError } = await import('./spreadsheet/import.js');
  const { sheetFormatOf } = await import('./spreadsheet/files.js');
  const { PROVENANCE_KINDS } = await import('@hapur/sdk');
  const [option, kind, ...more] = options;
  const provenance = option === undefined ? 'real' : kind;
  if ((option !== undefined && option !== '--provenance') || more.length > 0) {
    console.error(
      `import ${file}: "${option === '--provenance' ? more[0] : option}" is not an argument it takes; a sheet takes --provenance <kind>`,
    );
    return 2;
  }
  if (!PROVENANCE_KINDS.some((k) => k === provenance)) {
    console.error(`--provenance must be one of ${PROVENANCE_KINDS.join(', ')}`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${file}: cannot read the file: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  try {
    const counts = await withDb((db) =>
      importSpreadsheet(db, bytes, file, sheetFormatOf(file)!, {
        provenance: provenance as (typeof PROVENANCE_KINDS)[number],
      }),
    );
    report(file, counts);
    return 0;
  } catch (error) {
    if (error instanceof SpreadsheetError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

function print(answer: AdminAnswer): number {
  process.stdout.write(answer.out);
  process.stderr.write(answer.err);
  return answer.code;
}

/** The first of `args` a command does not take (`takes`), said on stderr; the command then exits 2 without running. */
function refuseExtra(command: string, args: readonly string[], takes: (arg: string) => boolean, hint: string): boolean {
  const extra = args.find((arg) => !takes(arg));
  if (extra !== undefined) console.error(`${command}: "${extra}" is not an argument it takes (${hint})`);
  return extra !== undefined;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case '--help':
    case 'help':
      console.log(USAGE);
      return 0;
    case '--version': {
      const { SERVER_VERSION } = await import('./version.js');
      console.log(SERVER_VERSION);
      return 0;
    }
    case 'start':
      if (refuseExtra('start', rest, (arg) => arg === '--seed', 'only --seed')) return 2;
      await (await import('./index.js')).startServer({ seed: rest.includes('--seed') });
      return -1; // keep running
    case 'migrate': {
      if (refuseExtra('migrate', rest, () => false, 'none')) return 2;
      const config = loadConfig();
      const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const applied = await migrate(db);
        console.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'The database is up to date.');
      } finally {
        await db.close();
      }
      return 0;
    }
    case 'import': {
      const [file, ...options] = rest;
      if (!file || file.startsWith('--')) break;
      if (OTHER_SHEETS.test(file)) {
        console.error(
          `${file}: Hapur reads sheets as .xlsx or .csv: save it as "Excel Workbook (.xlsx)" or "CSV UTF-8" first`,
        );
        return 2;
      }
      const { sheetFormatOf } = await import('./spreadsheet/files.js');
      if (sheetFormatOf(file)) return importSheet(file, options);
      if (options.length > 0) {
        console.error(
          `import ${file}: "${options[0]}" is not an argument it takes (--provenance is for .csv and .xlsx sheets; a hapur/v1 file says its provenance itself)`,
        );
        return 2;
      }
      const { importFile, ImportError } = await import('./seed/import.js');
      let data: unknown;
      try {
        data = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        console.error(`${file}: cannot read JSON: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
      }
      try {
        const counts = await withDb((db) => importFile(db, data, file));
        console.log(
          `Imported ${file}: ${Object.entries(counts)
            .map(([k, n]) => `${n} ${k}`)
            .join(', ')}`,
        );
        return 0;
      } catch (error) {
        if (error instanceof ImportError) {
          console.error(error.message);
          return 1;
        }
        throw error;
      }
    }
    case 'export-static': {
      const [dir, ...more] = rest;
      if (!dir) break;
      if (refuseExtra('export-static', [dir], (arg) => !arg.startsWith('--'), 'the directory to write')) return 2;
      if (refuseExtra(`export-static ${dir}`, more, () => false, 'one directory')) return 2;
      const { exportStatic, ExportFolderError } = await import('./export-static.js');
      try {
        const written = await withDb((db) => exportStatic(db, dir));
        console.log(`Wrote ${written} files to ${dir}`);
        return 0;
      } catch (error) {
        if (!(error instanceof ExportFolderError)) throw error;
        console.error(error.message);
        return 1;
      }
    }
    case 'token':
      // A wrong staff command (code 2) says what is wrong, then the staff commands' usage.
      return print(await adminCommand(argv));
    case 'backup': {
      const file = rest[0];
      if (!file || rest.length !== 1) break;
      if (loadConfig().databaseUrl) {
        console.error('DATABASE_URL is set: back up Postgres with pg_dump (docs/deployment.md, "Backups").');
        return 1;
      }
      // The server may write the file, so the path it gets does not depend on its working directory.
      return print(await adminCommand(['backup', resolve(file)], 10 * 60_000));
    }
    case 'restore': {
      const file = rest[0];
      if (!file || rest.length !== 1) break;
      const config = loadConfig();
      if (config.databaseUrl || !config.dataDir) {
        console.error('DATABASE_URL is set: restore Postgres with pg_restore (docs/deployment.md, "Backups").');
        return 1;
      }
      const dataDir = config.dataDir;
      return print(await restoreInto(resolve(file), dataDir, (dir) => openDatabase({ dataDir: dir })));
    }
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(
      error instanceof ConfigError ? error.message : error instanceof Error ? `hapur-server: ${error.message}` : error,
    );
    process.exit(1);
  },
);
