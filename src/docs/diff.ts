/**
 * What changed between two versions of a framework, as structured changes. Sentences come from
 * {@link describeChanges}.
 *
 * @module
 */
import type { EvidenceField, Framework, Indicator, Title, TitleRequirements } from '../format/framework.js';
import { leastTotalOf, maximumOf } from '../framework/scale.js';
import type { EvidenceAspect, FrameworkChange } from './changes.js';
import { sameJson } from './sameJson.js';

export type { EvidenceAspect, FrameworkChange, RequirementName } from './changes.js';

function indicatorsWithCriterion(framework: Framework): Map<string, { indicator: Indicator; criterion: string }> {
  return new Map(
    framework.criteria.flatMap((c) =>
      c.indicators.map((indicator) => [indicator.id, { indicator, criterion: c.id }] as const),
    ),
  );
}

function diffIndicator(id: string, a: Indicator, b: Indicator, out: FrameworkChange[]): void {
  if (a.points !== b.points) out.push({ kind: 'indicator_points_changed', id, before: a.points, after: b.points });
  if (a.min !== b.min) out.push({ kind: 'indicator_min_changed', id, before: a.min, after: b.min });
  if (!sameJson(a.label, b.label)) out.push({ kind: 'indicator_label_changed', id, before: a.label, after: b.label });
  if (!sameJson(a.description, b.description)) out.push({ kind: 'indicator_description_changed', id });
  if (!sameJson(a.when, b.when))
    out.push({
      kind: 'indicator_rule_changed',
      id,
      rule: 'when',
      points: { before: a.points, after: b.points },
      before: a.when,
      after: b.when,
    });
  if (!sameJson(a.award, b.award))
    out.push({
      kind: 'indicator_rule_changed',
      id,
      rule: 'award',
      points: { before: a.points, after: b.points },
      before: a.award,
      after: b.award,
    });
  if (!sameJson(a.rubric, b.rubric)) out.push({ kind: 'indicator_rubric_changed', id });
  if ((a.verified !== false) !== (b.verified !== false))
    out.push({ kind: 'indicator_verified_changed', id, after: b.verified !== false });
  const before = new Map((a.proof ?? []).map((p) => [p.id, p]));
  const after = new Map((b.proof ?? []).map((p) => [p.id, p]));
  for (const p of b.proof ?? [])
    if (!before.has(p.id)) out.push({ kind: 'proof_added', indicator: id, proof: p.id, label: p.label });
  for (const p of a.proof ?? [])
    if (!after.has(p.id)) out.push({ kind: 'proof_removed', indicator: id, proof: p.id, label: p.label });
}

function diffCriteria(a: Framework, b: Framework, out: FrameworkChange[]): void {
  const before = new Map(a.criteria.map((c) => [c.id, c]));
  const after = new Map(b.criteria.map((c) => [c.id, c]));
  for (const c of b.criteria) {
    const old = before.get(c.id);
    if (!old) out.push({ kind: 'criterion_added', id: c.id, label: c.label });
    else {
      if (!sameJson(old.label, c.label))
        out.push({ kind: 'criterion_label_changed', id: c.id, before: old.label, after: c.label });
      if (old.min !== c.min) out.push({ kind: 'criterion_min_changed', id: c.id, before: old.min, after: c.min });
    }
  }
  for (const c of a.criteria) if (!after.has(c.id)) out.push({ kind: 'criterion_removed', id: c.id, label: c.label });
  const oldIndicators = indicatorsWithCriterion(a);
  const newIndicators = indicatorsWithCriterion(b);
  for (const [id, now] of newIndicators) {
    const was = oldIndicators.get(id);
    if (!was) {
      out.push({
        kind: 'indicator_added',
        id,
        criterion: now.criterion,
        label: now.indicator.label,
        points: now.indicator.points,
      });
      continue;
    }
    if (was.criterion !== now.criterion)
      out.push({ kind: 'indicator_moved', id, before: was.criterion, after: now.criterion });
    diffIndicator(id, was.indicator, now.indicator, out);
  }
  for (const [id, was] of oldIndicators)
    if (!newIndicators.has(id)) out.push({ kind: 'indicator_removed', id, label: was.indicator.label });
}

