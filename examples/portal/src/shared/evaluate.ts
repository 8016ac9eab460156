import type { Engine, Evaluation, EvidenceRecord, Framework, Issue } from 'cdht';
import { validateEvidenceRecord } from 'cdht';

/** The outcome of evaluating a dossier's evidence: the library's evaluation, or its issues. */
export type DossierEvaluation =
  | { readonly success: true; readonly data: Evaluation; readonly framework: Framework }
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * Validates and evaluates a record with the framework of `frameworkId` (else the record's own
 * choice) in force at the period's end — both
 * decided by the library; the portal only stores the answer.
 */
export function evaluateEvidence(
  engine: Engine,
  frameworkId: string | undefined,
  record: EvidenceRecord,
): DossierEvaluation {
  let framework: Framework;
  try {
    framework = engine.frameworkForRecord(frameworkId ? { ...record, framework: frameworkId } : record);
  } catch (error) {
    const issues = (error as { issues?: readonly Issue[] }).issues;
    if (issues) return { success: false, issues };
    throw error;
  }
  const checked = validateEvidenceRecord(record, framework.evidence, engine.evidenceTypes);
  if (!checked.ok) return { success: false, issues: checked.issues };
  return { success: true, data: engine.evaluate(framework, checked.record), framework };
}

/** The decision on a framework's first title (the Learning Citizen title), for lists. */
export const mainDecision = (evaluation: Evaluation): string => evaluation.titles[0]?.decision ?? 'undetermined';
