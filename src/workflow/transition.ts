import type { Issue } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import { resolvePeriod } from '../evaluate/period.js';
import type { Framework } from '../format/framework.js';
import type { UnitMappingFile } from '../format/units.js';
import type {
  Dossier,
  DossierAction,
  DossierState,
  RecognitionPolicy,
  RecognitionRule,
  RoleGrant,
  Transition,
  TransitionInput,
} from '../format/workflow.js';

import { unitText } from '../units/load.js';
import { actingUnit, employerLevel, ruleFor, sameUnit } from './rules.js';

/** Which states a step leaves from and goes to, whose roles take it, and whether it needs a reason. */
const MOVES: Readonly<
  Record<
    DossierAction,
    {
      readonly from: readonly DossierState[];
      readonly to: DossierState;
      readonly roles: (r: RecognitionRule) => readonly RoleGrant[];
      readonly reason: boolean;
    }
  >
> = {
  submit: { from: ['draft'], to: 'self-assessed', roles: (r) => r.submit, reason: false },
  review: { from: ['self-assessed'], to: 'reviewed', roles: (r) => r.review, reason: false },
  recognise: { from: ['reviewed'], to: 'recognised', roles: (r) => r.recognise, reason: false },
  refuse: {
    from: ['self-assessed', 'reviewed'],
    to: 'refused',
    roles: (r) => [...r.review, ...r.recognise],
    reason: true,
  },
  return: { from: ['self-assessed', 'reviewed'], to: 'draft', roles: (r) => r.review, reason: true },
  revoke: { from: ['recognised'], to: 'revoked', roles: (r) => r.recognise, reason: true },
};

/** Options of {@link checkTransition} and {@link applyTransition}. @category Workflow */
export interface TransitionOptions {
  /** Unit mappings, so an actor of a unit in force on the step's date acts for a dossier kept under an old unit. */
  readonly mappings?: readonly UnitMappingFile[] | undefined;
  /**
   * The framework of the dossier's form: how long a recognition is valid (`validity.years`, counted
   * from the assessment year; default 1, the assessment year only).
   */
  readonly framework?: Pick<Framework, 'validity'> | undefined;
}

/**
 * Checks one step of a dossier against the policy: the order of states, the date, the rule in
 * force for this kind of dossier, the actor's role and unit (or, for the person, that it is them),
 * a reason where one is required (refusing, returning, revoking, or a reviewer replacing scores),
 * and, to recognise, that the last evaluation recorded awarded the title.
 *
 * @param dossier - the dossier as it is
 * @param step - the step asked for
 * @param policy - the recognition policy
 * @param options - unit mappings
 * @returns every problem (empty when the step is allowed)
 * @category Workflow
 */
export function checkTransition(
  dossier: Dossier,
  step: TransitionInput,
  policy: RecognitionPolicy,
  options: TransitionOptions = {},
): Issue[] {
  const issues: Issue[] = [];
  const move = MOVES[step.action];
  const { action } = step;
  if (!move.from.includes(dossier.state))
    issues.push(
      toolingIssue('invalid_transition', ['action'], { kind: 'state', action, state: dossier.state, from: move.from }),
    );
  const last = dossier.log[dossier.log.length - 1];
  if (last && step.date < last.date)
    issues.push(toolingIssue('date_order', ['date'], { date: step.date, last: last.date }));
  const rule = ruleFor(policy, dossier, step.date);
  if (!rule) {
    issues.push(toolingIssue('no_recognition_rule', ['date'], { date: step.date, level: employerLevel(dossier) }));
  } else {
    const grants = move.roles(rule);
    const grant = grants.find((g) => g.role === step.by.role);
    if (!grant) {
      const allowed = [...new Set(grants.map((g) => g.role))];
      issues.push(toolingIssue('role_not_allowed', ['by', 'role'], { action, role: step.by.role, allowed }));
    } else if (policy.roles[grant.role]?.self === true) {
      if (step.by.person !== dossier.person)
        issues.push(toolingIssue('not_the_person', ['by', 'person'], { person: dossier.person }));
    } else {
      const expected = actingUnit(policy, dossier.unit, grant.at ?? rule.at, step.date, options.mappings);
      if (!expected || !sameUnit(step.by.unit, expected))
        issues.push(
          toolingIssue('wrong_unit', ['by', 'unit'], {
            actual: unitText(step.by.unit),
            expected: expected === undefined ? null : unitText(expected),
          }),
        );
    }
  }
  const scored = step.scores !== undefined && Object.keys(step.scores).length > 0;
  if (scored && action !== 'review')
    issues.push(toolingIssue('invalid_transition', ['scores'], { kind: 'scores', action }));
  if ((move.reason || scored) && (step.reason === undefined || step.reason.trim() === ''))
    issues.push(toolingIssue('reason_required', ['reason'], { action, scores: scored && !move.reason }));
  if (action === 'recognise') {
    const outcome = step.outcome ?? [...dossier.log].reverse().find((t) => t.outcome !== undefined)?.outcome;
    if (outcome && outcome.decision !== 'awarded')
      issues.push(toolingIssue('not_eligible', ['outcome'], { decision: outcome.decision }));
  }
  return issues;
}

/** Result of {@link applyTransition}. @category Workflow */
export type TransitionResult =
  | { readonly success: true; readonly dossier: Dossier; readonly entry: Transition }
  | { readonly success: false; readonly issues: readonly [Issue, ...Issue[]] };

/**
 * Takes one step: checks it ({@link checkTransition}) and returns a new dossier with the entry
 * appended to its log (never changing the old one) and its new state; recognising sets how long the
 * title is valid (from the start of the assessment period to the end of its year, or of the
 * `validityYears`-th year).
 *
 * @param dossier - the dossier as it is
 * @param step - the step asked for
 * @param policy - the recognition policy
 * @param options - unit mappings, validity
 * @returns the new dossier and its log entry, or every problem
 * @example
 * const r = applyTransition(dossier, { action: 'submit', date: '2025-03-02', by: { role: 'self', unit: {}, person: 'p1' } }, policy);
 * @category Workflow
 */
export function applyTransition(
  dossier: Dossier,
  step: TransitionInput,
  policy: RecognitionPolicy,
  options: TransitionOptions = {},
): TransitionResult {
  const [first, ...rest] = checkTransition(dossier, step, policy, options);
  if (first) return { success: false, issues: [first, ...rest] };
  const move = MOVES[step.action];
  const entry: Transition = { seq: dossier.log.length + 1, from: dossier.state, to: move.to, ...step };
  const next: Dossier = { ...dossier, state: move.to, log: [...dossier.log, entry] };
  if (step.action === 'recognise') {
    const period = resolvePeriod(dossier.period);
    const years = options.framework?.validity?.years ?? 1;
    const until = `${Number(period.from.slice(0, 4)) + years - 1}-12-31`;
    return { success: true, dossier: { ...next, validity: { from: period.from, until } }, entry };
  }
  return { success: true, dossier: next, entry };
}
