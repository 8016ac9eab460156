import jsonLogic from 'json-logic-js';

/** A compiled metric condition: true when the row view satisfies it. */
export type RowPredicate = (view: unknown) => boolean;

/**
 * Compiles a metric's json-logic condition once into a predicate (json-logic truthiness).
 * The one place the aggregation layer touches a rule engine.
 *
 * @param rule - the json-logic rule
 * @returns the predicate
 * @internal
 */
export function compileMetricRule(rule: unknown): RowPredicate {
  // TODO(rules): switch to compileRule from ../rules/compile.js once it lands.
  return (view) => jsonLogic.truthy(jsonLogic.apply(rule as jsonLogic.RulesLogic, view));
}
