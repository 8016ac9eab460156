import type { Engine } from 'cdht';
import type { Kysely } from 'kysely';
import { audit } from '../audit.js';
import type { Caller } from '../auth/access.js';
import type { Database } from '../db/types.js';
import { HttpError } from '../errors.js';
import { dossierFor } from './access.js';
import { storeEvaluation } from './evaluation.js';

/**
 * Re-evaluates a submitted dossier with the framework version now in force for its period — only
 * when someone asks, with a reason, and audited with the result before and after. A dossier whose
 * latest evaluation already used that version is left alone (`changed: false`).
 */
export async function reevaluateDossier(
  db: Kysely<Database>,
  engine: Engine,
  caller: Caller,
  id: number,
  reason: string,
): Promise<{ changed: boolean; before: string; after: string; total: number; decision: string }> {
  return db.transaction().execute(async (trx) => {
    const dossier = await dossierFor(trx, caller, id, true);
    const last = await trx
      .selectFrom('evaluations')
      .select(['framework_id', 'framework_version', 'total', 'decision'])
      .where('dossier_id', '=', id)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!last) throw new HttpError('conflict', { state: dossier.state });
    const before = `${last.framework_id}@${last.framework_version}`;
    const inForce = engine.frameworkFor(dossier.framework_id, `${dossier.period}-12-31`);
    if (inForce && `${inForce.id}@${inForce.version}` === before) {
      return { changed: false, before, after: before, total: last.total, decision: last.decision };
    }
    const result = await storeEvaluation(trx, engine, caller, dossier, 're-evaluate');
    await audit(trx, caller, {
      action: 'dossier.re-evaluate',
      entity: 'dossier',
      entityId: id,
      before: { framework: before, total: last.total, decision: last.decision },
      after: { ...result, reason },
    });
    return { changed: true, before, after: result.framework, total: result.total, decision: result.decision };
  });
}
