import { coreGroups } from '../format/groups.js';
import { memberOperators } from '../framework/collective/operators.js';
import { builtinFormatters } from '../report/render.js';
import { domainOperators } from '../rules/operators/domain.js';
import type { Plugin } from './types.js';

export { coreGroups };

/**
 * The built-in plugin: domain operators (dates, periods, assessed scores, lists of evidence), the
 * member operators of collective frameworks (`membersPercentAtLeast`, …), the
 * programme's citizen groups and the report formats md, html, csv and json (`xlsx` comes from
 * `xlsxPlugin` in `cdht/node`). Every engine starts with it, through the same contract as any plugin.
 *
 * @category Plugins
 */
export const corePlugin: Plugin = Object.freeze({
  name: 'cdht:core',
  operators: /*#__PURE__*/ Object.freeze({ ...domainOperators, ...memberOperators }),
  groups: coreGroups,
  formatters: builtinFormatters,
});
