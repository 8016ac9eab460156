// Units that change: attributes, mappings. Re-exports only.

export type { UnitLookup } from './attributes.js';
export { findUnitAttributes } from './attributes.js';
export type { LoadUnitsResult } from './load.js';
export { loadUnitMapping, loadUnits } from './load.js';
export type { MappedUnit } from './mapping.js';
export { resolveMappedUnit } from './mapping.js';
export { buildUnitsFromPopulation } from './population.js';
