import type { Kysely } from 'kysely';
import type { Caller } from '../auth/access.js';
import type { Database } from '../db/types.js';
import { dossierFor } from './access.js';
import { latestRecord, storeEvaluation } from './evaluation.js';
import { libraryDossier, outcomeOf, recordStep, type StepContext } from './workflow.js';

/**
 * Submits a dossier for review: the library validates and evaluates the evidence (rejected
 * evidence leaves the draft unchanged), the evaluation is stored, and the library's workflow
 * takes the `submit` step (draft → self-assessed) with the evaluation as its outcome.
 */
export async function submitDossier(
  db: Kysely<Database>,
  ctx: StepContext,
  caller: Caller,
  id: number,
): Promise<{ id: number; state: string; framework: string; total: number; decision: string }> {
  return db.transaction().execute(async (trx) => {
    const row = await dossierFor(trx, caller, id, true);
    const dossier = await libraryDossier(trx, row, await latestRecord(trx, row));
    const result = await storeEvaluation(trx, ctx.engine, caller, row, 'submit');
    const { entry } = await recordStep(
      trx,
      ctx,
      caller,
      row,
      dossier,
      { action: 'submit', outcome: outcomeOf(result) },
      result,
    );
    return { id, state: entry.to, ...result };
  });
}
