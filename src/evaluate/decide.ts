import type { Gap, Reason, TitleDecision, TitleResult } from '../format/evaluation.js';
import type { CompiledFramework, CompiledTitle } from '../framework/compileFramework.js';
import type { RuleContext } from '../rules/types.js';
import { criterionBelow, evidenceMissing, indicatorBelow, requirementsMet, ruleFailed, totalBelow } from './reasons.js';

/**
 * Numbers by index: the scorer keeps typed arrays between calls; an evaluation allocates plain
 * arrays, because a typed array per call costs more than the whole scoring loop (its buffer is
 * allocated outside the young heap).
 * @internal
 */
export type Numbers = Float64Array | Uint8Array | number[];

/**
 * Scores of one person as the decision sees them. `points[i]` is NaN when indicator i is missing;
 * `applicable[i]` is 0 when it is not applicable (exempt from minimums, scores 0).
 * @internal
 */
export interface Scores {
  readonly points: Numbers;
  readonly applicable: Numbers;
  readonly missingIds: readonly string[];
}

/**
 * Whether the requirements hold when every missing indicator scores full points (`optimistic`) or 0.
 * `crit` is scratch space of one slot per criterion; passing it lets batch scoring avoid allocating.
 * @internal
 */
export function holds(
  cf: CompiledFramework,
  t: CompiledTitle,
  s: Scores,
  optimistic: boolean,
  crit: Numbers = new Array<number>(cf.criteria.length),
): boolean {
  const inds = cf.indicators;
  let total = 0;
  crit.fill(0);
  for (let i = 0; i < inds.length; i++) {
    const ind = inds[i] as CompiledFramework['indicators'][number];
    let p = s.points[i] as number;
    if (Number.isNaN(p)) p = optimistic ? ind.points : 0;
    total += p;
    crit[ind.criterion] = (crit[ind.criterion] as number) + p;
    if (s.applicable[i] === 1 && p < (t.indicatorMin[i] as number)) return false;
  }
  if (total < t.total) return false;
  for (let c = 0; c < crit.length; c++) if ((crit[c] as number) < (t.criterionMin[c] as number)) return false;
  return true;
}

/** The reasons a title fails when missing indicators score `optimistic ? full : 0`; `crit` is scratch. */
function failures(cf: CompiledFramework, t: CompiledTitle, s: Scores, optimistic: boolean, crit: Numbers): Reason[] {
  const out: Reason[] = [];
  let total = 0;
  crit.fill(0);
  const inds = cf.indicators;
  for (let i = 0; i < inds.length; i++) {
    const ind = inds[i] as CompiledFramework['indicators'][number];
    const raw = s.points[i] as number;
    const p = Number.isNaN(raw) ? (optimistic ? ind.points : 0) : raw;
    total += p;
    crit[ind.criterion] = (crit[ind.criterion] as number) + p;
    if (!Number.isNaN(raw) && s.applicable[i] === 1 && p < (t.indicatorMin[i] as number))
      out.push(indicatorBelow(ind.id, p, t.indicatorMin[i] as number));
  }
  const possible = optimistic && s.missingIds.length > 0;
  for (let ci = 0; ci < cf.criteria.length; ci++) {
    const need = t.criterionMin[ci] as number;
    const got = crit[ci] as number;
    if (got < need) out.push(criterionBelow((cf.criteria[ci] as { id: string }).id, got, need, possible));
  }
  if (total < t.total) out.push(totalBelow(total, t.total, possible));
  return out;
}

/** The view a title rule reads: `total`, `criteria.TC1`, `indicators.TC1.1`, `derived.*`. @internal */
export function ruleView(
  cf: CompiledFramework,
  s: Scores,
  optimistic: boolean,
  derived: Record<string, unknown>,
): unknown {
  const criteria: Record<string, number> = {};
  const indicators: Record<string, unknown> = {};
  let total = 0;
  cf.criteria.forEach((c) => {
    criteria[c.id] = 0;
  });
  cf.indicators.forEach((ind, i) => {
    const raw = s.points[i] as number;
    const p = Number.isNaN(raw) ? (optimistic ? ind.points : 0) : raw;
    total += p;
    const cid = cf.criteria[ind.criterion]?.id as string;
    criteria[cid] = (criteria[cid] as number) + p;
    // Nest dotted ids so `{"var":"indicators.TC1.1"}` reads naturally.
    const parts = ind.id.split('.');
    let node = indicators;
    for (let k = 0; k < parts.length - 1; k++) {
      const key = parts[k] as string;
      const next =
        Object.hasOwn(node, key) && typeof node[key] === 'object' ? (node[key] as Record<string, unknown>) : {};
      node[key] = next;
      node = next;
    }
    node[parts[parts.length - 1] as string] = p;
  });
  return { total, criteria, indicators, derived };
}

