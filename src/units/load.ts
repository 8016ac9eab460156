import { fromZodIssues } from '../errors/fromZod.js';
import type { Issue } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import { type UnitMappingFile, UnitMappingFileSchema, type UnitsFile, UnitsFileSchema } from '../format/units.js';
import { normalizeJson } from '../framework/normalize.js';
import { inForceOn } from './attributes.js';

/** Result of loading a units or unit-mapping file. */
export type LoadUnitsResult<T> =
  | { readonly success: true; readonly value: T }
  | { readonly success: false; readonly issues: readonly [Issue, ...Issue[]] };

const withFile = (list: Issue[], file: string | undefined): Issue[] =>
  file === undefined ? list : list.map((i) => ({ ...i, file }));

function done<T>(value: T, issues: Issue[], file: string | undefined): LoadUnitsResult<T> {
  const [first, ...rest] = withFile(issues, file);
  return first ? { success: false, issues: [first, ...rest] } : { success: true, value: Object.freeze(value) };
}

/** A unit as text for messages: `Kon Tum / Kon Rẫy / Đắk Ruồng`. @internal */
export const unitText = (unit: Readonly<Record<string, string>>): string => Object.values(unit).join(' / ') || '∅';

/** The same unit: the same levels with the same names. */
const unitKey = (unit: Readonly<Record<string, string>>): string =>
  JSON.stringify(
    Object.keys(unit)
      .sort()
      .map((l) => [l, unit[l]]),
  );

/**
 * Validates a units file (`schema/units.schema.json`): its shape, and that no unit is listed twice
 * for overlapping dates and no date range ends before it starts. Text is NFC-normalised first.
 *
 * @param json - the parsed file
 * @param options - file name, put on every issue
 * @returns the frozen file, or every issue (`schema_violation`, `duplicate_unit`, `invalid_date_range`)
 * @example const r = loadUnits(JSON.parse(text), { file: 'units.json' }); if (r.success) evaluate(…, { units: r.value.units })
 * @category Units
 */
export function loadUnits(json: unknown, options: { readonly file?: string } = {}): LoadUnitsResult<UnitsFile> {
  const value = normalizeJson(json);
  const parsed = UnitsFileSchema.safeParse(value, { reportInput: true });
  if (!parsed.success)
    return done(value as UnitsFile, fromZodIssues(parsed.error.issues, 'schema_violation'), options.file);
  const issues: Issue[] = [];
  const seen = new Map<string, number[]>();
  parsed.data.units.forEach((u, i) => {
    const from = u.inForce?.from;
    const until = u.inForce?.until;
    if (from !== undefined && until !== undefined && until < from)
      issues.push(
        toolingIssue('invalid_date_range', ['units', i, 'inForce'], {
          kind: 'unit',
          unit: unitText(u.unit),
          from,
          until,
        }),
      );
    const key = unitKey(u.unit);
    const earlier = seen.get(key) ?? [];
    for (const j of earlier) {
      const other = parsed.data.units[j];
      if (other && overlaps(other.inForce, u.inForce))
        issues.push(
          toolingIssue('duplicate_unit', ['units', i, 'unit'], { kind: 'listed', unit: unitText(u.unit), first: j }),
        );
    }
    seen.set(key, [...earlier, i]);
  });
  return done(parsed.data, issues, options.file);
}

/** Whether two date ranges (absent ends open) share a day. */
function overlaps(a: UnitsFile['units'][number]['inForce'], b: UnitsFile['units'][number]['inForce']): boolean {
  const aFrom = a?.from ?? '0000-01-01';
  const bFrom = b?.from ?? '0000-01-01';
  return inForceOn(a, bFrom) || inForceOn(b, aFrom);
}

/**
 * Validates a unit-mapping file (`schema/unit-mapping.schema.json`): its shape, and that no old
 * unit is mapped twice (which new unit would it go to?) or to nothing.
 *
 * @param json - the parsed file
 * @param options - file name, put on every issue
 * @returns the frozen file, or every issue (`schema_violation`, `duplicate_unit`, `missing_field`)
 * @category Units
 */
export function loadUnitMapping(
  json: unknown,
  options: { readonly file?: string } = {},
): LoadUnitsResult<UnitMappingFile> {
  const value = normalizeJson(json);
  const parsed = UnitMappingFileSchema.safeParse(value, { reportInput: true });
  if (!parsed.success)
    return done(value as UnitMappingFile, fromZodIssues(parsed.error.issues, 'schema_violation'), options.file);
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  parsed.data.entries.forEach((e, i) => {
    const key = unitKey(e.from);
    const before = seen.get(key);
    if (before !== undefined)
      issues.push(
        toolingIssue('duplicate_unit', ['entries', i, 'from'], {
          kind: 'mapped',
          unit: unitText(e.from),
          first: before,
        }),
      );
    else seen.set(key, i);
    for (const [side, unit] of [
      ['from', e.from],
      ['to', e.to],
    ] as const) {
      if (Object.keys(unit).length === 0)
        issues.push(toolingIssue('missing_field', ['entries', i, side], { kind: 'mapping_side', index: i, side }));
    }
  });
  return done(parsed.data, issues, options.file);
}
