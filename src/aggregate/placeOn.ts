import type { Unit } from '../format/common.js';
import type { Hierarchy, PlanScope } from '../format/plan.js';
import type { EntryVerification, UnitMappingFile } from '../format/units.js';
import { inForceOn } from '../units/attributes.js';
import { resolveMappedUnit } from '../units/mapping.js';
import { placeUnit, type UnitPlacementError } from './unitKey.js';

/** The units a report counts in: those in force on a date, old units carried over by mappings. */
export interface UnitsOn {
  /**
   * Report date, `yyyy-MM-dd`: only hierarchies in force then are used, and units kept under old
   * names are carried over to the units in force by `mappings`. Absent: units as recorded, every
   * hierarchy.
   */
  readonly asOf?: string | undefined;
  /** Unit-mapping files (old unit → new unit from an effective date). */
  readonly mappings?: readonly UnitMappingFile[] | undefined;
}

/** Where a row goes: its key and how well verified the mapping entries applied are, or why it cannot go. */
export type Placement =
  | { readonly key: string; readonly through: EntryVerification | null }
  | { readonly error: UnitPlacementError };

/**
 * Places a unit in a plan's scope on a date: carries it over to the units in force (mappings),
 * then places it in the first hierarchy in force that holds its levels. A unit that only a
 * hierarchy not in force holds (a district unit after 1/7/2025 that no mapping carries over, or a
 * new commune before it existed) is `unit_not_in_force`, never quietly put elsewhere.
 *
 * @param unit - the unit as recorded
 * @param scope - the plan's scope
 * @param on - report date and mappings
 * @returns the key, or the reason it cannot be placed
 * @example placeOn(oldCommune, nationalScope, { asOf: '2025-12-31', mappings: [konRay] }) // { key: 'province=Quảng Ngãi/commune=…', through: 'unverified' }
 * @category Aggregation
 */
export function placeOn(unit: unknown, scope: PlanScope, on: UnitsOn = {}): Placement {
  if (on.asOf === undefined) {
    const where = placeUnit(unit, scope);
    return 'key' in where ? { key: where.key, through: null } : where;
  }
  const asOf = on.asOf;
  const isUnit = unit !== null && typeof unit === 'object' && !Array.isArray(unit);
  const mapped =
    isUnit && on.mappings !== undefined && on.mappings.length > 0
      ? resolveMappedUnit(unit as Unit, on.mappings, asOf)
      : { unit, through: null };
  // A two-tier unit (province → commune → village) also fits the older hierarchy with its district
  // missing; the hierarchy it fits best decides whether it existed on the date.
  const fit = bestFit(mapped.unit, scope);
  if (fit !== undefined && !inForceOn(fit.inForce, asOf)) return { error: 'unit_not_in_force' };
  const inForce = scope.hierarchies.filter((h) => inForceOn(h.inForce, asOf));
  const where = placeUnit(mapped.unit, { ...scope, hierarchies: inForce });
  if ('key' in where) return { key: where.key, through: mapped.through };
  if (where.error === 'unknown_level' && 'key' in placeUnit(mapped.unit, scope)) return { error: 'unit_not_in_force' };
  return where;
}

/**
 * The hierarchy that holds every level the unit names and leaves the fewest of its own levels
 * unnamed above the unit's deepest level (levels the plan's scope fixes count as named; the first on
 * ties); undefined for no unit or when no hierarchy holds its levels.
 */
function bestFit(unit: unknown, scope: PlanScope): Hierarchy | undefined {
  if (unit === null || typeof unit !== 'object' || Array.isArray(unit)) return undefined;
  const levels = Object.keys(unit);
  if (levels.length === 0) return undefined;
  const named = (l: string): boolean => levels.includes(l) || Object.hasOwn(scope.unit, l);
  let best: Hierarchy | undefined;
  let fewest = Number.POSITIVE_INFINITY;
  for (const h of scope.hierarchies) {
    if (!levels.every((l) => h.levels.includes(l))) continue;
    const deepest = Math.max(...levels.map((l) => h.levels.indexOf(l)));
    const skipped = h.levels.slice(0, deepest + 1).filter((l) => !named(l)).length;
    if (skipped < fewest) {
      best = h;
      fewest = skipped;
    }
  }
  return best;
}
