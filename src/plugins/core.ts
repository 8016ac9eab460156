import { coreGroups } from '../format/groups.js';
import { builtinFormatters } from '../report/render.js';
import { domainOperators } from '../rules/operators/domain.js';
import type { Plugin } from './types.js';

export { coreGroups };

/**
 * The built-in plugin: domain operators (dates, periods, assessed scores, lists of evidence), the
 * programme's citizen groups and the report formats md, html, csv and json (`xlsx` comes from
 * `xlsxPlugin` in `cdht/node`). Every engine starts with it, through the same contract as any plugin.
 *
 * @category Plugins
 */
export const corePlugin: Plugin = Object.freeze({
  name: 'cdht:core',
  operators: domainOperators,
  groups: coreGroups,
  formatters: builtinFormatters,
});
