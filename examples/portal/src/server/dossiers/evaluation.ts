import type { Engine, EvidenceRecord } from 'cdht';
import type { Kysely, Transaction } from 'kysely';
import { evaluateDossier, mainDecision } from '../../shared/evaluate.js';
import type { Caller } from '../auth/access.js';
import type { Database, EvaluationsTable } from '../db/types.js';
import type { DossierRow } from './access.js';
import { rejected } from './record.js';

/** The latest evidence record of a dossier. */
export async function latestRecord(
  trx: Kysely<Database> | Transaction<Database>,
  dossier: Pick<DossierRow, 'id' | 'version'>,
): Promise<EvidenceRecord> {
  const row = await trx
    .selectFrom('evidence_versions')
    .select('record')
    .where('dossier_id', '=', dossier.id)
    .where('version', '=', dossier.version)
    .executeTakeFirstOrThrow();
  return row.record as EvidenceRecord;
}

/**
 * Evaluates the dossier's latest evidence with the library and stores the full evaluation with
 * the framework id@version it used. Rejected evidence throws `invalid_evidence` with the
 * library's issues (nothing is stored).
 */
export async function storeEvaluation(
  trx: Transaction<Database>,
  engine: Engine,
  caller: Caller | undefined,
  dossier: DossierRow,
  cause: EvaluationsTable['cause'],
): Promise<{ framework: string; total: number; decision: string }> {
  const record = await latestRecord(trx, dossier);
  const result = evaluateDossier(engine, dossier.framework_id, record);
  if (!result.success) throw rejected(result.issues);
  const e = result.data;
  const decision = mainDecision(e);
  await trx
    .insertInto('evaluations')
    .values({
      dossier_id: dossier.id,
      evidence_version: dossier.version,
      framework_id: e.framework.id,
      framework_version: e.framework.version,
      total: e.total,
      decision,
      evaluation: JSON.stringify(e),
      cause,
      created_by: caller?.id ?? null,
    })
    .execute();
  return { framework: `${e.framework.id}@${e.framework.version}`, total: e.total, decision };
}
