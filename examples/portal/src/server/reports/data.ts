import { checkDossierLog, type Dossier, type Evaluation, type Transition } from 'cdht';
import type { Kysely } from 'kysely';
import { type Caller, scopeCondition } from '../auth/access.js';
import type { Database } from '../db/types.js';
import type { StepContext } from '../dossiers/workflow.js';

/**
 * The dossiers of a period under the caller's scope, as the library's dossiers (unit and log;
 * no evidence), for the status and roll-up reports. A recognised dossier's log is replayed
 * through the policy (`checkDossierLog`), which also gives how long its title is valid.
 */
export async function scopedDossiers(
  db: Kysely<Database>,
  ctx: StepContext,
  caller: Caller,
  period: string,
): Promise<Dossier[]> {
  const rows = await db
    .selectFrom('dossiers as d')
    .innerJoin('people as p', 'p.id', 'd.person_id')
    .select(['d.id', 'd.person_id', 'd.framework_id', 'd.state', 'p.unit'])
    .where(scopeCondition('d.unit_path', caller.scope))
    .where('d.period', '=', period)
    .orderBy('d.id')
    .execute();
  const logs = new Map<number, Transition[]>();
  const entries = await db
    .selectFrom('transitions as t')
    .innerJoin('dossiers as d', 'd.id', 't.dossier_id')
    .select(['t.dossier_id', 't.entry'])
    .where(scopeCondition('d.unit_path', caller.scope))
    .where('d.period', '=', period)
    .orderBy('t.id')
    .execute();
  for (const { dossier_id, entry } of entries) {
    const e = entry as Transition;
    if (typeof e?.action !== 'string') continue;
    const log = logs.get(dossier_id);
    if (log) log.push(e);
    else logs.set(dossier_id, [e]);
  }
  return rows.map((r) => {
    const dossier: Dossier = {
      id: String(r.id),
      person: r.person_id,
      framework: r.framework_id,
      title: 'cdht',
      period,
      unit: r.unit as Record<string, string>,
      state: r.state as Dossier['state'],
      log: logs.get(r.id) ?? [],
    };
    if (dossier.state !== 'recognised') return dossier;
    const framework = ctx.engine.frameworkFor(r.framework_id, `${period}-12-31`);
    const replay = checkDossierLog(dossier, ctx.workflow.policy, {
      mappings: ctx.workflow.mappings,
      ...(framework ? { framework } : {}),
    });
    return replay.success ? replay.dossier : dossier;
  });
}

/**
 * The latest evaluation of each dossier of a period under the caller's scope, in a set of
 * states: `recognised` for the recognition list, every submitted state for the progress report.
 */
export async function scopedEvaluations(
  db: Kysely<Database>,
  caller: Caller,
  period: string,
  states: readonly string[],
): Promise<Evaluation[]> {
  const rows = await db
    .selectFrom('dossiers as d')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('evaluations as e')
          .select('e.evaluation')
          .whereRef('e.dossier_id', '=', 'd.id')
          .orderBy('e.id', 'desc')
          .limit(1)
          .as('last'),
      (join) => join.onTrue(),
    )
    .select('last.evaluation')
    .where(scopeCondition('d.unit_path', caller.scope))
    .where('d.period', '=', period)
    .where('d.state', 'in', [...states])
    .orderBy('d.id')
    .execute();
  return rows.map((r) => r.evaluation as Evaluation);
}
