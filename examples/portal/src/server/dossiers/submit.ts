import type { Engine } from 'cdht';
import type { Kysely } from 'kysely';
import type { Caller } from '../auth/access.js';
import type { Database } from '../db/types.js';
import { dossierFor } from './access.js';
import { storeEvaluation } from './evaluation.js';
import { recordTransition } from './workflow.js';

/**
 * Submits a dossier for review: the library validates and evaluates the evidence (rejected
 * evidence leaves the draft unchanged), the evaluation is stored, and the dossier moves to
 * `self-assessed`.
 */
export async function submitDossier(
  db: Kysely<Database>,
  engine: Engine,
  caller: Caller,
  id: number,
): Promise<{ id: number; state: string; framework: string; total: number; decision: string }> {
  return db.transaction().execute(async (trx) => {
    const dossier = await dossierFor(trx, caller, id, true);
    const result = await storeEvaluation(trx, engine, caller, dossier, 'submit');
    await recordTransition(trx, caller, dossier, 'self-assessed', null, result);
    return { id, state: 'self-assessed', ...result };
  });
}
