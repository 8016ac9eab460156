// Public API of cdht. Re-exports only.

export * from './aggregate/index.js';
export type { CriteriaIndexOptions, DocFormat } from './docs/criteriaIndex.js';
export { criteriaDocPath, criteriaIndex } from './docs/criteriaIndex.js';
export type { DescribeChangesOptions } from './docs/describeChanges.js';
export { describeChanges } from './docs/describeChanges.js';
export type { EvidenceAspect, FrameworkChange, RequirementName } from './docs/diff.js';
export { diffFrameworks } from './docs/diff.js';
export type { CriteriaDocsOptions, DocFile } from './docs/docFiles.js';
export { criteriaDocFiles } from './docs/docFiles.js';
export type { VerificationStatus } from './docs/docText.js';
export type { FrameworkDocOptions } from './docs/frameworkDocument.js';
export { frameworkToHtml } from './docs/html.js';
export { frameworkToMarkdown } from './docs/markdown.js';
export { previousVersion } from './docs/previousVersion.js';
export type { AsOfInput, Engine, EngineEvaluateOptions, EngineOptions, SafeEvaluateResult } from './engine.js';
export { createEngine } from './engine.js';
export type { IssueCode, ReasonCode } from './errors/codes.js';
export { IssueCodes, ReasonCodes } from './errors/codes.js';
export type { Issue, IssueOptions, JsonPath } from './errors/issue.js';
export { CdhtError, formatIssues, formatPath, issue } from './errors/issue.js';
export type { IssueParams, LocalizedParam, NoParams, ReasonParams, ShapeParams } from './errors/params.js';
export type { CaseCoverage, CaseEvaluator, CaseFailure, CaseRunResult } from './evaluate/cases.js';
export { caseCoverage, compareEvaluation, runCases } from './evaluate/cases.js';
export type { EvaluateOptions } from './evaluate/evaluate.js';
export { evaluateCompiled } from './evaluate/evaluate.js';
export type { Period } from './evaluate/period.js';
export { resolvePeriod } from './evaluate/period.js';
export type { Score, Scorer, ScorerOptions } from './evaluate/score.js';
export { createScorer } from './evaluate/score.js';
export type { EvidenceTypes } from './evidence/checkField.js';
export { checkEvidenceValue } from './evidence/checkField.js';
export { isIsoDate, parseVietnameseDate } from './evidence/dates.js';
export type { EvidenceTypeDefinition } from './evidence/evidenceType.js';
export { EVIDENCE_ISSUE_CODES } from './evidence/issues.js';
export { type EvidenceValidation, validateEvidenceRecord } from './evidence/validate.js';
export type { CaseExpect, CaseFile, CriteriaCase } from './format/cases.js';
export { parseCaseFile } from './format/cases.js';
export type { GroupDefinition, Locale, LocalizedText, Rule, Unit } from './format/common.js';
export type {
  CriterionResult,
  Evaluation,
  Gap,
  IndicatorResult,
  IndicatorStatus,
  Reason,
  TitleDecision,
  TitleResult,
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
export type { CompiledFramework } from './framework/compileFramework.js';
export type { FrameworkInput, LoadResult } from './framework/load.js';
export { normalizeJson } from './framework/normalize.js';
export { isForm } from './framework/selectForm.js';
export { compareVersions, satisfiesRange } from './framework/semver.js';
export { formatDate, formatNumber, formatPercent } from './i18n/format.js';
export { coreGroups, corePlugin } from './plugins/core.js';
export { PluginError } from './plugins/pluginError.js';
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
export * from './report/index.js';
export type { AnalyzeRuleOptions, RuleAnalysis } from './rules/analyze.js';
export { analyzeRule } from './rules/analyze.js';
export type { CompiledRule, SafeCompileRuleResult } from './rules/compile.js';
export { compileRule, safeCompileRule } from './rules/compile.js';
export type { Bilingual } from './rules/describe/phrases.js';
export type { DescribeRuleOptions } from './rules/describe.js';
export { describeAward, describeRule } from './rules/describe.js';
export { domainOperators } from './rules/operators/domain.js';
export { standardOperators } from './rules/operators/standard.js';
export type { CompileRuleOptions, OperatorDefinition, OperatorTable, RuleContext, RuleFn } from './rules/types.js';
