import type { Transaction } from 'kysely';
import { audit } from '../audit.js';
import type { Caller } from '../auth/access.js';
import type { Database } from '../db/types.js';
import { HttpError } from '../errors.js';
import type { DossierRow } from './access.js';

/**
 * Records a state change of a dossier: the transition row (append-only), the new state and the
 * audit entry, in the caller's transaction.
 *
 * Which transitions are allowed, and for whom, is the library's recognition workflow (issue 12);
 * until it is on main the portal allows only the citizen's own step, submitting a draft.
 */
export async function recordTransition(
  trx: Transaction<Database>,
  caller: Caller,
  dossier: DossierRow,
  to: string,
  reason: string | null,
  extra: Record<string, unknown> = {},
): Promise<void> {
  if (!(dossier.state === 'draft' && to === 'self-assessed')) {
    throw new HttpError('transition_refused', { from: dossier.state, to });
  }
  const onDate = new Date().toISOString().slice(0, 10);
  const entry = { from: dossier.state, to, role: caller.role, unit: caller.scope, date: onDate, reason };
  await trx
    .insertInto('transitions')
    .values({
      dossier_id: dossier.id,
      from_state: dossier.state,
      to_state: to,
      actor_id: caller.id,
      role: caller.role,
      unit_path: caller.scope,
      on_date: onDate,
      reason,
      entry: JSON.stringify(entry),
    })
    .execute();
  await trx.updateTable('dossiers').set({ state: to, updated_at: new Date() }).where('id', '=', dossier.id).execute();
  await audit(trx, caller, {
    action: `dossier.${to}`,
    entity: 'dossier',
    entityId: dossier.id,
    before: { state: dossier.state },
    after: { state: to, ...extra },
  });
}
