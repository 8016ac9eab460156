// Shapes of the bundled criteria files (cdht/criteria). Types only: the data modules beside this
// file are generated from criteria/ by scripts/generate-criteria.ts.

/**
 * A bundled framework file, ready for `engine.loadAll(frameworks)`.
 *
 * @category Criteria
 */
export interface BundledFramework {
  /** Where the file lives in the package, e.g. `criteria/cdht-household/2.0.0.json`; names it in messages. */
  readonly file: string;
  /** The framework id, as in the file. */
  readonly id: string;
  /** The framework version, as in the file. */
  readonly version: string;
  /** The file's JSON, unvalidated until an engine loads it. */
  readonly json: unknown;
}

/**
 * A bundled target plan file, for `loadPlan(plan.json)`.
 *
 * @category Criteria
 */
export interface BundledPlan {
  /** Where the file lives in the package, e.g. `criteria/plans/kon-ray-2022.json`. */
  readonly file: string;
  /** The plan id, as in the file. */
  readonly id: string;
  /** The plan version, as in the file. */
  readonly version: string;
  /** The file's JSON. */
  readonly json: unknown;
}

/**
 * A bundled case file: worked examples of one framework version with their expected results.
 *
 * @category Criteria
 */
export interface BundledCaseFile {
  /** Where the file lives in the package, e.g. `criteria/cdht/2.0.0.cases.json`. */
  readonly file: string;
  /** Id of the framework the cases are for. */
  readonly framework: string;
  /** Version of that framework. */
  readonly version: string;
  /** The file's JSON (`parseCaseFile` from `cdht/schema` checks it). */
  readonly json: unknown;
}

/**
 * A bundled recognition policy file (who submits, reviews and recognises), for
 * `loadRecognitionPolicy(policy.json)`.
 *
 * @category Criteria
 */
export interface BundledPolicy {
  /** Where the file lives in the package, e.g. `criteria/policies/kon-ray-2022.json`. */
  readonly file: string;
  /** The policy id, as in the file. */
  readonly id: string;
  /** The policy version, as in the file. */
  readonly version: string;
  /** The file's JSON. */
  readonly json: unknown;
}

/**
 * A bundled units file or unit-mapping file (old units → new units from an effective date), for
 * `loadUnits(file.json)` or `loadUnitMapping(file.json)`.
 *
 * @category Criteria
 */
export interface BundledUnitsFile {
  /** Where the file lives in the package, e.g. `criteria/units/kon-ray-2025-mapping.json`. */
  readonly file: string;
  /** The file's id, as in the file. */
  readonly id: string;
  /** The file's version, as in the file. */
  readonly version: string;
  /** The file's JSON. */
  readonly json: unknown;
}
