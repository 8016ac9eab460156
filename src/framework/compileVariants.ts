import { type Issue, issue } from '../errors/issue.js';
import type { Framework, Title, Variant } from '../format/framework.js';
import type { CompiledTitle, TitlePaths } from './compileFramework.js';

/** An enabled variant ready to decide with: every title with the variant's requirements. @internal */
export interface CompiledVariant {
  readonly variant: Variant;
  /** One per title of the framework, in its order: the title's requirements changed by the variant. */
  readonly titles: readonly CompiledTitle[];
  /** Per title, whether the variant changes its requirements. */
  readonly changes: readonly boolean[];
}

/**
 * Compiles the enabled variants of a framework: each title's requirements with the variant's
 * changes (the same reachability checks as the titles), and checks that every variant (enabled
 * or opt-in) names titles that exist.
 *
 * @param framework - the resolved framework
 * @param titles - its compiled titles
 * @param issues - where problems go
 * @param compileTitle - compiles a title's requirements, keeping the base title's rule
 * @returns the enabled variants, in order
 * @internal
 */
export function compileVariants(
  framework: Framework,
  titles: readonly CompiledTitle[],
  issues: Issue[],
  compileTitle: (title: Title, at: TitlePaths, base: CompiledTitle) => CompiledTitle,
): CompiledVariant[] {
  const out: CompiledVariant[] = [];
  framework.variants.forEach((v, vi) => {
    for (const id of Object.keys(v.titles)) {
      if (!framework.titles.some((t) => t.id === id))
        issues.push(
          issue('unknown_reference', ['variants', vi, 'titles', id], {
            kind: 'variant_title',
            variant: v.id,
            title: id,
          }),
        );
    }
    if (v.enabled === false) return;
    const changes = framework.titles.map((t) => Object.hasOwn(v.titles, t.id));
    const compiled = framework.titles.map((t, ti) => {
      const base = titles[ti] as CompiledTitle;
      if (!changes[ti]) return base;
      const patch = v.titles[t.id];
      const path = ['variants', vi, 'titles', t.id];
      return compileTitle(
        { ...t, requirements: { ...t.requirements, ...patch } },
        { title: path, requirements: path },
        base,
      );
    });
    out.push({ variant: v, titles: compiled, changes });
  });
  return out;
}
