// The runtime of modules emitted by `cdht compile` / `compileScorerModule`: `import * as $ from 'cdht/aot-runtime'`.
// Runtime-neutral (no Node built-ins); re-exports only. Its names are for generated code, not for apps.

export type { FastContext, ModuleSpec, ModuleTitle } from './aot/runtime.js';
export {
  awardPoints,
  between,
  createModuleScorer,
  decisionTable,
  directKeys,
  dynamicVar,
  enterRecord,
  fastContext,
  frozen,
  inOp,
  isWithin,
  literalVar,
  minus,
  missingOf,
  missingSomeOf,
  note,
  operator,
  plain,
  plus,
  readLiteral,
  toFloat,
  truthy,
} from './aot/runtime.js';
