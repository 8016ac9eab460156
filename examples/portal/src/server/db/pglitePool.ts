import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

type Command = PostgresQueryResult<unknown>['command'];
const COMMANDS = new Set<string>(['UPDATE', 'DELETE', 'INSERT', 'SELECT', 'MERGE']);

/** The statement's verb, which Kysely reads to report affected rows (`pg` gives it as `command`). */
function commandOf(sql: string): Command {
  const word = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT';
  // `with … insert` and the like: Kysely only needs to know whether rows were written.
  if (word === 'WITH') {
    const verb = /\b(insert|update|delete|merge)\b/i.exec(sql)?.[1]?.toUpperCase();
    return (verb ?? 'SELECT') as Command;
  }
  return (COMMANDS.has(word) ? word : 'SELECT') as Command;
}

/**
 * Presents one PGlite database as a `pg`-style pool, so Kysely's own PostgresDialect (and the same
 * SQL and migrations) serves both PGlite and a PostgreSQL server.
 *
 * PGlite has a single connection: a transaction must own it from `begin` to `commit`, so
 * `connect()` hands the connection to one caller at a time and queues the others (a pg pool of size 1).
 */
export function pglitePool(pg: PGlite): PostgresPool {
  let tail: Promise<void> = Promise.resolve();
  const client = (release: () => void): PostgresPoolClient =>
    ({
      async query(sql: string, parameters: readonly unknown[]) {
        // Like pg, a statement without parameters goes through the simple protocol, which also
        // runs several statements at once (migrations).
        const r =
          parameters.length === 0
            ? ((await pg.exec(sql)).at(-1) ?? { rows: [], affectedRows: 0 })
            : await pg.query(sql, [...parameters]);
        return { command: commandOf(sql), rowCount: r.affectedRows ?? r.rows.length, rows: r.rows };
      },
      release,
    }) as PostgresPoolClient;
  return {
    connect() {
      let release!: () => void;
      const mine = new Promise<void>((resolve) => {
        release = resolve;
      });
      const ready = tail.then(() => client(release));
      tail = tail.then(() => mine);
      return ready;
    },
    end: () => pg.close(),
  };
}
