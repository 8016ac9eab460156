import type { Issue, JsonPath } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import type { PlanScope } from '../format/plan.js';

/** One step of a unit path: a level and the unit's name at that level. */
export interface UnitStep {
  readonly level: string;
  readonly name: string;
}

const escapePart = (s: string): string => s.replace(/[%/=]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Builds the key of a unit path relative to a plan's scope: `commune=Đắk Ruồng/village=Thôn 1`.
 * The scope itself is the empty key `''`. `%`, `/` and `=` in names are percent-escaped.
 *
 * @param path - the steps below the scope, top first
 * @returns the key
 * @example formatUnitKey([{ level: 'commune', name: 'Đắk Ruồng' }]) // 'commune=Đắk Ruồng'
 * @category Aggregation
 */
export function formatUnitKey(path: readonly UnitStep[]): string {
  return path.map((s) => `${escapePart(s.level)}=${escapePart(s.name)}`).join('/');
}

/**
 * Parses a unit key back into its path.
 *
 * @param key - a key made by {@link formatUnitKey}
 * @returns the path, top first (empty for the scope)
 * @category Aggregation
 */
export function parseUnitKey(key: string): UnitStep[] {
  if (key === '') return [];
  return key.split('/').map((part) => {
    const [level = '', name = ''] = part.split('=').map(decodeURIComponent);
    return { level, name };
  });
}

/**
 * The keys of a unit and of every unit above it up to the scope, nearest first.
 *
 * @param key - a unit key
 * @returns the key itself, its parent, …, and `''`
 * @example unitAncestors('commune=A/village=B') // ['commune=A/village=B', 'commune=A', '']
 * @category Aggregation
 */
export function unitAncestors(key: string): string[] {
  const out = [key];
  for (let i = key.lastIndexOf('/'); key !== '' && i >= 0; i = key.lastIndexOf('/', i - 1)) out.push(key.slice(0, i));
  if (key !== '') out.push('');
  return out;
}

/** Why a unit cannot be placed in a plan's scope. */
export type UnitPlacementError = 'unknown_level' | 'outside_scope' | 'invalid_unit' | 'unit_not_in_force';

/**
 * Places a row's unit in a plan's scope: its key below the scope, or why it does not fit.
 * Levels the scope fixes may be omitted (a district agency need not name its district); a value
 * that differs from the scope's puts the row outside it. The row belongs to the first hierarchy
 * that has all of its levels; levels it skips are skipped in the path.
 *
 * @param unit - the row's unit (level → name), or undefined for the scope itself
 * @param scope - the plan's scope
 * @returns `{ key }` or `{ error }`
 * @example placeUnit({ commune: 'Đắk Ruồng' }, konRayScope) // { key: 'commune=Đắk Ruồng' }
 * @category Aggregation
 */
export function placeUnit(unit: unknown, scope: PlanScope): { key: string } | { error: UnitPlacementError } {
  if (unit === undefined || unit === null) return { key: '' };
  if (typeof unit !== 'object' || Array.isArray(unit)) return { error: 'invalid_unit' };
  const u = unit as Record<string, unknown>;
  const levels = Object.keys(u);
  for (const level of levels) {
    if (typeof u[level] !== 'string') return { error: 'invalid_unit' };
    const fixed = scope.unit[level];
    if (fixed !== undefined && fixed !== u[level]) return { error: 'outside_scope' };
  }
  const hierarchy = scope.hierarchies.find((h) => levels.every((l) => h.levels.includes(l)));
  if (!hierarchy) return { error: 'unknown_level' };
  let key = '';
  for (const level of hierarchy.levels) {
    const name = u[level];
    if (typeof name !== 'string' || scope.unit[level] !== undefined) continue;
    key += `${key === '' ? '' : '/'}${escapePart(level)}=${escapePart(name)}`;
  }
  return { key };
}

/**
 * The issue of a placement error at `path`.
 *
 * @internal
 */
export function placementIssue(error: UnitPlacementError, path: JsonPath): Issue {
  return error === 'unknown_level'
    ? toolingIssue('unknown_level', path, { kind: 'unit' })
    : toolingIssue(error, path, {});
}

/**
 * The message of a placement error, in Vietnamese and English.
 *
 * @param error - the error code
 * @returns the message
 * @category Aggregation
 */
export function placementMessage(error: UnitPlacementError): { vi: string; en: string } {
  return placementIssue(error, []).message;
}
