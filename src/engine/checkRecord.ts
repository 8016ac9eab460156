import { CdhtError, type Issue } from '../errors/issue.js';
import type { EvidenceTypes } from '../evidence/checkField.js';
import { _checkDeclaredEvidence, _parseEvidenceShape } from '../evidence/validate.js';
import type { EvidenceRecord } from '../format/evidence.js';
import type { Framework } from '../format/framework.js';

/** A record ready to evaluate: validated against the framework chosen for it. @internal */
export interface CheckedRecord {
  readonly record: EvidenceRecord;
  readonly framework: Framework;
  /** Undeclared fields and absent required fields: the record is kept. */
  readonly warnings: readonly Issue[];
}

/** The outcome of {@link _checkRecord}. @internal */
export type RecordCheck =
  | { readonly success: true; readonly data: CheckedRecord }
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * Chooses the framework of a shape-checked record on a date; throws `CdhtError`
 * (`unknown_framework`) when none fits.
 *
 * @internal
 */
export type FrameworkChoice = (record: EvidenceRecord, on: string) => Framework;

/** The last day of a period, as `resolvePeriod(period).to`, without building the period. */
function periodEnd(period: EvidenceRecord['period']): string {
  return typeof period === 'string' ? `${period}-12-31` : period.to;
}

/**
 * The front door every evaluation goes through — `engine.evaluate`, `engine.safeEvaluate`, batch
 * runs in this thread or in worker threads, and so the CLI: the record's shape (strings to NFC),
 * then the framework chosen for it on the evaluation date, then its evidence against that
 * framework's declarations (types, ranges, dates, plugin evidence types, which may `parse` first).
 *
 * @param value - the record as given
 * @param choose - how the framework is chosen
 * @param evidenceTypes - the engine's plugin evidence types
 * @param asOf - the evaluation date (ISO); by default the last day of the record's period
 * @param known - what the caller established of `value` (bits `KNOWN_NFC`, `KNOWN_SHALLOW`,
 *   `KNOWN_OWNED` of ../evidence/validate.ts): a batch block normalised as one text, its brackets counted
 * @returns the checked record, or every issue that rejects it
 * @internal
 */
export function _checkRecord(
  value: unknown,
  choose: FrameworkChoice,
  evidenceTypes: EvidenceTypes,
  asOf: string | undefined,
  known = 0,
): RecordCheck {
  const shape = _parseEvidenceShape(value, known);
  if (!shape.success) return shape;
  let framework: Framework;
  try {
    framework = choose(shape.data, asOf ?? periodEnd(shape.data.period));
  } catch (error) {
    if (error instanceof CdhtError) return { success: false, issues: error.issues };
    throw error;
  }
  const checked = _checkDeclaredEvidence(shape.data, framework.evidence, evidenceTypes);
  if (!checked.success) return checked;
  return { success: true, data: { record: checked.data, framework, warnings: checked.warnings } };
}