function truthy(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : Boolean(v);
}

/**
 * Decides one title three-valued: awarded when it holds even if every missing indicator scored 0,
 * not awarded when it fails even if they all scored in full, undetermined otherwise.
 * `crit` is scratch space (one slot per criterion) that callers deciding many titles can share.
 * @internal
 */
export function decideTitle(
  cf: CompiledFramework,
  t: CompiledTitle,
  s: Scores,
  ctx: RuleContext,
  derived: Record<string, unknown>,
  withGap: boolean,
  crit: Numbers = new Array<number>(cf.criteria.length),
  evidence: readonly string[] = [],
): TitleResult {
  const hasMissing = s.missingIds.length > 0;
  const low = holds(cf, t, s, false, crit);
  const high = hasMissing ? holds(cf, t, s, true, crit) : low;
  let ruleLow = true;
  let ruleHigh = true;
  if (t.rule) {
    ruleLow = truthy(t.rule(ruleView(cf, s, false, derived), ctx));
    ruleHigh = hasMissing ? truthy(t.rule(ruleView(cf, s, true, derived), ctx)) : ruleLow;
  }
  let decision: TitleDecision;
  let reasons: Reason[];
  if (low && ruleLow && ruleHigh) {
    decision = 'awarded';
    reasons = [requirementsMet(lowTotal(s), t.total)];
  } else if (!high || (!ruleLow && !ruleHigh)) {
    decision = 'not-awarded';
    reasons = failures(cf, t, s, true, crit);
    if (t.rule && !ruleHigh) reasons.push(ruleFailed(t.title.id));
  } else {
    decision = 'undetermined';
    reasons = [evidenceMissing(s.missingIds)];
  }
  return {
    id: t.title.id,
    decision,
    reasons,
    gap: decision === 'awarded' || !withGap ? null : gapTo(cf, t, s, evidence),
  };
}

function lowTotal(s: Scores): number {
  let total = 0;
  const points = s.points;
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as number;
    if (!Number.isNaN(p)) total += p;
  }
  return total;
}

/**
 * The fewest extra points that would meet the declarative requirements, counting missing indicators
 * as 0: raise every indicator to its minimum, then each criterion, then the total, taking headroom
 * from the indicators with the most first so as few indicators as possible change.
 * @internal
 */
export function gapTo(
  cf: CompiledFramework,
  t: CompiledTitle,
  s: Scores,
  evidence: readonly string[] = [],
): Gap | null {
  const inds = cf.indicators;
  const from = inds.map((_, i) => (Number.isNaN(s.points[i]) ? 0 : (s.points[i] as number)));
  const to = inds.map((_, i) =>
    s.applicable[i] === 1 ? Math.max(from[i] as number, t.indicatorMin[i] as number) : (from[i] as number),
  );
  const raise = (candidates: number[], deficit: number): number => {
    const order = candidates
      .filter((i) => s.applicable[i] === 1)
      .sort((a, b) => {
        const moved = Number((to[b] as number) > (from[b] as number)) - Number((to[a] as number) > (from[a] as number));
        const room = (inds[b]?.points ?? 0) - (to[b] as number) - ((inds[a]?.points ?? 0) - (to[a] as number));
        return room || moved || a - b;
      });
    for (const i of order) {
      if (deficit <= 0) break;
      const room = (inds[i]?.points ?? 0) - (to[i] as number);
      const add = Math.min(room, deficit);
      to[i] = (to[i] as number) + add;
      deficit -= add;
    }
    return deficit;
  };
  for (let c = 0; c < cf.criteria.length; c++) {
    const members = inds.map((ind, i) => (ind.criterion === c ? i : -1)).filter((i) => i >= 0);
    const sum = members.reduce((acc, i) => acc + (to[i] as number), 0);
    if (raise(members, (t.criterionMin[c] as number) - sum) > 1e-9) return null;
  }
  const sum = to.reduce((acc, v) => acc + v, 0);
  if (
    raise(
      inds.map((_, i) => i),
      t.total - sum,
    ) > 1e-9
  )
    return null;
  const indicators: Gap['indicators'] = [];
  let points = 0;
  inds.forEach((ind, i) => {
    const missing = Number.isNaN(s.points[i]);
    if ((to[i] as number) > (from[i] as number) || (missing && (to[i] as number) > 0)) {
      indicators.push({ id: ind.id, from: missing ? null : (from[i] as number), to: to[i] as number });
      points += (to[i] as number) - (from[i] as number);
    }
  });
  return { points: Math.round(points * 1e6) / 1e6, indicators, evidence: evidence as string[] };
}
