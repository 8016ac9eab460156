// Type tests of the public API, through the package names as an app imports them. They are checked
// by `npm run typecheck` (tsc); at run time expectTypeOf does nothing, so one runtime check closes.
import {
  type Aggregate,
  type AsOfInput,
  aggregate,
  buildRecognitionList,
  buildReportingCalendar,
  type CdhtError,
  type CollectiveBatchItem,
  type CollectiveEvaluation,
  type CollectiveRecord,
  computeProgress,
  createEngine,
  createScorer,
  type DocFile,
  definePlugin,
  diffFrameworks,
  type Engine,
  type EngineEvaluateOptions,
  type EngineOptions,
  EVIDENCE_MAX_DEPTH,
  type Evaluation,
  type EvidenceRecord,
  type Framework,
  type FrameworkChange,
  type FrameworkFile,
  type FrameworkInput,
  findOverlappingVersions,
  formatIssues,
  type Issue,
  type IssueCode,
  type LoadPlanResult,
  lintFramework,
  loadPlan,
  mergeAggregates,
  type OperatorDefinition,
  type Plan,
  type Plugin,
  type ProgressReport,
  parseRule,
  type RecognitionEntry,
  type ReportingCalendar,
  type ReportOutput,
  type RuleNode,
  type RuleTree,
  renderCriteriaDocs,
  renderFrameworkMarkdown,
  renderReport,
  type SafeEvaluateResult,
  type Scorer,
  safeLoadPlan,
  type safeParseRule,
  validateEvidenceRecord,
} from 'cdht';
import {
  type BundledCaseFile,
  type BundledFramework,
  type BundledPlan,
  cases,
  collectiveFrameworks,
  frameworks,
  plans,
} from 'cdht/criteria';
import {
  type BatchItem,
  type BatchOptions,
  evaluateBatch,
  evaluateEvidence,
  evaluateNdjson,
  evaluateNdjsonText,
  importPlugins,
  type JsonRow,
  loadCriteria,
  READER_LIMITS,
  type ReaderLimits,
  type RowResult,
  readCollectiveRows,
  readEvidence,
  readJsonRows,
  renderXlsx,
  resolveBundledCriteriaDir,
  type TextBatchBlock,
  type TextBatchOptions,
  xlsxPlugin,
} from 'cdht/node';
import {
  type CollectiveEvaluationSchema,
  type CollectiveRecordSchema,
  type EvaluationSchema,
  EvidenceRecordSchema,
  type FrameworkFileSchema,
  frameworkJsonSchema,
  type JsonSchemaDocument,
  PlanFileSchema,
} from 'cdht/schema';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';

