import { type Kysely, sql } from 'kysely';
import { type Caller, scopeCondition } from '../auth/access.js';
import type { Database } from '../db/types.js';
import { HttpError } from '../errors.js';
import { dossierFor } from './access.js';

/** Everything a dossier page shows: the dossier, its latest evidence and evaluation, its history. */
export async function dossierDetail(db: Kysely<Database>, caller: Caller, id: number) {
  const dossier = await dossierFor(db, caller, id);
  const [person, evidence, evaluation, transitions, versions] = await Promise.all([
    db
      .selectFrom('people')
      .select(['id', 'name', 'unit', 'sample'])
      .where('id', '=', dossier.person_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('evidence_versions')
      .select(['version', 'kind', 'record', 'reason', 'created_at'])
      .where('dossier_id', '=', id)
      .where('version', '=', dossier.version)
      .executeTakeFirst(),
    db
      .selectFrom('evaluations')
      .select([
        'id',
        'evidence_version',
        'framework_id',
        'framework_version',
        'total',
        'decision',
        'evaluation',
        'cause',
        'created_at',
      ])
      .where('dossier_id', '=', id)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('transitions')
      .select(['from_state', 'to_state', 'role', 'reason', 'created_at'])
      .select(sql<string>`to_char(on_date, 'YYYY-MM-DD')`.as('on_date'))
      .where('dossier_id', '=', id)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('evidence_versions')
      .select(['version', 'kind', 'reason', 'created_at'])
      .where('dossier_id', '=', id)
      .orderBy('version')
      .execute(),
  ]);
  return {
    id: dossier.id,
    person,
    period: dossier.period,
    framework: dossier.framework_id,
    state: dossier.state,
    version: dossier.version,
    sample: dossier.sample,
    record: evidence?.record ?? null,
    evaluation: evaluation ?? null,
    transitions,
    versions,
  };
}

/** The caller's own dossier for a period (citizens), or null. */
export async function ownDossierId(db: Kysely<Database>, caller: Caller, period: string): Promise<number | null> {
  if (!caller.person_id) throw new HttpError('forbidden');
  const row = await db
    .selectFrom('dossiers')
    .select('id')
    .where('person_id', '=', caller.person_id)
    .where('period', '=', period)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Filters of the officers' list. */
export interface ListFilter {
  readonly period?: string | undefined;
  readonly state?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** Dossiers under the caller's scope, newest change first, with their latest decision. */
export async function listDossiers(db: Kysely<Database>, caller: Caller, filter: ListFilter) {
  let q = db
    .selectFrom('dossiers as d')
    .innerJoin('people as p', 'p.id', 'd.person_id')
    .select((eb) => [
      'd.id',
      'd.person_id',
      'p.name',
      'p.unit',
      'd.period',
      'd.framework_id',
      'd.state',
      'd.sample',
      'd.updated_at',
      eb
        .selectFrom('evaluations as e')
        .select('e.total')
        .whereRef('e.dossier_id', '=', 'd.id')
        .orderBy('e.id', 'desc')
        .limit(1)
        .as('total'),
      eb
        .selectFrom('evaluations as e')
        .select('e.decision')
        .whereRef('e.dossier_id', '=', 'd.id')
        .orderBy('e.id', 'desc')
        .limit(1)
        .as('decision'),
    ])
    .where(scopeCondition('d.unit_path', caller.scope));
  if (filter.period) q = q.where('d.period', '=', filter.period);
  if (filter.state) q = q.where('d.state', '=', filter.state);
  return q.orderBy('d.updated_at', 'desc').orderBy('d.id', 'desc').limit(filter.limit).offset(filter.offset).execute();
}