const NUMERIC_REQUIREMENTS = ['total', 'totalShare', 'eachIndicator', 'eachCriterion'] as const;

function diffTitle(a: Title, b: Title, out: FrameworkChange[]): void {
  const { id, label } = b;
  if (!sameJson(a.label, b.label)) out.push({ kind: 'title_label_changed', id, before: a.label, after: b.label });
  const ra: TitleRequirements = a.requirements;
  const rb: TitleRequirements = b.requirements;
  for (const requirement of NUMERIC_REQUIREMENTS) {
    if (ra[requirement] !== rb[requirement]) {
      out.push({
        kind: 'title_requirement_changed',
        id,
        label,
        requirement,
        before: ra[requirement],
        after: rb[requirement],
      });
    }
  }
  for (const requirement of ['criteria', 'indicators'] as const) {
    const x = ra[requirement] ?? {};
    const y = rb[requirement] ?? {};
    for (const target of [...new Set([...Object.keys(x), ...Object.keys(y)])]) {
      if (x[target] !== y[target])
        out.push({
          kind: 'title_requirement_changed',
          id,
          label,
          requirement,
          target,
          before: x[target],
          after: y[target],
        });
    }
  }
  for (const indicator of rb.required ?? [])
    if (!(ra.required ?? []).includes(indicator)) out.push({ kind: 'title_required_added', id, label, indicator });
  for (const indicator of ra.required ?? [])
    if (!(rb.required ?? []).includes(indicator)) out.push({ kind: 'title_required_removed', id, label, indicator });
  if (!sameJson(a.rule, b.rule)) out.push({ kind: 'title_rule_changed', id, label, before: a.rule, after: b.rule });
}

function diffTitles(a: Framework, b: Framework, out: FrameworkChange[]): void {
  const before = new Map(a.titles.map((t) => [t.id, t]));
  const after = new Map(b.titles.map((t) => [t.id, t]));
  for (const t of b.titles) {
    const old = before.get(t.id);
    if (old) diffTitle(old, t, out);
    else out.push({ kind: 'title_added', id: t.id, label: t.label });
  }
  for (const t of a.titles) if (!after.has(t.id)) out.push({ kind: 'title_removed', id: t.id, label: t.label });
}

const EVIDENCE_ASPECTS: readonly EvidenceAspect[] = [
  'label',
  'type',
  'unit',
  'required',
  'min',
  'max',
  'values',
  'fields',
  'items',
];

function diffEvidence(a: Framework, b: Framework, out: FrameworkChange[]): void {
  for (const [field, now] of Object.entries(b.evidence)) {
    const was: EvidenceField | undefined = Object.hasOwn(a.evidence, field) ? a.evidence[field] : undefined;
    if (!was) {
      out.push({ kind: 'evidence_added', field, label: now.label });
      continue;
    }
    const aspects = EVIDENCE_ASPECTS.filter((aspect) => !sameJson(was[aspect], now[aspect]));
    if (aspects.length > 0) out.push({ kind: 'evidence_changed', field, label: now.label, aspects });
  }
  for (const [field, was] of Object.entries(a.evidence)) {
    if (!Object.hasOwn(b.evidence, field)) out.push({ kind: 'evidence_removed', field, label: was.label });
  }
  for (const [name, now] of Object.entries(b.derived)) {
    const was = Object.hasOwn(a.derived, name) ? a.derived[name] : undefined;
    if (!was) out.push({ kind: 'derived_added', name, label: now.label });
    else if (!sameJson(was.rule, now.rule))
      out.push({ kind: 'derived_rule_changed', name, label: now.label, before: was.rule, after: now.rule });
  }
  for (const [name, was] of Object.entries(a.derived)) {
    if (!Object.hasOwn(b.derived, name)) out.push({ kind: 'derived_removed', name, label: was.label });
  }
}

