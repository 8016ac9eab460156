import type { Engine, Evaluation, EvidenceRecord, Framework, Issue } from 'cdht';

/** The outcome of evaluating a dossier's evidence: the library's evaluation, or its issues. */
export type DossierEvaluation =
  | { readonly success: true; readonly data: Evaluation; readonly framework: Framework }
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * Validates and evaluates a record (`engine.safeEvaluate`) with the framework of `frameworkId` (else the record's own
 * choice) in force at the period's end — both
 * decided by the library; the portal only stores the answer.
 */
export function evaluateDossier(
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
  // The library's one front door: the same validation and decision as the CLI and the batch functions.
  const result = engine.safeEvaluate(framework, record);
  if (!result.success) return { success: false, issues: result.issues };
  return { success: true, data: result.data, framework };
}

/** The decision on a framework's first title (the Learning Citizen title), for lists. */
export const mainDecision = (evaluation: Evaluation): string => evaluation.titles[0]?.decision ?? 'undetermined';
