// The criteria bundled with cdht, as data for any runtime: `import { frameworks } from 'cdht/criteria'`,
// then `engine.loadAll(frameworks)` (with `collectiveFrameworks` to judge families, clans,
// communities and units). Re-exports only.

export { cases } from './bundled/cases.js';
export { collectiveFrameworks } from './bundled/collectiveFrameworks.js';
export { frameworks } from './bundled/frameworks.js';
export { plans } from './bundled/plans.js';
export { policies } from './bundled/policies.js';
export type {
  BundledCaseFile,
  BundledFramework,
  BundledPlan,
  BundledPolicy,
  BundledUnitsFile,
} from './bundled/types.js';
export { units } from './bundled/units.js';
