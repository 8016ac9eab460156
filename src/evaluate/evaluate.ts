import type { Evaluation } from '../format/evaluation.js';
import type { EvidenceRecord } from '../format/evidence.js';
import type { UnitEntry } from '../format/units.js';
import type { CompiledFramework } from '../framework/compileFramework.js';
import { evaluateOnPass } from './fromPass.js';
import { _evaluateGeneral } from './general.js';

/** Options of an evaluation. */
export interface EvaluateOptions {
  /** Evaluation date `yyyy-MM-dd`; defaults to the last day of the record's period. Nothing reads the clock. */
  readonly asOf?: string | undefined;
  /** Record, per indicator, the evidence values its rule read (default true; batch runs turn it off). */
  readonly explain?: boolean | undefined;
  /** Compute the gap to each title not awarded (default true). */
  readonly gap?: boolean | undefined;
  /**
   * Units with their attributes (a units file's `units`, or `buildUnitsFromPopulation(table)`), for
   * variants by area: the variant that applies is chosen by the attributes of the record's unit.
   * Without them, a unit's attributes are unknown and a title a variant would decide differently is
   * undetermined.
   */
  readonly units?: readonly UnitEntry[] | undefined;
}

/**
 * Evaluates one evidence record with a compiled framework.
 *
 * @param cf - the compiled framework
 * @param record - the person's evidence
 * @param options - evaluation date and detail
 * @param members - for a collective framework, what its member operators read (`RuleContext.members`)
 * @returns the evaluation, a read-only value: a new object with its own `criteria`, `indicators`
 *   and `titles` lists. With explanations (the default) nothing in it is shared or frozen. Without
 *   them (`explain: false`) the parts that recur from person to person are frozen objects shared
 *   by the evaluations of the same compiled framework: the framework reference, a year's period,
 *   an empty `derived`, indicator results and criterion results with whole points, reasons and
 *   their lists, and title results with one reason and no gap. Copy a part (`structuredClone`) before changing it.
 * @category Evaluation
 */
export function evaluateCompiled(
  cf: CompiledFramework,
  record: EvidenceRecord,
  options: EvaluateOptions = {},
  members?: unknown,
): Evaluation {
  // Without explanations, an individual framework's evaluation runs on the scorer's pass (fused
  // quantifiers, slot reader), its result built from the pass's arrays: the same value.
  if (options.explain === false && members === undefined && cf.collective === undefined) {
    const lean = evaluateOnPass(cf, record, options);
    if (lean !== null) return lean;
  }
  return _evaluateGeneral(cf, record, options, members);
}
