import { type Issue, issue } from '../errors/issue.js';
import type { LocalizedText } from '../format/common.js';
import type { Criterion, EvidenceField, Framework, FrameworkFile, Indicator, Title } from '../format/framework.js';
import { resolveVariants } from './resolveVariants.js';

/**
 * Builds the resolved framework from a file and its (already resolved) parent: inherited parts, then
 * overrides, added indicators, new criteria and titles, and removals — so a district adapts the
 * national framework without copying it.
 *
 * @param file - the child file (schema-valid)
 * @param parent - the resolved parent, or undefined for a base framework
 * @returns the framework and the issues found (unknown references, duplicates)
 * @internal
 */
export function resolveFramework(
  file: FrameworkFile,
  parent: Framework | undefined,
): { framework: Framework; issues: Issue[] } {
  const issues: Issue[] = [];
  let criteria: Criterion[] = (parent?.criteria ?? []).map((c) => ({ ...c, indicators: [...c.indicators] }));
  let titles: Title[] = [...(parent?.titles ?? [])];
  const evidence: Record<string, EvidenceField> = { ...parent?.evidence, ...file.evidence };
  const derived = { ...parent?.derived, ...file.derived };
  const variants = resolveVariants(file, parent);
  issues.push(...variants.issues);

  if (parent) {
    // A child's criteria max is recomputed unless it overrides it: inherited maxima go stale when points change.
    criteria = criteria.map(({ max: _max, ...c }) => c);
    const o = file.overrides;
    for (const [id, patch] of Object.entries(o?.criteria ?? {})) {
      const i = criteria.findIndex((c) => c.id === id);
      if (i < 0) issues.push(unknownRef(['overrides', 'criteria', id], id, parent));
      else criteria[i] = patched(criteria[i] as Criterion, patch);
    }
    for (const [id, patch] of Object.entries(o?.indicators ?? {})) {
      const found = findIndicator(criteria, id);
      if (!found) issues.push(unknownRef(['overrides', 'indicators', id], id, parent));
      else {
        const before = found.criterion.indicators[found.index] as Indicator;
        found.criterion.indicators[found.index] = patched(before, patch);
        if (patch.label !== undefined) relabelEvidence(evidence, file.evidence, before.label, patch.label);
      }
    }
    for (const [id, patch] of Object.entries(o?.titles ?? {})) {
      const i = titles.findIndex((t) => t.id === id);
      if (i < 0) issues.push(unknownRef(['overrides', 'titles', id], id, parent));
      else titles[i] = patched(titles[i] as Title, patch);
    }
    file.addIndicators?.forEach((add, i) => {
      const c = criteria.find((x) => x.id === add.criterion);
      if (!c) issues.push(unknownRef(['addIndicators', i, 'criterion'], add.criterion, parent));
      else if (findIndicator(criteria, add.indicator.id)) {
        issues.push(
          issue('duplicate_id', ['addIndicators', i, 'indicator', 'id'], {
            kind: 'inherited_indicator',
            id: add.indicator.id,
          }),
        );
      } else c.indicators.push(add.indicator);
    });
  }
  file.criteria?.forEach((c, i) => {
    if (criteria.some((x) => x.id === c.id)) {
      issues.push(issue('duplicate_id', ['criteria', i, 'id'], { kind: 'inherited_criterion', id: c.id }));
    } else criteria.push({ ...c, indicators: [...c.indicators] });
  });
  file.titles?.forEach((t, i) => {
    if (titles.some((x) => x.id === t.id) && parent) {
      issues.push(issue('duplicate_id', ['titles', i, 'id'], { kind: 'inherited_title', id: t.id }));
    } else titles.push(t);
  });
  file.remove?.forEach((id, i) => {
    const before = criteria.length + titles.length + Object.keys(evidence).length + Object.keys(derived).length;
    const removedIndicator = criteria.some((c) => c.indicators.some((x) => x.id === id));
    criteria = criteria
      .filter((c) => c.id !== id)
      .map((c) => ({ ...c, indicators: c.indicators.filter((x) => x.id !== id) }));
    titles = titles.filter((t) => t.id !== id);
    delete evidence[id];
    delete derived[id];
    const after = criteria.length + titles.length + Object.keys(evidence).length + Object.keys(derived).length;
    if (before === after && !removedIndicator && !variants.removed.has(id))
      issues.push(unknownRef(['remove', i], id, parent));
  });
  criteria.forEach((c, i) => {
    if (c.indicators.length === 0) {
      issues.push(issue('missing_field', ['criteria', i, 'indicators'], { kind: 'no_indicators', criterion: c.id }));
    }
  });

  const effective = file.effective ?? parent?.effective ?? { from: '0000-01-01' };
  // What a framework judges (a person, or a collective) is inherited; a collective's spec is merged
  // shallowly so a child restates only what it changes (its level, its recognition).
  const kind = file.kind ?? parent?.kind ?? 'individual';
  const collective =
    file.collective === undefined
      ? parent?.collective
      : parent?.collective === undefined
        ? file.collective
        : { ...parent.collective, ...file.collective };
  const framework: Framework = {
    id: file.id,
    version: file.version,
    extends: file.extends,
    lineage: parent ? [`${parent.id}@${parent.version}`, ...parent.lineage] : [],
    group: file.group ?? parent?.group ?? collective?.kind ?? 'citizen',
    title: file.title,
    description: file.description ?? parent?.description,
    // Like the source, the kind of form is this file's own: a district form extending an official one is local.
    form: file.form ?? { kind: 'local' },
    kind,
    ...(collective === undefined ? {} : { collective }),
    // The source and verification describe this file's own text, so a child never borrows its parent's.
    source: file.source,
    effective,
    period: file.period ?? parent?.period ?? 'year',
    validity: file.validity ?? parent?.validity,
    verification: file.verification,
    evidence,
    derived,
    criteria,
    titles,
    variants: variants.variants,
  };
  return { framework, issues };
}

