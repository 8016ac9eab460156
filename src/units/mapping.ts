import type { Unit } from '../format/common.js';
import type { EntryVerification, UnitMappingEntry, UnitMappingFile } from '../format/units.js';

/** A unit carried over to the units in force on a date. */
export interface MappedUnit {
  /** The unit in force on the date (the same object when nothing applied). */
  readonly unit: Unit;
  /**
   * The least verified entry applied (`verified` < `partial` < `unverified` < `example`), or null when
   * no entry applied.
   */
  readonly through: EntryVerification | null;
}

const RANK: Readonly<Record<EntryVerification, number>> = { verified: 0, partial: 1, unverified: 2, example: 3 };

/** Whether every level `from` names has the same name in `unit`. */
function contains(from: Unit, unit: Unit): boolean {
  for (const level of Object.keys(from)) if (!Object.hasOwn(unit, level) || unit[level] !== from[level]) return false;
  return true;
}

/** The most specific entry whose old unit contains the unit (most levels; the first on ties). */
function bestEntry(entries: readonly UnitMappingEntry[], unit: Unit): UnitMappingEntry | undefined {
  let best: UnitMappingEntry | undefined;
  let depth = -1;
  for (const e of entries) {
    const n = Object.keys(e.from).length;
    if (n > depth && contains(e.from, unit)) {
      best = e;
      depth = n;
    }
  }
  return best;
}

/**
 * Carries a unit over to the units in force on a date: each mapping in effect on the date (in order
 * of effective date) replaces the levels of its most specific matching old unit with the new unit's
 * levels and keeps the levels below (a village keeps its name under its new commune). A unit no
 * entry matches is returned as it is; a report then finds it is not a unit in force.
 *
 * @param unit - the unit as recorded
 * @param mappings - unit-mapping files
 * @param date - the report date, `yyyy-MM-dd`
 * @returns the unit in force and how well verified the entries applied are
 * @example resolveMappedUnit({ province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 1' }, [m], '2025-12-31').unit
 * @category Units
 */
export function resolveMappedUnit(unit: Unit, mappings: readonly UnitMappingFile[], date: string): MappedUnit {
  let current = unit;
  let through: EntryVerification | null = null;
  const inEffect = mappings.filter((m) => m.effective <= date).sort((a, b) => (a.effective < b.effective ? -1 : 1));
  for (const m of inEffect) {
    const e = bestEntry(m.entries, current);
    if (!e) continue;
    const next: Record<string, string> = { ...e.to };
    for (const [level, name] of Object.entries(current))
      if (!Object.hasOwn(e.from, level) && !Object.hasOwn(e.to, level)) next[level] = name;
    current = next;
    if (through === null || RANK[e.verification] > RANK[through]) through = e.verification;
  }
  return { unit: current, through };
}
