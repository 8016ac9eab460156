import type { Framework } from '../format/framework.js';
import { compareVersions } from '../framework/semver.js';

/**
 * The version of the same framework just before this one: the highest lower version among `frameworks`.
 *
 * @param framework - the framework
 * @param frameworks - every known version (any ids)
 * @returns the previous version, or undefined for a first version
 * @example findPreviousVersion(get('cdht', '2.0.0'), all) // cdht 1.0.0
 * @category Docs
 */
export function findPreviousVersion(framework: Framework, frameworks: readonly Framework[]): Framework | undefined {
  let best: Framework | undefined;
  for (const candidate of frameworks) {
    if (candidate.id !== framework.id || compareVersions(candidate.version, framework.version) >= 0) continue;
    if (best === undefined || compareVersions(candidate.version, best.version) > 0) best = candidate;
  }
  return best;
}
