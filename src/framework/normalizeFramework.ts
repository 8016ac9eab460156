/**
 * The first pass over a framework value: NFC normalisation with the checks that must come before
 * any recursive pass (schema validation, `extends`, rule parsing). Nesting is bounded where it is
 * read: rules at {@link FRAMEWORK_LIMITS}.maxRuleDepth levels (the rule compiler's own limit), the
 * rest of the file at {@link FRAMEWORK_LIMITS}.maxDepth.
 *
 * @module
 */
import type { Issue, JsonPath } from '../errors/issue.js';
import { normalizeChecked } from './normalize.js';

/**
 * Nesting limits of a framework file: a rule may nest 64 containers (arrays and operations), the
 * rest of the file 64 levels from its root (real files use fewer than 10).
 *
 * @category Frameworks
 */
export const FRAMEWORK_LIMITS: {
  readonly maxRuleDepth: number;
  readonly maxDepth: number;
  readonly maxIssues: number;
} = Object.freeze({ maxRuleDepth: 64, maxDepth: 64, maxIssues: 100 });

const INDICATOR_RULES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(['award', 'when']);

/**
 * Whether a path in a framework file holds a rule: a derived value's rule, an indicator's `award`
 * or `when` (in `criteria`, `overrides` or `addIndicators`) or a title's rule.
 *
 * @param p - a path from the file's root
 * @returns true at rule positions
 * @internal
 */
export function isFrameworkRule(p: JsonPath): boolean {
  switch (p[0]) {
    case 'derived':
      return p.length === 3 && p[2] === 'rule';
    case 'criteria':
      return p.length === 5 && p[2] === 'indicators' && INDICATOR_RULES.has(p[4]);
    case 'titles':
      return p.length === 3 && p[2] === 'rule';
    case 'addIndicators':
      return p.length === 4 && p[2] === 'indicator' && INDICATOR_RULES.has(p[3]);
    case 'overrides':
      return (
        p.length === 4 &&
        ((p[1] === 'indicators' && INDICATOR_RULES.has(p[3])) || (p[1] === 'titles' && p[3] === 'rule'))
      );
    default:
      return false;
  }
}

/**
 * Normalises a framework value (NFC) and checks its nesting and numbers, without recursion.
 *
 * @param json - the framework value as parsed
 * @returns the normalised value and the issues (`rule_too_deep`, `json_too_deep`,
 *   `non_finite_number`, `duplicate_key`); the value is meaningful only without issues
 * @internal
 */
export function normalizeFramework(json: unknown): { value: unknown; issues: Issue[] } {
  return normalizeChecked(json, { ...FRAMEWORK_LIMITS, isRule: isFrameworkRule });
}
