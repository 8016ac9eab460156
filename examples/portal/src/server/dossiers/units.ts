/**
 * Levels of the administrative hierarchy, top first: the old four tiers and, since 1/7/2025,
 * province → commune → village. A unit's path keeps the levels it names in this order, so a scope
 * (a path prefix) works for both.
 */
export const UNIT_LEVELS = ['province', 'district', 'commune', 'village'] as const;

/** The path of a unit record: the names of the levels it has, top first. */
export const unitPath = (unit: Readonly<Record<string, string>>): string[] =>
  UNIT_LEVELS.filter((level) => Object.hasOwn(unit, level)).map((level) => unit[level] as string);
