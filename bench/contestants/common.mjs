// Shared by the json-logic contestants: the framework's indicators in order, json-logic award
// semantics, and the title decision (declarative requirements), written once in plain JavaScript.

/** Indicators in framework order, with their criterion index. */
export function indicatorsOf(framework) {
  const out = [];
  framework.criteria.forEach((c, ci) => {
    for (const ind of c.indicators)
      out.push({ id: ind.id, criterion: ci, points: ind.points, award: ind.award, when: ind.when });
  });
  return out;
}

/** json-logic award semantics: a number is that many points (clamped), anything else by truthiness. */
export function awardPoints(value, points) {
  if (typeof value === 'number') return Number.isNaN(value) || value < 0 ? 0 : Math.min(value, points);
  if (Array.isArray(value)) return value.length > 0 ? points : 0;
  return value ? points : 0;
}

/**
 * Builds `decide(points: Float64Array, applicable: Uint8Array) → decisions string` for the titles'
 * declarative requirements (total, eachCriterion, criteria, eachIndicator, required).
 */
export function makeDecider(framework) {
  const inds = indicatorsOf(framework);
  const ncrit = framework.criteria.length;
  const titles = framework.titles.map((t) => {
    const r = t.requirements;
    const indMin = inds.map((ind) =>
      Math.max(r.eachIndicator ?? 0, r.indicators?.[ind.id] ?? 0, (r.required ?? []).includes(ind.id) ? ind.points : 0),
    );
    const critMin = framework.criteria.map((c) => Math.max(c.min ?? 0, r.eachCriterion ?? 0, r.criteria?.[c.id] ?? 0));
    return { id: t.id, total: r.total ?? 0, indMin, critMin };
  });
  const crit = new Float64Array(ncrit);
  return (points, applicable) => {
    crit.fill(0);
    let total = 0;
    for (let i = 0; i < inds.length; i++) {
      total += points[i];
      crit[inds[i].criterion] += points[i];
    }
    let out = '';
    for (const t of titles) {
      let ok = total >= t.total;
      for (let c = 0; ok && c < ncrit; c++) if (crit[c] < t.critMin[c]) ok = false;
      for (let i = 0; ok && i < inds.length; i++) if (applicable[i] === 1 && points[i] < t.indMin[i]) ok = false;
      out += ok ? 'A' : 'N';
    }
    return { total: Math.round(total * 1e9) / 1e9, decisions: out };
  };
}

/** One letter per title decision: A awarded, N not awarded, U undetermined. */
export function decisionLetters(titles) {
  let out = '';
  for (const t of titles) out += t.decision === 'awarded' ? 'A' : t.decision === 'not-awarded' ? 'N' : 'U';
  return out;
}
