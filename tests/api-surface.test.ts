// The public API is deliberate: every value each package entry exports is listed here, from the
// built ESM and CJS files alike, so an export cannot appear or vanish unnoticed. (Types are held by
// tests/api-types.test.ts.) Changing this list is an API change: add a changeset.
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, requireBuild } from './fixtures/cli/run.js';

beforeAll(requireBuild);

const API: Record<string, readonly string[]> = {
  cdht: [
    'CdhtError',
    'EVIDENCE_MAX_DEPTH',
    'IssueCodes',
    'PluginError',
    'ReasonCodes',
    'ToolingIssueCodes',
    'aggregate',
    'analyzeRule',
    'buildCriteriaDocPath',
    'buildHistory',
    'buildRecognitionList',
    'buildReportRows',
    'buildReportingCalendar',
    'buildRowView',
    'builtinFormatters',
    'checkEvidenceValue',
    'collectCaseCoverage',
    'compareEvaluation',
    'compareUnitKeys',
    'compareVersions',
    'compileRule',
    'computeProgress',
    'coreGroups',
    'corePlugin',
    'createEmptyAggregate',
    'createEngine',
    'createScorer',
    'definePlugin',
    'describeAward',
    'describeChanges',
    'describeRule',
    'diffFrameworks',
    'domainOperators',
    'evaluateCompiled',
    'findOverlappingVersions',
    'findPreviousVersion',
    'formatCount',
    'formatDate',
    'formatIssues',
    'formatNumber',
    'formatPath',
    'formatPercent',
    'formatShare',
    'formatUnitKey',
    'hookNames',
    'inferReturns',
    'isForm',
    'isIsoDate',
    'issue',
    'toolingIssue',
    'lintFramework',
    'listChildNodes',
    'loadPlan',
    'memberOperators',
    'mergeAggregates',
    'parseCaseFile',
    'parseRule',
    'parseUnitKey',
    'parseVietnameseDate',
    'placeUnit',
    'renderCriteriaDocs',
    'renderCriteriaIndex',
    'renderFrameworkHtml',
    'renderFrameworkMarkdown',
    'renderReport',
    'resolvePeriod',
    'rollUp',
    'rollUpPopulation',
    'runCases',
    'safeCompileRule',
    'safeLoadPlan',
    'safeParseRule',
    'satisfiesRange',
    'standardOperators',
    'validateEvidenceRecord',
    'visitRuleNodes',
  ],
  'cdht/node': [
    'READER_LIMITS',
    'checkCriteriaDocs',
    'detectEvidenceFormat',
    'evaluateBatch',
    'evaluateEvidence',
    'evaluateNdjson',
    'evaluateNdjsonText',
    'findFrameworkFiles',
    'importPlugins',
    'loadCriteria',
    'createXlsxTable',
    'readEvidence',
    'readFrameworkInputs',
    'readJsonFile',
    'readJsonRows',
    'readUnitTable',
    'renderEvidenceTemplate',
    'renderXlsx',
    'resolveBundledCriteriaDir',
    'resolvePluginSpecifier',
    'writeCriteriaDocs',
    'xlsxFormatter',
    'xlsxPlugin',
  ],
  'cdht/criteria': ['cases', 'collectiveFrameworks', 'frameworks', 'plans'],
  'cdht/schema': [
    'CaseExpectSchema',
    'CaseFileSchema',
    'CodeSchema',
    'CollectiveEvaluationSchema',
    'CollectiveIndicatorResultSchema',
    'CollectiveKindSchema',
    'CollectiveLevelResultSchema',
    'CollectiveLevelSchema',
    'CollectiveRecordSchema',
    'CollectiveSpecSchema',
    'CollectiveTitleResultSchema',
    'CriteriaCaseSchema',
    'CriterionResultSchema',
    'CriterionSchema',
    'DenominatorSchema',
    'DerivedSchema',
    'EmployerLevelSchema',
    'EvaluationSchema',
    'EvidenceFieldSchema',
    'EvidenceFieldTypeSchema',
    'EvidenceRecordSchema',
    'FactRowSchema',
    'FieldNameSchema',
    'FrameworkFileSchema',
    'FrameworkFormSchema',
    'FrameworkIdSchema',
    'FrameworkOverridesSchema',
    'GapSchema',
    'HierarchySchema',
    'IndicatorResultSchema',
    'IndicatorSchema',
    'IndicatorStatusSchema',
    'IsoDateSchema',
    'LevelNameSchema',
    'LocalizedTextSchema',
    'MemberConditionSchema',
    'MemberCountsSchema',
    'MemberGapSchema',
    'MemberKindSchema',
    'MemberNoteSchema',
    'MemberSummarySchema',
    'MembershipSchema',
    'MetricSchema',
    'MilestoneSchema',
    'PeriodInputSchema',
    'PlanFileSchema',
    'PlanItemIdSchema',
    'PlanScopeSchema',
    'PlanSourceSchema',
    'PopulationRowSchema',
    'PopulationTableSchema',
    'ProofItemSchema',
    'ProofSchema',
    'ReasonSchema',
    'RecognitionSpecSchema',
    'ReportingSchema',
    'RubricLevelSchema',
    'RuleSchema',
    'SemverSchema',
    'SourceSchema',
    'TargetSchema',
    'TitleDecisionSchema',
    'TitleRequirementsSchema',
    'TitleResultSchema',
    'TitleSchema',
    'UnitSchema',
    'VerificationSchema',
    'YearDaySchema',
    'allJsonSchemas',
    'evaluationJsonSchema',
    'evidenceJsonSchema',
    'evidenceRecordJsonSchema',
    'frameworkJsonSchema',
    'planJsonSchema',
    'populationTableJsonSchema',
    'toJsonSchema',
  ],
};

const keys = (entry: string, how: 'import' | 'require'): string[] => {
  const load = how === 'import' ? `await import('${entry}')` : `require('${entry}')`;
  const code = `const m = ${load}; console.log(JSON.stringify(Object.keys(m).filter((k) => k !== 'default').sort()))`;
  const args = how === 'import' ? ['--input-type=module', '-e', code] : ['-e', code];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as string[];
};

describe('the public API of each entry', () => {
  for (const [entry, names] of Object.entries(API)) {
    it(`${entry} exports exactly its listed values, from ESM and CJS`, () => {
      expect(keys(entry, 'import')).toEqual([...names].sort());
      expect(keys(entry, 'require')).toEqual([...names].sort());
    });
  }

  it('names functions with verbs (JSON Schema documents are named for what they are)', async () => {
    const verbs =
      /^(aggregate|analyze|build|check|collect|compare|compile|compute|create|define|describe|detect|diff|evaluate|find|format|import|infer|is|lint|list|load|merge|parse|place|read|render|resolve|roll|run|safe|satisfies|to|validate|visit|write)([A-Z]|$)/;
    const documents = /JsonSchemas?$/;
    // The issue factories every module calls (and plugins, for their own codes); named after what they make.
    const factories = ['issue', 'toolingIssue'];
    const modules = await Promise.all(['index', 'node', 'criteria', 'schema'].map((e) => import(`../src/${e}.ts`)));
    const functions = modules.flatMap((m: Record<string, unknown>) =>
      Object.entries(m)
        .filter(([name, value]) => typeof value === 'function' && /^[a-z]/.test(name))
        .map(([name]) => name),
    );
    expect(functions.length).toBeGreaterThan(60);
    expect(functions.filter((n) => !verbs.test(n) && !documents.test(n) && !factories.includes(n))).toEqual([]);
  });
});
