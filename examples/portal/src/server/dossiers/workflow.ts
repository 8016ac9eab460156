import {
  type Actor,
  applyTransition,
  type Dossier,
  type DossierAction,
  type Engine,
  type EvidenceRecord,
  type Issue,
  type Outcome,
  parseDossier,
  type Transition,
  type TransitionInput,
} from 'cdht';
import type { Kysely, Transaction } from 'kysely';
import { audit } from '../audit.js';
import type { Caller } from '../auth/access.js';
import type { Database } from '../db/types.js';
import { HttpError } from '../errors.js';
import type { PortalWorkflow } from '../workflow/policy.js';
import type { DossierRow } from './access.js';
import { UNIT_LEVELS } from './units.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The roles of the bundled policy a commune officer's account holds: the commune's People's
 * Committee (recognises, refuses, revokes) and its agencies (review, return). Which of them may take
 * a step, and for which unit, is the policy's answer, not the portal's: each step is tried with
 * these roles in order and the first the library accepts is recorded.
 */
export const OFFICER_ROLES = ['commune-authority', 'commune-agency'] as const;

/** What a step needs beside the dossier: the policy, the engine (frameworks' validity) and the date. */
export interface StepContext {
  readonly workflow: PortalWorkflow;
  readonly engine: Engine;
  /** The step's date, `yyyy-MM-dd`. */
  readonly today: string;
}

/** The log of a stored dossier: the library's entries of its transitions, in order. */
export async function dossierLog(db: Db, id: number): Promise<Transition[]> {
  const rows = await db.selectFrom('transitions').select('entry').where('dossier_id', '=', id).orderBy('id').execute();
  // Entries written before the portal used the library's workflow have no `action`: they are no step of the log.
  return rows.map((r) => r.entry as Transition).filter((e) => typeof e?.action === 'string');
}

/**
 * The library's view of a stored dossier: who, which form, which period, the person's unit and
 * memberships (an employer membership puts staff under their employer's rule), the state and the
 * log, checked by the library's dossier schema.
 */
export async function libraryDossier(db: Db, row: DossierRow, record: EvidenceRecord | undefined): Promise<Dossier> {
  const person = await db
    .selectFrom('people')
    .select(['name', 'unit'])
    .where('id', '=', row.person_id)
    .executeTakeFirst();
  if (!person) throw new HttpError('not_found');
  return parseDossier({
    id: String(row.id),
    person: row.person_id,
    name: person.name,
    framework: row.framework_id,
    title: 'cdht',
    period: row.period,
    unit: person.unit,
    ...(record?.memberships ? { memberships: record.memberships } : {}),
    state: row.state,
    log: await dossierLog(db, row.id),
  });
}

/**
 * The unit an officer acts for on a dossier: the dossier's unit cut at the officer's scope (their
 * commune), with its levels — the scope holds names only, the unit names their levels.
 */
export function officerUnit(caller: Caller, unit: Readonly<Record<string, string>>): Record<string, string> {
  const levels = UNIT_LEVELS.filter((l) => Object.hasOwn(unit, l)).slice(0, caller.scope.length);
  return Object.fromEntries(levels.map((l) => [l, unit[l] as string]));
}

/**
 * Who the caller is for the library. Submitting is the person's own step: a citizen submits as
 * themself, and an officer entering a paper form submits the person's signed form (the audit log
 * names the officer). Officers take the other steps with their roles, for their commune.
 */
function actorsFor(caller: Caller, dossier: Dossier, action: DossierAction): Actor[] {
  if (action === 'submit') {
    const person = caller.role === 'citizen' ? (caller.person_id ?? '') : dossier.person;
    return [{ role: 'self', unit: {}, person }];
  }
  if (caller.role !== 'officer') return [];
  const unit = officerUnit(caller, dossier.unit);
  return OFFICER_ROLES.map((role) => ({ role, unit, name: caller.display_name }));
}

/** The step as the library checks it, without who takes it. */
export type StepRequest = Omit<TransitionInput, 'by' | 'date'>;

/** The answer for a step the library refuses: its issues, with their codes and vi/en messages. */
const refused = (issues: readonly Issue[]): HttpError =>
  new HttpError(
    'transition_refused',
    issues.map((i) => ({ code: i.code, path: i.path, message: i.message })),
  );

/**
 * Checks a step with the library's pure workflow functions, trying the caller's roles in order:
 * the first one the policy allows is the one taken. Nothing is written.
 *
 * @returns the new dossier and its log entry
 * @throws HttpError `transition_refused` with the library's issues (those of the role that came
 *   closest: a role the step does not grant is reported only when no role is granted)
 */
export function planStep(ctx: StepContext, caller: Caller, dossier: Dossier, request: StepRequest) {
  const framework = ctx.engine.frameworkFor(dossier.framework, `${dossier.period}-12-31`);
  const options = { mappings: ctx.workflow.mappings, ...(framework ? { framework } : {}) };
  let best: readonly Issue[] | undefined;
  for (const by of actorsFor(caller, dossier, request.action)) {
    const r = applyTransition(dossier, { ...request, date: ctx.today, by }, ctx.workflow.policy, options);
    if (r.success) return r;
    const granted = !r.issues.some((i) => i.code === 'role_not_allowed');
    if (best === undefined || (granted && best.some((i) => i.code === 'role_not_allowed'))) best = r.issues;
  }
  throw best === undefined ? new HttpError('forbidden') : refused(best);
}

/**
 * Takes a step: checked by the library ({@link planStep}), then the log entry is stored in the
 * append-only transitions table, the dossier's state updated and the audit entry written, all in
 * the caller's transaction.
 *
 * @returns the library's log entry
 */
export async function recordStep(
  trx: Transaction<Database>,
  ctx: StepContext,
  caller: Caller,
  row: DossierRow,
  dossier: Dossier,
  request: StepRequest,
  extra: Record<string, unknown> = {},
): Promise<{ entry: Transition; dossier: Dossier }> {
  const r = planStep(ctx, caller, dossier, request);
  const { entry } = r;
  await trx
    .insertInto('transitions')
    .values({
      dossier_id: row.id,
      from_state: entry.from,
      to_state: entry.to,
      actor_id: caller.id,
      role: caller.role,
      unit_path: caller.scope,
      on_date: entry.date,
      reason: entry.reason ?? null,
      entry: JSON.stringify(entry),
    })
    .execute();
  await trx.updateTable('dossiers').set({ state: entry.to, updated_at: new Date() }).where('id', '=', row.id).execute();
  await audit(trx, caller, {
    action: `dossier.${entry.to}`,
    entity: 'dossier',
    entityId: row.id,
    before: { state: entry.from },
    after: {
      state: entry.to,
      step: entry,
      ...(r.dossier.validity ? { validity: r.dossier.validity } : {}),
      ...extra,
    },
  });
  return { entry, dossier: r.dossier };
}

/** The outcome a step is taken on, from the portal's evaluation summary. */
export const outcomeOf = (e: { framework: string; total: number; decision: string }): Outcome => ({
  framework: e.framework,
  total: e.total,
  decision: e.decision as Outcome['decision'],
});
