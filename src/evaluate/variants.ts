import type { Unit } from '../format/common.js';
import type { VariantResult } from '../format/evaluation.js';
import type { UnitEntry } from '../format/units.js';
import type { CompiledFramework, CompiledTitle } from '../framework/compileFramework.js';
import type { CompiledVariant } from '../framework/compileVariants.js';
import { findUnitAttributes, type UnitLookup } from '../units/attributes.js';

/**
 * Which requirement sets may apply to a person: one when the unit's attributes decide it, several
 * (each variant that might match, then the default) when they are not known.
 * @internal
 */
export interface VariantChoice {
  /** `none` when the framework has no enabled variant. */
  readonly status: VariantResult['status'] | 'none';
  /** The variants that may apply, in order; `null` stands for the framework's own requirements. */
  readonly candidates: readonly (CompiledVariant | null)[];
  readonly lookup: UnitLookup;
}

const NONE: VariantChoice = Object.freeze({
  status: 'none',
  candidates: Object.freeze([null]),
  lookup: Object.freeze({ known: false, attributes: Object.freeze({}) }),
});

/** Whether the unit's attributes select a variant: every attribute it names has one of its values. */
function matches(variant: CompiledVariant, lookup: UnitLookup): 'yes' | 'no' | 'unknown' {
  if (!lookup.known) return 'unknown';
  for (const [name, allowed] of Object.entries(variant.variant.unit)) {
    const value = Object.hasOwn(lookup.attributes, name) ? lookup.attributes[name] : undefined;
    if (value === undefined) return 'no';
    const values = Array.isArray(value) ? value : [value];
    if (!values.some((v) => allowed.includes(v))) return 'no';
  }
  return 'yes';
}

/**
 * Chooses the variant of a framework for a person's unit: the first enabled variant whose unit
 * condition the unit's attributes meet, else the framework's own requirements. When the unit is
 * not in the units list (or none is given), every variant that might match stays a candidate.
 *
 * @param cf - the compiled framework
 * @param units - the units with their attributes (a units file's `units`, or from a population table)
 * @param unit - the person's unit
 * @param date - the evaluation date (units in force then)
 * @returns the choice
 * @internal
 */
export function chooseVariant(
  cf: CompiledFramework,
  units: readonly UnitEntry[] | undefined,
  unit: Unit | undefined,
  date: string,
): VariantChoice {
  if (cf.variants.length === 0) return NONE;
  const lookup = units ? findUnitAttributes(units, unit, date) : NONE.lookup;
  const candidates: (CompiledVariant | null)[] = [];
  let decided = false;
  for (const v of cf.variants) {
    const m = matches(v, lookup);
    if (m === 'no') continue;
    candidates.push(v);
    if (m === 'yes') {
      decided = true;
      break;
    }
  }
  // Without a variant that surely applies, the framework's own requirements may.
  if (!decided) candidates.push(null);
  const status = candidates.length > 1 ? 'unknown' : candidates[0] ? 'applied' : 'not-applied';
  return { status, candidates, lookup };
}

/**
 * The requirement sets of a title the decision must consider, in the order of the candidates.
 *
 * @internal
 */
export function candidateTitles(cf: CompiledFramework, choice: VariantChoice, k: number): CompiledTitle[] {
  return choice.candidates.map((c) => (c ? c.titles[k] : cf.titles[k]) as CompiledTitle);
}

/**
 * What an evaluation records of the choice (absent when the framework has no enabled variant).
 *
 * @internal
 */
export function variantResult(choice: VariantChoice): VariantResult | undefined {
  if (choice.status === 'none') return undefined;
  const applied = choice.status === 'applied' ? (choice.candidates[0] as CompiledVariant) : null;
  return {
    status: choice.status,
    id: applied?.variant.id ?? null,
    ...(choice.status === 'unknown'
      ? { candidates: choice.candidates.flatMap((c) => (c ? [c.variant.id] : [])) }
      : { attributes: { ...choice.lookup.attributes } }),
  };
}
