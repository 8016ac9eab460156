/**
 * Paths into the file a user wrote. Rules are checked on the resolved framework, where an added
 * indicator is `criteria[0].indicators[4]`; the person who wrote the child file knows it as
 * `addIndicators[0].indicator`. An inherited part points where the file changes it:
 * `overrides.indicators["TC1.1"]`, `overrides.titles.cdht`. Evidence and derived values keep their
 * paths: they are found by name in both.
 *
 * @module
 */
import type { JsonPath } from '../errors/issue.js';
import type { Framework, FrameworkFile } from '../format/framework.js';

/**
 * Where a path of the resolved framework is written in the file: own criteria, titles and variants
 * at their index in the file, added indicators under `addIndicators`, inherited parts under `overrides`.
 *
 * @param path - a path into the resolved framework
 * @param file - the file as written
 * @param framework - the framework resolved from it
 * @returns the path into the file (unchanged for a framework that extends nothing)
 * @internal
 */
export function toFilePath(path: JsonPath, file: FrameworkFile, framework: Framework): JsonPath {
  if (file.extends === undefined) return path;
  const [section, index, ...rest] = path;
  if (typeof index === 'number' && section === 'criteria') {
    const criterion = framework.criteria[index];
    if (criterion === undefined) return path;
    const mine = (file.criteria ?? []).findIndex((c) => c.id === criterion.id);
    const [sub, i, ...deeper] = rest;
    if (sub === 'indicators' && typeof i === 'number') {
      const indicator = criterion.indicators[i];
      if (indicator === undefined) return path;
      if (mine >= 0) {
        const at = (file.criteria?.[mine]?.indicators ?? []).findIndex((x) => x.id === indicator.id);
        return ['criteria', mine, 'indicators', at, ...deeper];
      }
      const added = (file.addIndicators ?? []).findIndex((a) => a.indicator.id === indicator.id);
      if (added >= 0) return ['addIndicators', added, 'indicator', ...deeper];
      return ['overrides', 'indicators', indicator.id, ...deeper];
    }
    if (mine >= 0) return ['criteria', mine, ...rest];
    return ['overrides', 'criteria', criterion.id, ...rest];
  }
  if (typeof index === 'number' && section === 'titles') {
    const title = framework.titles[index];
    if (title === undefined) return path;
    const mine = (file.titles ?? []).findIndex((t) => t.id === title.id);
    return mine >= 0 ? ['titles', mine, ...rest] : ['overrides', 'titles', title.id, ...rest];
  }
  if (typeof index === 'number' && section === 'variants') {
    const variant = framework.variants[index];
    if (variant === undefined) return path;
    const mine = (file.variants ?? []).findIndex((v) => v.id === variant.id);
    if (mine >= 0) return ['variants', mine, ...rest];
    return ['overrides', 'variants', variant.id, ...rest];
  }
  return path;
}
