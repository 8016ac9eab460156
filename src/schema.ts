// File formats as zod schemas (the source of truth) and the JSON Schema documents generated from
// them: `import { FrameworkFileSchema } from 'cdht/schema'`. The same documents are files too:
// `cdht/schema/framework.json`. Re-exports only.

export { type EvidenceJsonSchemaOptions, evidenceJsonSchema, type JsonSchema } from './evidence/schema.js';
export { allJsonSchemas } from './format/allSchemas.js';
export { CaseExpectSchema, CaseFileSchema, CriteriaCaseSchema } from './format/cases.js';
export { CollectiveRecordSchema } from './format/collective.js';
export {
  CollectiveEvaluationSchema,
  CollectiveIndicatorResultSchema,
  CollectiveLevelResultSchema,
  CollectiveTitleResultSchema,
  MemberCountsSchema,
  MemberGapSchema,
  MemberNoteSchema,
  MemberSummarySchema,
} from './format/collectiveEvaluation.js';
export {
  CollectiveKindSchema,
  CollectiveLevelSchema,
  CollectiveSpecSchema,
  MemberConditionSchema,
  MemberKindSchema,
  RecognitionSpecSchema,
  YearDaySchema,
} from './format/collectiveSpec.js';
export {
  AttributeNameSchema,
  AttributeValueSchema,
  CodeSchema,
  FieldNameSchema,
  FrameworkIdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  RuleSchema,
  SemverSchema,
  UnitSchema,
} from './format/common.js';
export {
  CriterionResultSchema,
  EvaluationSchema,
  GapSchema,
  IndicatorResultSchema,
  IndicatorStatusSchema,
  ReasonSchema,
  TitleDecisionSchema,
  TitleResultSchema,
  VariantResultSchema,
} from './format/evaluation.js';
export {
  EmployerLevelSchema,
  EvidenceRecordSchema,
  MembershipSchema,
  PeriodInputSchema,
  ProofItemSchema,
} from './format/evidence.js';
export {
  CriterionSchema,
  DerivedSchema,
  EvidenceFieldSchema,
  EvidenceFieldTypeSchema,
  FrameworkFileSchema,
  FrameworkFormSchema,
  FrameworkOverridesSchema,
  IndicatorSchema,
  ProofSchema,
  RubricLevelSchema,
  SourceSchema,
  TitleRequirementsSchema,
  TitleSchema,
  UnitConditionSchema,
  VariantSchema,
  VariantSourceSchema,
  VerificationSchema,
} from './format/framework.js';
export type { JsonSchemaDocument } from './format/jsonSchema.js';
export {
  evaluationJsonSchema,
  evidenceRecordJsonSchema,
  frameworkJsonSchema,
  planJsonSchema,
  populationTableJsonSchema,
  toJsonSchema,
} from './format/jsonSchema.js';
export {
  DenominatorSchema,
  FactRowSchema,
  HierarchySchema,
  LevelNameSchema,
  MetricSchema,
  MilestoneSchema,
  PlanFileSchema,
  PlanItemIdSchema,
  PlanScopeSchema,
  PlanSourceSchema,
  PopulationRowSchema,
  PopulationTableSchema,
  ReportingSchema,
  TargetSchema,
} from './format/plan.js';
export {
  EntryVerificationSchema,
  InForceSchema,
  UnitAttributesSchema,
  UnitEntrySchema,
  UnitMappingEntrySchema,
  UnitMappingFileSchema,
  UnitsFileSchema,
  UnitsSourceSchema,
} from './format/units.js';
export {
  ActorSchema,
  DossierActionSchema,
  DossierSchema,
  DossierStateSchema,
  OutcomeSchema,
  RecognitionPolicySchema,
  RecognitionRuleSchema,
  RoleGrantSchema,
  RoleIdSchema,
  RoleSchema,
  RuleSubjectsSchema,
  TransitionInputSchema,
  TransitionSchema,
} from './format/workflow.js';
