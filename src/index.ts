// Public API of cdht, for any runtime (browsers, workers, Deno, Bun, Node): no Node built-in and no
// exceljs is reachable from here. Files, streams, worker threads and XLSX: `cdht/node`; the bundled
// criteria as data: `cdht/criteria`; zod schemas and JSON Schema documents: `cdht/schema`.
// Re-exports only, each name listed on purpose (tests/api-surface.test.ts holds the list).

export type { Aggregate, AggregateOptions, MetricCount, RowTally } from './aggregate/aggregate.js';
export { aggregate, createEmptyAggregate } from './aggregate/aggregate.js';
export type {
  CalendarMilestone,
  MilestoneStatus,
  ReportDeadline,
  ReportingCalendar,
  ReportingCalendarOptions,
} from './aggregate/calendar.js';
export { buildReportingCalendar } from './aggregate/calendar.js';
export type { LoadPlanOptions, LoadPlanResult } from './aggregate/loadPlan.js';
export { loadPlan, safeLoadPlan } from './aggregate/loadPlan.js';
export { mergeAggregates } from './aggregate/merge.js';
export type { RowPredicate } from './aggregate/metricRule.js';
export type { UnitsOn } from './aggregate/placeOn.js';
export type { MetricDefinition, MetricRow, Plan, PlanMetric } from './aggregate/plan.js';
export type {
  MetricProgress,
  ProgressOptions,
  ProgressReport,
  ProgressStatus,
  UnitProgress,
} from './aggregate/progress.js';
export { computeProgress } from './aggregate/progress.js';
export { formatCount, formatShare } from './aggregate/progressMessage.js';
export type { PopulationTotals, RolledUpCounts } from './aggregate/rollUp.js';
export { rollUp, rollUpPopulation } from './aggregate/rollUp.js';
export type { CollectiveRowView, MembershipView, RowView } from './aggregate/rowView.js';
export { buildRowView } from './aggregate/rowView.js';
export type { Baseline } from './aggregate/targetPath.js';
export type { UnitPlacementError, UnitStep } from './aggregate/unitKey.js';
export { formatUnitKey, parseUnitKey, placeUnit } from './aggregate/unitKey.js';
export { compareUnitKeys } from './aggregate/unitOrder.js';
export type { CriteriaIndexOptions, DocFormat } from './docs/criteriaIndex.js';
export { buildCriteriaDocPath, renderCriteriaIndex } from './docs/criteriaIndex.js';
export type { DescribeChangesOptions } from './docs/describeChanges.js';
export { describeChanges } from './docs/describeChanges.js';
export type { EvidenceAspect, FrameworkChange, RequirementName } from './docs/diff.js';
export { diffFrameworks } from './docs/diff.js';
export type { CriteriaDocsOptions, DocFile } from './docs/docFiles.js';
export { renderCriteriaDocs } from './docs/docFiles.js';
export type { VerificationStatus } from './docs/docText.js';
export type { FrameworkDocOptions } from './docs/frameworkDocument.js';
export { renderFrameworkHtml } from './docs/html.js';
export { renderFrameworkMarkdown } from './docs/markdown.js';
export { findPreviousVersion } from './docs/previousVersion.js';
export type {
  CollectiveBatchItem,
  CollectiveBatchOptions,
  CollectiveBatchSummary,
} from './engine/collectiveBatch.js';
export type { AsOfInput, Engine, EngineEvaluateOptions, EngineOptions, SafeEvaluateResult } from './engine.js';
export { createEngine } from './engine.js';
export type { EngineIssueCode, IssueCode, ReasonCode, ToolingIssueCode } from './errors/codes.js';
export { IssueCodes, ReasonCodes, ToolingIssueCodes } from './errors/codes.js';
export type { Issue, IssueOptions, JsonPath } from './errors/issue.js';
export { CdhtError, formatIssues, formatPath, issue } from './errors/issue.js';
export type {
  IssueParams,
  LocalizedParam,
  NoParams,
  PatternForm,
  ReasonParams,
  ShapeParams,
  XlsxProblem,
} from './errors/params.js';
export { toolingIssue } from './errors/toolingIssue.js';
export type { CaseCoverage, CaseEvaluator, CaseFailure, CaseRunResult } from './evaluate/cases.js';
export { collectCaseCoverage, compareEvaluation, runCases } from './evaluate/cases.js';
export type { EvaluateOptions } from './evaluate/evaluate.js';
export { evaluateCompiled } from './evaluate/evaluate.js';
export type { Period } from './evaluate/period.js';
export { resolvePeriod } from './evaluate/period.js';
export type { Score, Scorer, ScorerOptions } from './evaluate/score.js';
export { createScorer } from './evaluate/score.js';
export type { EvidenceTypes } from './evidence/checkField.js';
export { checkEvidenceValue } from './evidence/checkField.js';
export { isIsoDate, parseVietnameseDate } from './evidence/dates.js';
export { EVIDENCE_MAX_DEPTH } from './evidence/depth.js';
export type { EvidenceTypeDefinition } from './evidence/evidenceType.js';
export { type EvidenceValidation, validateEvidenceRecord } from './evidence/validate.js';
export type { CaseExpect, CaseFile, CriteriaCase } from './format/cases.js';
export { parseCaseFile } from './format/cases.js';
export type { CollectiveRecord } from './format/collective.js';
export type {
  CollectiveEvaluation,
  CollectiveIndicatorResult,
  CollectiveLevelResult,
  CollectiveTitleResult,
  MemberCounts,
  MemberGap,
  MemberNote,
  MemberSummary,
} from './format/collectiveEvaluation.js';
export type {
  CollectiveKind,
  CollectiveLevel,
  CollectiveSpec,
  MemberCondition,
  MemberKind,
  RecognitionSpec,
  YearDay,
} from './format/collectiveSpec.js';
export type { AttributeValue, GroupDefinition, Locale, LocalizedText, Rule, Unit } from './format/common.js';
export type {
  CriterionResult,
  Evaluation,
  Gap,
  IndicatorResult,
  IndicatorStatus,
  Reason,
  TitleDecision,
  TitleResult,
  VariantResult,
} from './format/evaluation.js';
export type {
  EmployerLevel,
  EvidenceRecord,
  Membership,
  MembershipKind,
  PeriodInput,
  ProofItem,
} from './format/evidence.js';
export type {
  Criterion,
  Derived,
  EvidenceField,
  EvidenceFieldType,
  Framework,
  FrameworkFile,
  FrameworkForm,
  FrameworkFormFile,
  FrameworkOverrides,
  Indicator,
  Proof,
  Source,
  Title,
  TitleRequirements,
  UnitCondition,
  Variant,
  VariantSource,
  Verification,
} from './format/framework.js';
export type {
  Denominator,
  FactRow,
  Hierarchy,
  Metric,
  MetricFile,
  Milestone,
  PlanFile,
  PlanScope,
  PlanSource,
  PopulationRow,
  Reporting,
  Target,
} from './format/plan.js';
export type {
  EntryVerification,
  InForce,
  UnitAttributes,
  UnitEntry,
  UnitMappingEntry,
  UnitMappingFile,
  UnitsFile,
  UnitsSource,
} from './format/units.js';
export type {
  Actor,
  Dossier,
  DossierAction,
  DossierInput,
  DossierState,
  Outcome,
  RecognitionPolicy,
  RecognitionRule,
  RoleGrant,
  RuleSubjects,
  Transition,
  TransitionInput,
} from './format/workflow.js';
export { memberOperators } from './framework/collective/operators.js';
export type { CompiledFramework } from './framework/compileFramework.js';
export { findOverlappingVersions, lintFramework } from './framework/lint/checks.js';
export { lintScale } from './framework/lint/scale.js';
export type { FrameworkInput, LoadResult } from './framework/load.js';
export { isForm } from './framework/selectForm.js';
export { compareVersions, satisfiesRange } from './framework/semver.js';
export { formatDate, formatNumber, formatPercent } from './i18n/format.js';
export { coreGroups, corePlugin } from './plugins/core.js';
export { PluginError, type PluginResultProblem } from './plugins/pluginError.js';
export type { HookEntry, Registrations } from './plugins/register.js';
export type {
  Hook,
  HookName,
  HookOrder,
  LocaleDefinition,
  LocaleMessages,
  MessageTemplate,
  Plugin,
  PluginHooks,
} from './plugins/types.js';
export { definePlugin, hookNames } from './plugins/types.js';
export type { AnnexRow } from './report/annex.js';
export { buildAnnex, renderAnnexHtml } from './report/annex.js';
export type { CollectiveRecognitionOptions } from './report/collectiveRecognition.js';
export { buildCollectiveRecognitionList } from './report/collectiveRecognition.js';
export { compareGivenNames } from './report/givenName.js';
export { buildHistory } from './report/history.js';
export type { RecognitionOptions } from './report/recognition.js';
export { buildRecognitionList } from './report/recognition.js';
export type { RecognitionStatusOptions, UnitRecognitionStatus, WaitingStep } from './report/recognitionStatus.js';
export { buildRecognitionStatus } from './report/recognitionStatus.js';
export { builtinFormatters, renderReport } from './report/render.js';
export type { ReportRow } from './report/rows.js';
export { buildReportRows } from './report/rows.js';
export type {
  CollectiveRecognitionEntry,
  FileQuality,
  HistoryPoint,
  RecognitionEntry,
  RecognitionScore,
  ReportFormatOptions,
  ReportFormatter,
  ReportInput,
  ReportLocale,
  ReportOutput,
} from './report/types.js';
export type { AnalyzeRuleOptions, RuleAnalysis } from './rules/analyze.js';
export { analyzeRule } from './rules/analyze.js';
export type { CompiledRule, SafeCompileRuleResult } from './rules/compile.js';
export { compileRule, safeCompileRule } from './rules/compile.js';
export type { Bilingual } from './rules/describe/phrases.js';
export type { DescribeRuleOptions } from './rules/describe.js';
export { describeAward, describeRule } from './rules/describe.js';
export { domainOperators } from './rules/operators/domain.js';
export { standardOperators } from './rules/operators/standard.js';
export type {
  ArrayNode,
  LiteralNode,
  MissingNode,
  MissingSomeNode,
  PluginNode,
  RuleNode,
  RuleNodeBase,
  RuleScope,
  RuleTree,
  StandardNode,
  StandardOperatorName,
  VarNode,
  VarTarget,
} from './rules/tree/nodes.js';
export { listChildNodes, visitRuleNodes } from './rules/tree/nodes.js';
export type { SafeParseRuleResult } from './rules/tree/parse.js';
export { parseRule, safeParseRule } from './rules/tree/parse.js';
export type { RuleReturns } from './rules/tree/returns.js';
export { inferReturns } from './rules/tree/returns.js';
export type {
  CompileRuleOptions,
  CompileTreeOptions,
  EagerOperator,
  LazyOperator,
  OperatorBase,
  OperatorDefinition,
  OperatorTable,
  OperatorText,
  ParseRuleOptions,
  RuleContext,
  RuleFn,
} from './rules/types.js';
export * from './units/index.js';
export * from './workflow/index.js';
