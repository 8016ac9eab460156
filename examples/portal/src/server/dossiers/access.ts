import type { Kysely, Selectable, Transaction } from 'kysely';
import { type Caller, inScope } from '../auth/access.js';
import type { Database, DossiersTable } from '../db/types.js';
import { HttpError } from '../errors.js';

/** A dossier row. */
export type DossierRow = Selectable<DossiersTable>;

/**
 * Loads a dossier the caller may see, or refuses: a citizen sees only their own, an officer or
 * admin only those under their scope, a viewer none (roll-ups only). `lock` takes a row lock for
 * a change.
 */
export async function dossierFor(
  db: Kysely<Database> | Transaction<Database>,
  caller: Caller,
  id: number,
  lock = false,
): Promise<DossierRow> {
  let q = db.selectFrom('dossiers').selectAll().where('id', '=', id);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new HttpError('not_found');
  if (!mayRead(caller, row)) throw new HttpError('forbidden');
  return row;
}

/** Whether a caller may read a dossier. */
export function mayRead(caller: Caller, row: Pick<DossierRow, 'person_id' | 'unit_path'>): boolean {
  switch (caller.role) {
    case 'citizen':
      return caller.person_id === row.person_id;
    case 'officer':
    case 'admin':
      return inScope(caller.scope, row.unit_path);
    default:
      return false;
  }
}
