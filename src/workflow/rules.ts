import type { Unit } from '../format/common.js';
import type { UnitMappingFile } from '../format/units.js';
import type { Dossier, RecognitionPolicy, RecognitionRule } from '../format/workflow.js';
import { inForceOn } from '../units/attributes.js';
import { resolveMappedUnit } from '../units/mapping.js';

/** The employer level of a dossier's person, or null for a resident (no employer membership). */
export function employerLevel(dossier: Pick<Dossier, 'memberships'>): string | null {
  const employer = dossier.memberships?.find((m) => m.kind === 'employer');
  return employer?.kind === 'employer' ? employer.level : null;
}

/**
 * The rule that covers a dossier on a date: in force then, for residents (no employer membership)
 * or for staff of employers at the dossier's employer level. The first such rule wins.
 *
 * @param policy - the recognition policy
 * @param dossier - the dossier (its memberships)
 * @param date - the date of the step
 * @returns the rule, or undefined when the policy names no one
 * @internal
 */
export function ruleFor(
  policy: RecognitionPolicy,
  dossier: Pick<Dossier, 'memberships'>,
  date: string,
): RecognitionRule | undefined {
  const level = employerLevel(dossier);
  return policy.rules.find(
    (r) =>
      inForceOn(r.inForce, date) &&
      (r.subjects === 'residents' ? level === null : level !== null && r.subjects.employers.some((l) => l === level)),
  );
}

/**
 * The unit that acts for a dossier at a level on a date: the dossier's unit carried over to the
 * units in force (unit mappings), cut at that level in the first hierarchy in force that holds its
 * levels. Undefined when no hierarchy in force holds the unit (e.g. a district unit after
 * 1/7/2025 with no mapping) or the unit does not reach the level.
 *
 * @internal
 */
export function actingUnit(
  policy: RecognitionPolicy,
  unit: Unit,
  level: string,
  date: string,
  mappings: readonly UnitMappingFile[] = [],
): Unit | undefined {
  const current = resolveMappedUnit(unit, mappings, date).unit;
  const levels = Object.keys(current);
  const hierarchy = policy.hierarchies.find(
    (h) => inForceOn(h.inForce, date) && levels.every((l) => h.levels.includes(l)),
  );
  if (!hierarchy) return undefined;
  const at = hierarchy.levels.indexOf(level);
  if (at < 0 || current[level] === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const l of hierarchy.levels.slice(0, at + 1)) if (current[l] !== undefined) out[l] = current[l];
  return out;
}

/** The same unit: the same levels with the same names. @internal */
export function sameUnit(a: Unit, b: Unit): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}