/**
 * An inherited evidence label that quotes an indicator's label (“Điểm TC1.4: Động viên người thân,
 * đồng nghiệp học tập”) follows that label's override, so a form that renames an indicator does
 * not keep asking for the old wording. Fields the file declares itself are its own words.
 */
function relabelEvidence(
  evidence: Record<string, EvidenceField>,
  own: FrameworkFile['evidence'],
  was: LocalizedText,
  now: LocalizedText,
): void {
  for (const [name, field] of Object.entries(evidence)) {
    if (own !== undefined && Object.hasOwn(own, name)) continue;
    const label = { vi: swap(field.label.vi, was.vi, now.vi), en: swap(field.label.en, was.en, now.en) };
    if (label.vi !== field.label.vi || label.en !== field.label.en) evidence[name] = { ...field, label };
  }
}

function swap(text: string, was: string, now: string): string {
  return was !== '' && was !== now && text.includes(was) ? text.replace(was, now) : text;
}

function findIndicator(criteria: Criterion[], id: string): { criterion: Criterion; index: number } | undefined {
  for (const criterion of criteria) {
    const index = criterion.indicators.findIndex((x) => x.id === id);
    if (index >= 0) return { criterion, index };
  }
  return undefined;
}

function unknownRef(path: (string | number)[], id: string, parent: Framework | undefined): Issue {
  return issue('unknown_reference', path, {
    kind: 'framework',
    id,
    ...(parent ? { parent: `${parent.id}@${parent.version}` } : {}),
  });
}

/** A copy of `base` with the defined values of `patch`: an override changes only what it names. */
function patched<T extends object>(base: T, patch: { readonly [K in keyof T]?: T[K] | undefined }): T {
  const out = { ...base };
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value !== undefined) out[key] = value as T[keyof T];
  }
  return out;
}
