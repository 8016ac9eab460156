import { collectiveHelp } from './collective.js';
import { frameworkHelp } from './framework.js';
import type { HelpTable, PropertyHelp } from './help.js';
import { planHelp } from './plan.js';
import { caseHelp, recordHelp, sharedHelp } from './records.js';

export type { HelpTable, PropertyHelp } from './help.js';

/**
 * Every property's help, keyed by schema path (see {@link HelpTable}). Kept apart from the zod
 * formats so the formats stay short and the help is reviewed in one place; a test fails when a
 * property of the framework, plan or case-file schema has none.
 */
export const schemaHelp: HelpTable = {
  ...sharedHelp,
  ...frameworkHelp,
  ...collectiveHelp,
  ...recordHelp,
  ...caseHelp,
  ...planHelp,
};

/**
 * Inline objects whose keys mean the same as a named definition's: an override of an indicator
 * patches the indicator's own keys, so it reads the indicator's help.
 */
const aliases: readonly (readonly [prefix: string, def: string])[] = [
  ['FrameworkOverrides.criteria.*', 'Criterion'],
  ['FrameworkOverrides.indicators.*', 'Indicator'],
  ['FrameworkOverrides.titles.*', 'Title'],
  ['FrameworkOverrides.variants.*', 'Variant'],
  ['Plan.overrides.metrics.*', 'Metric'],
];

/**
 * The help of a schema path, directly or through an alias.
 *
 * @param path - `Def.prop`, `Def.list[].prop` or `Def.map.*.prop`
 * @returns the help, or undefined when none is written
 */
export function helpFor(path: string): PropertyHelp | undefined {
  if (Object.hasOwn(schemaHelp, path)) return schemaHelp[path];
  for (const [prefix, def] of aliases) {
    if (path.startsWith(`${prefix}.`)) {
      const target = `${def}${path.slice(prefix.length)}`;
      if (Object.hasOwn(schemaHelp, target)) return schemaHelp[target];
    }
  }
  return undefined;
}
