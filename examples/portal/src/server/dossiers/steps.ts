import { applyReviewedScores, type DossierAction, type Outcome } from 'cdht';
import type { Kysely, Transaction } from 'kysely';
import type { Caller } from '../auth/access.js';
import type { Database } from '../db/types.js';
import { HttpError } from '../errors.js';
import { dossierFor } from './access.js';
import { latestRecord, storeEvaluation } from './evaluation.js';
import { libraryDossier, outcomeOf, planStep, recordStep, type StepContext } from './workflow.js';

/** An officer's step: the action, a reason, and (to review) the reviewer's scores. */
export interface StepInput {
  readonly action: Exclude<DossierAction, 'submit'>;
  readonly reason?: string | undefined;
  readonly scores?: Readonly<Record<string, number>> | undefined;
}

/** The outcome of the dossier's latest stored evaluation. */
async function lastOutcome(trx: Transaction<Database>, id: number): Promise<Outcome | undefined> {
  const e = await trx
    .selectFrom('evaluations')
    .select(['framework_id', 'framework_version', 'total', 'decision'])
    .where('dossier_id', '=', id)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return e && outcomeOf({ framework: `${e.framework_id}@${e.framework_version}`, ...e });
}

/**
 * Takes an officer's step on a dossier of their commune, every rule from the library's workflow
 * (order of states, role, unit, reasons, and that only an awarded evaluation is recognised).
 *
 * Reviewing with scores: each scored field must be one the person self-assessed; the library puts
 * the reviewer's score beside the self-assessment (`applyReviewedScores`), the result is stored as
 * a new evidence version of kind `review` with the reason, evaluated again through the portal's
 * one call into cdht, and the step records that evaluation as its outcome. Recognising takes the
 * latest evaluation's outcome. All of it commits together or not at all.
 */
export async function stepDossier(
  db: Kysely<Database>,
  ctx: StepContext,
  caller: Caller,
  id: number,
  input: StepInput,
): Promise<{ id: number; state: string; total?: number; decision?: string; validity?: unknown }> {
  return db.transaction().execute(async (trx) => {
    let row = await dossierFor(trx, caller, id, true);
    const record = await latestRecord(trx, row);
    const dossier = await libraryDossier(trx, row, record);
    const reason = input.reason?.trim() || undefined;
    const scores = input.scores && Object.keys(input.scores).length > 0 ? input.scores : undefined;
    const request = { action: input.action, ...(reason ? { reason } : {}), ...(scores ? { scores } : {}) };
    let outcome: Outcome | undefined = await lastOutcome(trx, id);
    if (input.action === 'review' && scores) {
      const unscored = Object.keys(scores).filter((f) => {
        const v = Object.hasOwn(record.data, f) ? record.data[f] : undefined;
        return v === null || typeof v !== 'object' || !('self' in v);
      });
      if (unscored.length > 0)
        throw new HttpError(
          'bad_request',
          unscored.map((f) => ({
            path: ['scores', f],
            message: {
              vi: `${f}: người dân chưa tự chấm điểm mục này; hãy trả lại hồ sơ để bổ sung`,
              en: `${f}: the person did not self-assess this field; return the dossier to complete it`,
            },
          })),
        );
      // Checked first (role, unit, order, reason) so nothing is written for a step the library refuses.
      const planned = planStep(ctx, caller, dossier, request);
      const reviewed = applyReviewedScores(record, planned.dossier);
      const version = row.version + 1;
      await trx
        .insertInto('evidence_versions')
        .values({
          dossier_id: id,
          version,
          kind: 'review',
          record: JSON.stringify(reviewed),
          author_id: caller.id,
          reason: reason ?? null,
        })
        .execute();
      await trx.updateTable('dossiers').set({ version, updated_at: new Date() }).where('id', '=', id).execute();
      row = { ...row, version };
      outcome = outcomeOf(await storeEvaluation(trx, ctx.engine, caller, row, 'review'));
    }
    const withOutcome =
      (input.action === 'review' || input.action === 'recognise') && outcome ? { ...request, outcome } : request;
    const { entry, dossier: after } = await recordStep(trx, ctx, caller, row, dossier, withOutcome);
    return {
      id,
      state: entry.to,
      ...(outcome ? { total: outcome.total, decision: outcome.decision } : {}),
      ...(after.validity ? { validity: after.validity } : {}),
    };
  });
}