describe('cdht', () => {
  it('types the engine and its evaluation', () => {
    expectTypeOf(createEngine).parameter(0).toEqualTypeOf<EngineOptions | undefined>();
    expectTypeOf(createEngine).returns.toEqualTypeOf<Engine>();
    expectTypeOf<Engine['evaluate']>().returns.toEqualTypeOf<Evaluation>();
    expectTypeOf<Engine['evaluate']>().parameter(2).toEqualTypeOf<EngineEvaluateOptions | undefined>();
    expectTypeOf<EngineEvaluateOptions['asOf']>().toEqualTypeOf<AsOfInput | undefined>();
    expectTypeOf<AsOfInput>().toEqualTypeOf<string | Date>();
    expectTypeOf<Engine['safeEvaluate']>().returns.toEqualTypeOf<SafeEvaluateResult>();
    expectTypeOf<Extract<SafeEvaluateResult, { success: true }>['data']>().toEqualTypeOf<Evaluation>();
    expectTypeOf<Extract<SafeEvaluateResult, { success: false }>['issues']>().toEqualTypeOf<
      readonly [Issue, ...Issue[]]
    >();
    expectTypeOf<
      Extract<ReturnType<typeof validateEvidenceRecord>, { success: true }>['data']
    >().toEqualTypeOf<EvidenceRecord>();
    expectTypeOf<Engine['evaluateCollective']>().returns.toEqualTypeOf<CollectiveEvaluation>();
    expectTypeOf<Engine['evaluateCollectives']>().returns.toEqualTypeOf<AsyncGenerator<CollectiveBatchItem>>();
    expectTypeOf<Engine['loadAll']>().parameter(0).toEqualTypeOf<readonly FrameworkInput[]>();
    expectTypeOf<Engine['loadAll']>().returns.toEqualTypeOf<{ frameworks: Framework[]; issues: Issue[] }>();
    expectTypeOf<Engine['frameworkForRecord']>().parameter(0).toEqualTypeOf<EvidenceRecord>();
    expectTypeOf(createScorer).returns.toEqualTypeOf<Scorer>();
    expectTypeOf(validateEvidenceRecord).parameter(0).toBeUnknown();
  });

  it('types plans, aggregation and progress', () => {
    expectTypeOf(loadPlan).returns.toEqualTypeOf<Plan>();
    expectTypeOf(safeLoadPlan).returns.toEqualTypeOf<LoadPlanResult>();
    expectTypeOf<Extract<LoadPlanResult, { success: true }>['plan']>().toEqualTypeOf<Plan>();
    expectTypeOf<Extract<LoadPlanResult, { success: false }>['issues']>().toEqualTypeOf<[Issue, ...Issue[]]>();
    expectTypeOf(aggregate).returns.toEqualTypeOf<Aggregate>();
    expectTypeOf(mergeAggregates).parameter(0).toEqualTypeOf<readonly [Aggregate, ...Aggregate[]]>();
    expectTypeOf(computeProgress).returns.toEqualTypeOf<ProgressReport>();
    expectTypeOf(buildReportingCalendar).returns.toEqualTypeOf<ReportingCalendar>();
    expectTypeOf(buildRecognitionList).returns.toEqualTypeOf<RecognitionEntry[]>();
  });

  it('types renderers, documents, plugins and errors', () => {
    expectTypeOf(renderReport).returns.toEqualTypeOf<Promise<ReportOutput>>();
    expectTypeOf<ReportOutput>().toEqualTypeOf<string | Uint8Array>();
    expectTypeOf(renderFrameworkMarkdown).returns.toBeString();
    expectTypeOf(renderCriteriaDocs).returns.toEqualTypeOf<DocFile[]>();
    expectTypeOf(diffFrameworks).returns.toEqualTypeOf<FrameworkChange[]>();
    expectTypeOf(definePlugin({ name: 'x' })).toMatchTypeOf<Plugin>();
    expectTypeOf<CdhtError['issues']>().toEqualTypeOf<readonly [Issue, ...Issue[]]>();
    expectTypeOf<IssueCode>().toMatchTypeOf<string>();
    expectTypeOf(formatIssues).returns.toBeString();
  });

  it('types lint: findings of one compiled framework and of overlapping versions are issues', () => {
    expectTypeOf(lintFramework).returns.toEqualTypeOf<Issue[]>();
    expectTypeOf(findOverlappingVersions).parameter(0).toEqualTypeOf<readonly Framework[]>();
    expectTypeOf(findOverlappingVersions).returns.toEqualTypeOf<Issue<'effective_overlap'>[]>();
  });

  it('types the rule tree: parsed once, read by the compiler, analyser and describer', () => {
    expectTypeOf(parseRule).returns.toEqualTypeOf<RuleTree>();
    expectTypeOf<Extract<ReturnType<typeof safeParseRule>, { success: true }>['tree']>().toEqualTypeOf<RuleTree>();
    expectTypeOf<RuleTree['root']>().toEqualTypeOf<RuleNode>();
    expectTypeOf<Extract<OperatorDefinition, { kind: 'lazy' }>['evaluate']>()
      .parameter(0)
      .toMatchTypeOf<readonly unknown[]>();
  });
});

describe('cdht/criteria', () => {
  it('types the bundled files as inputs the engine and loadPlan take', () => {
    expectTypeOf(frameworks).toEqualTypeOf<readonly BundledFramework[]>();
    expectTypeOf(plans).toEqualTypeOf<readonly BundledPlan[]>();
    expectTypeOf(cases).toEqualTypeOf<readonly BundledCaseFile[]>();
    expectTypeOf(frameworks).toMatchTypeOf<readonly FrameworkInput[]>();
    expectTypeOf(collectiveFrameworks).toEqualTypeOf<readonly BundledFramework[]>();
    expectTypeOf<BundledPlan['json']>().toBeUnknown();
    expectTypeOf<BundledFramework>().toHaveProperty('version').toBeString();
  });
});

