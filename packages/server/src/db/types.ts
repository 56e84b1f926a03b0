/** The one data layer: the same SQL runs on embedded PGlite and on a real Postgres. */
export interface Queryable {
  query<T = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
  ): Promise<{ rows: T[]; rowCount: number }>;
  /** Runs several statements separated by `;` (migrations), without parameters. */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * The embedded database only: runs `fn` after a checkpoint while no statement can run, the moment at which
   * its data directory is a consistent copy (`hapur-server backup`). A real Postgres has none: pg_dump.
   */
  whileQuiet?<T>(fn: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}