/** The maximum, and each title's least total as a share of it, when they moved. */
function diffScale(a: Framework, b: Framework, out: FrameworkChange[]): void {
  const maxA = maximumOf(a);
  const maxB = maximumOf(b);
  if (maxA !== maxB) out.push({ kind: 'maximum_changed', before: maxA, after: maxB });
  const before = new Map(a.titles.map((t) => [t.id, t]));
  for (const t of b.titles) {
    const old = before.get(t.id);
    if (!old || maxA === 0 || maxB === 0) continue;
    const totalA = leastTotalOf(old.requirements, maxA);
    const totalB = leastTotalOf(t.requirements, maxB);
    // Shares compared as fractions: 80/100 and 88/110 are the same share.
    const same = totalA * maxB === totalB * maxA;
    // A kept share is worth saying only when the numbers moved (the maximum did, or the threshold).
    if (same && (totalA === 0 || (totalA === totalB && maxA === maxB))) continue;
    out.push({
      kind: same ? 'title_share_kept' : 'title_share_changed',
      id: t.id,
      label: t.label,
      before: { total: totalA, max: maxA },
      after: { total: totalB, max: maxB },
    });
  }
}

const VARIANT_ASPECTS = ['unit', 'titles', 'enabled', 'label', 'source', 'verification'] as const;

function diffVariants(a: Framework, b: Framework, out: FrameworkChange[]): void {
  const before = new Map(a.variants.map((v) => [v.id, v]));
  const after = new Map(b.variants.map((v) => [v.id, v]));
  for (const v of b.variants) {
    const old = before.get(v.id);
    if (!old) {
      out.push({ kind: 'variant_added', id: v.id, label: v.label });
      continue;
    }
    const aspects = VARIANT_ASPECTS.filter((k) =>
      k === 'enabled' ? (old.enabled !== false) !== (v.enabled !== false) : !sameJson(old[k], v[k]),
    );
    if (aspects.length > 0) out.push({ kind: 'variant_changed', id: v.id, label: v.label, aspects });
  }
  for (const v of a.variants) if (!after.has(v.id)) out.push({ kind: 'variant_removed', id: v.id, label: v.label });
}

/**
 * Compares two versions of a framework (normally the same id, `old` the earlier version):
 * metadata, criteria, indicators (points, minimums, labels, rules, proof), the maximum and each
 * title's threshold as a share of it, titles, variants and evidence.
 *
 * @param old - the earlier version
 * @param next - the later version
 * @returns the changes, in document order; empty when nothing that is assessed changed
 * @example
 * diffFrameworks(v1, v2) // [{ kind: 'indicator_points_changed', id: 'TC2.2', before: 10, after: 5 }]
 * @category Docs
 */
export function diffFrameworks(old: Framework, next: Framework): FrameworkChange[] {
  const out: FrameworkChange[] = [];
  if (!sameJson(old.title, next.title))
    out.push({ kind: 'framework_title_changed', before: old.title, after: next.title });
  if (!sameJson(old.source, next.source)) out.push({ kind: 'source_changed', before: old.source, after: next.source });
  if (!sameJson(old.effective, next.effective))
    out.push({ kind: 'effective_changed', before: old.effective, after: next.effective });
  const va = old.verification?.status ?? 'undeclared';
  const vb = next.verification?.status ?? 'undeclared';
  if (va !== vb) out.push({ kind: 'verification_changed', before: va, after: vb });
  diffCriteria(old, next, out);
  diffScale(old, next, out);
  diffTitles(old, next, out);
  diffVariants(old, next, out);
  diffEvidence(old, next, out);
  return out;
}