describe('cdht/node', () => {
  it('types readers, batches and XLSX', () => {
    expectTypeOf(readEvidence).returns.toEqualTypeOf<AsyncGenerator<RowResult>>();
    expectTypeOf(evaluateBatch).parameter(0).toEqualTypeOf<Engine>();
    expectTypeOf(evaluateBatch).parameter(2).toEqualTypeOf<BatchOptions | undefined>();
    expectTypeOf(evaluateNdjson).parameter(2).toEqualTypeOf<BatchOptions | undefined>();
    expectTypeOf(evaluateEvidence).parameter(2).toEqualTypeOf<BatchOptions | undefined>();
    expectTypeOf(evaluateEvidence).returns.toEqualTypeOf<AsyncGenerator<BatchItem>>();
    expectTypeOf(evaluateNdjsonText).parameter(2).toEqualTypeOf<TextBatchOptions | undefined>();
    expectTypeOf(evaluateNdjsonText).returns.toEqualTypeOf<AsyncGenerator<TextBatchBlock>>();
    expectTypeOf<TextBatchOptions['detail']>().toEqualTypeOf<'evaluation' | 'summary' | undefined>();
    expectTypeOf<BatchOptions['detail']>().toEqualTypeOf<'evaluation' | 'summary' | 'score' | undefined>();
    expectTypeOf<BatchOptions['framework']>().toEqualTypeOf<string | Framework | undefined>();
    expectTypeOf<BatchItem['row']>().toEqualTypeOf<number | undefined>();
    expectTypeOf(importPlugins).returns.resolves.toEqualTypeOf<Plugin[]>();
    expectTypeOf(readJsonRows).returns.toEqualTypeOf<AsyncGenerator<JsonRow>>();
    expectTypeOf(readCollectiveRows).returns.toEqualTypeOf<AsyncGenerator<JsonRow>>();
    expectTypeOf(readCollectiveRows).parameter(0).toEqualTypeOf<Engine>();
    expectTypeOf(READER_LIMITS).toEqualTypeOf<ReaderLimits>();
    expectTypeOf<ReaderLimits['fieldBytes']>().toBeNumber();
    expectTypeOf(EVIDENCE_MAX_DEPTH).toBeNumber();
    expectTypeOf(loadCriteria).returns.resolves.toEqualTypeOf<{ frameworks: Framework[]; issues: Issue[] }>();
    expectTypeOf(xlsxPlugin).toEqualTypeOf<Plugin>();
    expectTypeOf(renderXlsx).returns.toEqualTypeOf<Promise<Uint8Array>>();
    expectTypeOf(resolveBundledCriteriaDir).returns.toBeString();
  });
});

describe('cdht/schema', () => {
  it('types the zod schemas as the data types of cdht', () => {
    expectTypeOf<z.infer<typeof FrameworkFileSchema>>().toEqualTypeOf<FrameworkFile>();
    expectTypeOf<z.infer<typeof EvaluationSchema>>().toEqualTypeOf<Evaluation>();
    expectTypeOf<z.infer<typeof EvidenceRecordSchema>>().toEqualTypeOf<EvidenceRecord>();
    expectTypeOf<z.infer<typeof CollectiveRecordSchema>>().toEqualTypeOf<CollectiveRecord>();
    expectTypeOf<z.infer<typeof CollectiveEvaluationSchema>>().toEqualTypeOf<CollectiveEvaluation>();
    expectTypeOf(PlanFileSchema).toMatchTypeOf<z.ZodType>();
    expectTypeOf(frameworkJsonSchema).returns.toEqualTypeOf<JsonSchemaDocument>();
  });

  it('the same names are the same values at run time', () => {
    expect(EvidenceRecordSchema.safeParse({ id: 'a', period: '2025', data: {} }).success).toBe(true);
    expect(frameworks.length).toBeGreaterThan(0);
    expect(xlsxPlugin.name).toBe('cdht:xlsx');
  });
});
