import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrations.js';
import { pglitePool } from './pglitePool.js';
import type { Database } from './types.js';

/** Where the data lives: a PostgreSQL server (`url`), a PGlite folder, or PGlite in memory. */
export type DatabaseTarget =
  | { url: string }
  | { dataDir: string }
  | { memory: true /** A `dumpDataDir` tarball to start from (tests: skips initdb). */; from?: Blob };

/** An open, migrated database. */
export interface PortalDatabase {
  readonly db: Kysely<Database>;
  /** `pglite` or `postgres`. */
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** PGlite only: the data folder as a tarball (a test template). */
  dump?: () => Promise<Blob | File>;
}

/**
 * Opens the database and applies the migrations. The same Kysely dialect (PostgreSQL) and the
 * same SQL serve both kinds.
 */
export async function openDatabase(target: DatabaseTarget): Promise<PortalDatabase> {
  let pool: ConstructorParameters<typeof PostgresDialect>[0]['pool'];
  let kind: PortalDatabase['kind'];
  let lite: PGlite | undefined;
  if ('url' in target) {
    pool = new pg.Pool({ connectionString: target.url, max: 10 });
    kind = 'postgres';
  } else {
    if ('dataDir' in target) mkdirSync(target.dataDir, { recursive: true });
    lite =
      'dataDir' in target ? new PGlite(target.dataDir) : new PGlite(target.from ? { loadDataDir: target.from } : {});
    await lite.waitReady;
    pool = pglitePool(lite);
    kind = 'pglite';
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db as Kysely<unknown>);
  return { db, kind, close: () => db.destroy(), ...(lite ? { dump: () => lite.dumpDataDir('none') } : {}) };
}
