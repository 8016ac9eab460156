import {
  CdhtError,
  type Issue,
  loadPlan,
  loadRecognitionPolicy,
  loadUnitMapping,
  type Plan,
  type RecognitionPolicy,
  type UnitMappingFile,
} from 'cdht';
import { plans, policies, units } from 'cdht/criteria';

/**
 * What the recognition workflow and the reports need, loaded once at start from the criteria
 * bundled with cdht: the recognition policy (who may submit, review and recognise, in which
 * unit), the unit mappings (so a unit renamed on 1/7/2025 keeps its dossiers), and the plan
 * whose scope places units in reports.
 */
export interface PortalWorkflow {
  readonly policy: RecognitionPolicy;
  readonly mappings: readonly UnitMappingFile[];
  readonly plan: Plan;
}

/** The bundled Kon Rẫy policy and plan (the sample's district). */
export const POLICY_ID = 'kon-ray-2022';
export const PLAN_ID = 'kon-ray-2022';

/** Loads the policy, mappings and plan; any problem stops the start (the library's issues). */
export function loadPortalWorkflow(): PortalWorkflow {
  const bundled = policies.find((p) => p.id === POLICY_ID);
  const policy = loadRecognitionPolicy(bundled?.json, { file: bundled?.file ?? POLICY_ID });
  if (!policy.success) throw new CdhtError(policy.issues as [Issue, ...Issue[]]);
  const mappings: UnitMappingFile[] = [];
  for (const u of units) {
    const m = loadUnitMapping(u.json, { file: u.file });
    // The bundled units folder holds mapping files only today; anything else is not a mapping.
    if (m.success) mappings.push(m.value);
  }
  const plan = loadPlan(plans.find((p) => p.id === PLAN_ID)?.json);
  return { policy: policy.value, mappings, plan };
}
