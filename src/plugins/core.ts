import { coreGroups } from '../format/groups.js';
import { memberOperators } from '../framework/collective/operators.js';
import { domainOperators } from '../rules/operators/domain.js';
import type { Plugin } from './types.js';

export { coreGroups };

/**
 * The built-in plugin: domain operators (dates, periods, assessed scores, lists of evidence), the
 * member operators of collective frameworks (`membersPercentAtLeast`, …), the
 * programme's citizen groups. It also owns the names of the built-in report formats md, html, csv
 * and json, which `renderReport` provides without the engine carrying them (`xlsx` comes from
 * `xlsxPlugin` in `cdht/node`). Every engine starts with it, through the same contract as any plugin.
 *
 * @category Plugins
 */
export const corePlugin: Plugin = /* @__PURE__ */ Object.freeze({
  name: 'cdht:core',
  operators: /*#__PURE__*/ Object.freeze({ ...domainOperators, ...memberOperators }),
  groups: coreGroups,
});
