import type { Issue } from '../errors/issue.js';
import { compileTree } from '../rules/compile.js';
import { truthy } from '../rules/path.js';
import { safeParseRule } from '../rules/tree/parse.js';
import type { OperatorTable, RuleContext } from '../rules/types.js';

/** A compiled metric condition: true when the row view satisfies it (json-logic truthiness). */
export type RowPredicate = (view: unknown) => boolean;

/**
 * Metric rules record nothing and read no derived names, so one context serves every call and
 * a row costs no allocation per metric.
 */
const CONTEXT: RuleContext = /* @__PURE__ */ Object.freeze({
  root: /* @__PURE__ */ Object.freeze({}),
  derived: null,
  missing: null,
  read: null,
  periodFrom: '',
  periodTo: '',
  asOf: '',
});

/**
 * Parses a metric's json-logic condition once and compiles its tree into a predicate.
 *
 * @param rule - the json-logic rule
 * @param operators - extra (plugin) operators
 * @returns the predicate, or the compiler's issues (paths inside the rule)
 * @internal
 */
export function compileMetricRule(rule: unknown, operators?: OperatorTable): RowPredicate | readonly Issue[] {
  const parsed = safeParseRule(rule, operators === undefined ? {} : { operators });
  if (!parsed.success) return parsed.issues;
  const node = compileTree(parsed.tree);
  return (view) => truthy(node(view, CONTEXT));
}
