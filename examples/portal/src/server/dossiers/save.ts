import type { Kysely, Transaction } from 'kysely';
import { audit } from '../audit.js';
import type { Caller } from '../auth/access.js';
import type { Database } from '../db/types.js';
import { HttpError } from '../errors.js';
import { type DossierInput, evidenceRecord, type PersonRef } from './record.js';

type Tx = Transaction<Database>;

/** The person a dossier is for, with the unit the database holds. */
export async function personById(db: Kysely<Database> | Tx, id: string): Promise<PersonRef & { unit_path: string[] }> {
  const p = await db
    .selectFrom('people')
    .select(['id', 'name', 'unit', 'unit_path'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!p) throw new HttpError('not_found');
  return { id: p.id, name: p.name, unit: p.unit as Record<string, string>, unit_path: p.unit_path };
}

/**
 * Saves a draft self-assessment: a new evidence version of the person's dossier for the period
 * (created on first save). Only a draft can change; a submitted dossier is the reviewer's.
 *
 * @returns the dossier id and its new evidence version
 */
export function saveDraft(
  db: Kysely<Database>,
  caller: Caller,
  personId: string,
  input: DossierInput,
): Promise<{ id: number; version: number }> {
  return db.transaction().execute((trx) => saveDraftIn(trx, caller, personId, input));
}

/** {@link saveDraft} inside the caller's transaction. */
export async function saveDraftIn(
  trx: Tx,
  caller: Caller,
  personId: string,
  input: DossierInput,
): Promise<{ id: number; version: number }> {
  {
    const person = await personById(trx, personId);
    const record = evidenceRecord(person, input);
    let dossier = await trx
      .selectFrom('dossiers')
      .selectAll()
      .where('person_id', '=', person.id)
      .where('period', '=', input.period)
      .forUpdate()
      .executeTakeFirst();
    const before = dossier
      ? await trx
          .selectFrom('evidence_versions')
          .select('record')
          .where('dossier_id', '=', dossier.id)
          .where('version', '=', dossier.version)
          .executeTakeFirst()
      : undefined;
    if (dossier && dossier.state !== 'draft') throw new HttpError('conflict', { state: dossier.state });
    if (!dossier) {
      dossier = await trx
        .insertInto('dossiers')
        .values({
          person_id: person.id,
          period: input.period,
          framework_id: input.framework,
          state: 'draft',
          unit_path: person.unit_path,
          version: 0,
          sample: false,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    const version = dossier.version + 1;
    await trx
      .insertInto('evidence_versions')
      .values({
        dossier_id: dossier.id,
        version,
        kind: 'self',
        record: JSON.stringify(record),
        author_id: caller.id,
        reason: null,
      })
      .execute();
    await trx
      .updateTable('dossiers')
      .set({ version, framework_id: input.framework, updated_at: new Date() })
      .where('id', '=', dossier.id)
      .execute();
    await audit(trx, caller, {
      action: 'dossier.save-draft',
      entity: 'dossier',
      entityId: dossier.id,
      before: before ? { version: dossier.version, record: before.record } : null,
      after: { version, record },
    });
    return { id: dossier.id, version };
  }
}
