import { type Issue, issue } from '../errors/issue.js';
import type { Framework, FrameworkFile, Variant } from '../format/framework.js';

/**
 * The variants of a framework: the parent's, changed by `overrides.variants` (e.g. a province
 * enabling an opt-in variant), without those `remove` names, then the file's own, in order.
 *
 * @param file - the child file (schema-valid)
 * @param parent - the resolved parent, if any
 * @returns the variants, the issues (unknown or duplicate ids) and the ids `remove` dropped
 * @internal
 */
export function resolveVariants(
  file: FrameworkFile,
  parent: Framework | undefined,
): { variants: Variant[]; issues: Issue[]; removed: ReadonlySet<string> } {
  const issues: Issue[] = [];
  const removed = new Set<string>();
  let variants: Variant[] = [...(parent?.variants ?? [])];
  for (const [id, patch] of Object.entries(file.overrides?.variants ?? {})) {
    const i = variants.findIndex((v) => v.id === id);
    const current = variants[i];
    if (!current) {
      issues.push(issue('unknown_reference', ['overrides', 'variants', id], { kind: 'variant', id }));
      continue;
    }
    const next: Variant = { ...current };
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) Object.assign(next, { [key]: value });
    variants[i] = next;
  }
  for (const id of file.remove ?? []) {
    if (variants.some((v) => v.id === id)) removed.add(id);
  }
  variants = variants.filter((v) => !removed.has(v.id));
  file.variants?.forEach((v, i) => {
    if (variants.some((x) => x.id === v.id))
      issues.push(issue('duplicate_id', ['variants', i, 'id'], { kind: 'variant', id: v.id }));
    else variants.push(v);
  });
  return { variants, issues, removed };
}
