import type { Unit } from '../format/common.js';
import type { UnitAttributes, UnitEntry } from '../format/units.js';

/**
 * The units a population table gives attributes to, as a list of units for variants by area, so
 * a commune's area class can sit beside its head counts instead of in a separate units file.
 *
 * @param table - population rows `{ unit, attributes?, adults?, … }` (validated)
 * @returns one unit per row that has attributes
 * @example buildUnitsFromPopulation([{ unit: { commune: 'Đắk Kôi' }, attributes: { area: 'especially-difficult' }, adults: 900 }])
 * @category Units
 */
export function buildUnitsFromPopulation(
  table: readonly { readonly unit: Unit; readonly attributes?: UnitAttributes | undefined }[],
): UnitEntry[] {
  return table.flatMap((row) => (row.attributes === undefined ? [] : [{ unit: row.unit, attributes: row.attributes }]));
}
