// Public API of cdht. Re-exports only.
export { createEngine } from './engine.js';
export type { Engine, EngineOptions, Locale } from './engine.js';

export { CdhtError, formatIssues, formatPath } from './errors/issue.js';
export type { Issue, JsonPath } from './errors/issue.js';
export { IssueCodes, ReasonCodes } from './errors/codes.js';
export type { IssueCode, ReasonCode } from './errors/codes.js';

export * from './format/common.js';
export * from './format/framework.js';
export * from './format/evidence.js';
export * from './format/evaluation.js';
export { toJsonSchema, frameworkJsonSchema, evidenceRecordJsonSchema, evaluationJsonSchema } from './format/jsonSchema.js';
export type { JsonSchemaDocument } from './format/jsonSchema.js';
export { allJsonSchemas } from './format/allSchemas.js';

export { compareVersions, satisfiesRange } from './framework/semver.js';
export { normalizeJson } from './framework/normalize.js';
export type { FrameworkInput, LoadResult } from './framework/load.js';

export { compileRule, safeCompileRule } from './rules/compile.js';
export type { CompiledRule, SafeCompileRuleResult } from './rules/compile.js';
export { standardOperators } from './rules/operators/standard.js';
export { domainOperators } from './rules/operators/domain.js';
export { analyzeRule } from './rules/analyze.js';
export type { AnalyzeRuleOptions, RuleAnalysis } from './rules/analyze.js';
export { describeAward, describeRule } from './rules/describe.js';
export type { DescribeRuleOptions } from './rules/describe.js';
export type { Bilingual } from './rules/describe/phrases.js';
export type { CompileRuleOptions, OperatorDefinition, OperatorTable, RuleContext, RuleFn } from './rules/types.js';

export { evaluateCompiled } from './evaluate/evaluate.js';
export type { EvaluateOptions } from './evaluate/evaluate.js';
export type { CompiledFramework } from './evaluate/compileFramework.js';
export { resolvePeriod } from './evaluate/period.js';
export type { Period } from './evaluate/period.js';

export { definePlugin, hookNames } from './plugins/types.js';
export { PluginError } from './plugins/pluginError.js';
export type {
  EvidenceTypeDefinition,
  GroupDefinition,
  Hook,
  HookName,
  HookOrder,
  LocaleDefinition,
  MetricDefinition,
  MetricRow,
  Plugin,
  PluginHooks,
} from './plugins/types.js';
export { corePlugin, coreGroups } from './plugins/core.js';
export type { HookEntry, Registrations } from './plugins/register.js';

export * from './evidence/index.js';

export { CaseExpectSchema, CaseFileSchema, CriteriaCaseSchema, parseCaseFile } from './format/cases.js';
export type { CaseExpect, CaseFile, CriteriaCase } from './format/cases.js';
export { caseCoverage, compareEvaluation, runCases } from './evaluate/cases.js';
export type { CaseCoverage, CaseEvaluator, CaseFailure, CaseRunResult } from './evaluate/cases.js';

export * from './format/plan.js';
export * from './aggregate/index.js';
export * from './report/index.js';

export { frameworkToMarkdown } from './docs/markdown.js';
export { frameworkToHtml } from './docs/html.js';
export type { FrameworkDocOptions } from './docs/frameworkDocument.js';
export { criteriaIndex, criteriaDocPath } from './docs/criteriaIndex.js';
export type { CriteriaIndexOptions, DocFormat } from './docs/criteriaIndex.js';
export { criteriaDocFiles } from './docs/docFiles.js';
export type { CriteriaDocsOptions, DocFile } from './docs/docFiles.js';
export { diffFrameworks } from './docs/diff.js';
export type { EvidenceAspect, FrameworkChange, RequirementName } from './docs/diff.js';
export { describeChanges } from './docs/describeChanges.js';
export type { DescribeChangesOptions } from './docs/describeChanges.js';
export { previousVersion } from './docs/previousVersion.js';
