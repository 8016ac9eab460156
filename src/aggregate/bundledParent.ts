import { plans } from '../bundled/plans.js';
import type { BundledPlan } from '../bundled/types.js';
import { compareVersions, satisfiesRange } from '../framework/semver.js';

/**
 * The highest bundled plan (cdht/criteria) that an `extends` reference admits (`id` alone: any version).
 *
 * @param ref - `id` or `id@range`
 * @returns the bundled plan file, or undefined
 * @internal
 */
export function _bundledPlan(ref: string): BundledPlan | undefined {
  const at = ref.indexOf('@');
  const id = at < 0 ? ref : ref.slice(0, at);
  const range = at < 0 ? '*' : ref.slice(at + 1);
  let best: BundledPlan | undefined;
  for (const p of plans) {
    if (p.id !== id || !satisfiesRange(p.version, range)) continue;
    if (!best || compareVersions(p.version, best.version) > 0) best = p;
  }
  return best;
}
