import type { Reason, TitleResult } from '../format/evaluation.js';
import type { CompiledFramework, CompiledTitle } from '../framework/compileFramework.js';
import type { RuleContext } from '../rules/types.js';
import { decideTitle, type Numbers, type Scores } from './decide.js';
import { candidateTitles, type VariantChoice } from './variants.js';
import { variantApplied, variantNotApplied, variantUnknown } from './variantText.js';

/**
 * Decides every title under the variant choice. One candidate: its requirements decide, and a
 * title a variant changes says whether it applied. Several (the unit's attributes unknown): a title
 * is decided only when every candidate agrees, else it is undetermined and says why.
 *
 * @internal
 */
export function decideTitles(
  cf: CompiledFramework,
  choice: VariantChoice,
  scores: Scores,
  ctx: RuleContext,
  derived: Record<string, unknown>,
  withGap: boolean,
  crit: Numbers,
  evidence: readonly string[] = [],
): TitleResult[] {
  const titles = cf.titles;
  const out: TitleResult[] = new Array(titles.length);
  for (let k = 0; k < titles.length; k++) {
    // Without variants (most frameworks) the title's own requirements decide: no candidate lists.
    out[k] =
      choice.status === 'none'
        ? decideTitle(cf, titles[k] as CompiledTitle, scores, ctx, derived, withGap, crit, evidence)
        : withVariants(cf, choice, k, scores, ctx, derived, withGap, crit, evidence);
  }
  return out;
}

function withVariants(
  cf: CompiledFramework,
  choice: VariantChoice,
  k: number,
  scores: Scores,
  ctx: RuleContext,
  derived: Record<string, unknown>,
  withGap: boolean,
  crit: Numbers,
  evidence: readonly string[],
): TitleResult {
  const base = cf.titles[k] as CompiledTitle;
  const sets = candidateTitles(cf, choice, k);
  const results = sets.map((t) => decideTitle(cf, t, scores, ctx, derived, withGap, crit, evidence));
  const requirements = base.title.requirements;
  const extra = (reason: Reason | undefined, r: TitleResult): TitleResult =>
    reason ? { ...r, reasons: [...r.reasons, reason] } : r;
  if (results.length === 1) {
    const r = results[0] as TitleResult;
    const applied = choice.status === 'applied' ? choice.candidates[0] : null;
    if (applied)
      return extra(applied.changes[k] ? variantApplied(applied.variant, base.title.id, requirements) : undefined, r);
    if (choice.status === 'not-applied') {
      const would = cf.variants.find((v) => v.changes[k]);
      return extra(would ? variantNotApplied(would.variant, base.title.id, requirements) : undefined, r);
    }
    return r;
  }
  const last = results[results.length - 1] as TitleResult;
  if (results.every((r) => r.decision === last.decision)) return last;
  const unsure = choice.candidates.flatMap((c, i) =>
    c && (c.changes[k] ?? false) && sets[i] !== base ? [c.variant] : [],
  );
  const missing = results.flatMap((r) => r.reasons.filter((x) => x.code === 'evidence_missing')).slice(0, 1);
  return {
    id: base.title.id,
    decision: 'undetermined',
    reasons: [variantUnknown(unsure, base.title.id, requirements), ...missing],
    gap: last.decision === 'awarded' ? null : last.gap,
  };
}
