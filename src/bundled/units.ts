// Generated from criteria/ by scripts/generate-criteria.ts (`npm run criteria`): do not edit.
// `npm run criteria:check` (part of `npm test`) fails when this file and criteria/ differ.
import units_kon_ray_2025_mapping from '../../criteria/units/kon-ray-2025-mapping.json' with { type: 'json' };
import { _deepFreeze } from './freeze.js';
import type { BundledUnitsFile } from './types.js';

/**
 * Every units file and unit-mapping file bundled with the package, for `loadUnits` / `loadUnitMapping`.
 *
 * @category Criteria
 */
export const units: readonly BundledUnitsFile[] = /* @__PURE__ */ _deepFreeze([
  {
    file: 'criteria/units/kon-ray-2025-mapping.json',
    id: 'kon-ray-2025-mapping',
    version: '1.0.0',
    json: units_kon_ray_2025_mapping,
  },
]);
