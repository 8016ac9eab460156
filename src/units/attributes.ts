import type { AttributeValue, Unit } from '../format/common.js';
import type { InForce, UnitEntry } from '../format/units.js';

/** What is known of a unit's attributes. */
export interface UnitLookup {
  /** True when the unit or one of the units above it is listed (in force on the date). */
  readonly known: boolean;
  /** Attributes inherited down the hierarchy; the most specific unit's value wins. */
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

const UNKNOWN: UnitLookup = Object.freeze({ known: false, attributes: Object.freeze({}) });

/** Whether dates in force hold a date (no date: always). @internal */
export function inForceOn(inForce: InForce | undefined, date: string | undefined): boolean {
  if (!inForce || date === undefined) return true;
  return (inForce.from === undefined || inForce.from <= date) && (inForce.until === undefined || date <= inForce.until);
}

/** A unit's levels as a canonical key: sorted `level=name` pairs (JSON-escaped). */
function keyOf(unit: Readonly<Record<string, string>>, levels: readonly string[]): string {
  return JSON.stringify(levels.map((l) => [l, unit[l]]));
}

const INDEXES = new WeakMap<readonly UnitEntry[], Map<string, UnitEntry[]>>();

/** Entries by the canonical key of their unit, built once per list. */
function indexOf(entries: readonly UnitEntry[]): Map<string, UnitEntry[]> {
  let index = INDEXES.get(entries);
  if (index) return index;
  index = new Map();
  for (const e of entries) {
    const key = keyOf(e.unit, Object.keys(e.unit).sort());
    const list = index.get(key);
    if (list) list.push(e);
    else index.set(key, [e]);
  }
  INDEXES.set(entries, index);
  return index;
}

/** Every subset of the levels, fewest levels first: the units a unit lies in, the widest first. */
function subsets(levels: readonly string[]): string[][] {
  let out: string[][] = [[]];
  for (const level of levels) out = [...out, ...out.map((s) => [...s, level])];
  return out.sort((a, b) => a.length - b.length);
}

/** More levels than this and a unit is not looked up (a real unit path has a handful). */
const MAX_LEVELS = 8;

/**
 * The attributes of a unit from a list of units (a units file's `units`, or the population table's
 * rows with `attributes`): every listed unit that contains it (same names at every level the
 * listed unit names) and is in force on the date, the widest first, so a village inherits its
 * commune's area class unless it states its own.
 *
 * @param entries - the listed units
 * @param unit - the person's unit (level → name); undefined is the whole scope
 * @param date - the date, `yyyy-MM-dd`; undefined ignores dates in force
 * @returns whether anything is known, and the attributes
 * @example findUnitAttributes(units, { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Kôi' }).attributes.area
 * @category Units
 */
export function findUnitAttributes(
  entries: readonly UnitEntry[],
  unit: Readonly<Record<string, string>> | Unit | undefined,
  date?: string,
): UnitLookup {
  const u: Readonly<Record<string, string>> = unit ?? {};
  const levels = Object.keys(u).sort();
  if (levels.length > MAX_LEVELS || entries.length === 0) return UNKNOWN;
  const index = indexOf(entries);
  let known = false;
  const attributes: Record<string, AttributeValue> = Object.create(null) as Record<string, AttributeValue>;
  for (const subset of subsets(levels)) {
    for (const e of index.get(keyOf(u, subset)) ?? []) {
      if (!inForceOn(e.inForce, date)) continue;
      known = true;
      for (const [name, value] of Object.entries(e.attributes ?? {})) attributes[name] = value;
    }
  }
  return known ? { known, attributes: { ...attributes } } : UNKNOWN;
}
