import { describe, expect, it } from 'vitest';
import { type CaseEvaluator, collectCaseCoverage, compareEvaluation, runCases } from '../src/evaluate/cases.js';
import { type CaseFile, parseCaseFile } from '../src/format/cases.js';
import type { Evaluation } from '../src/format/evaluation.js';
import type { EvidenceRecord } from '../src/format/evidence.js';

/** A fake evaluation: TC1.1 scored from data.score, TC1.2 missing, title decided from the score. */
function fakeEvaluation(record: EvidenceRecord, version: string): Evaluation {
  const score = typeof record.data.score === 'number' ? record.data.score : 0;
  return {
    framework: { id: 'cdht', version },
    person: record.id,
    group: 'citizen',
    period: { from: '2024-01-01', to: '2024-12-31' },
    asOf: '2024-12-31',
    total: score,
    possible: score + 10,
    max: 20,
    criteria: [{ id: 'TC1', points: score, max: 20, possible: score + 10 }],
    indicators: [
      {
        id: 'TC1.1',
        criterion: 'TC1',
        points: score,
        max: 10,
        status: score === 10 ? 'met' : score === 0 ? 'unmet' : 'partial',
      },
      { id: 'TC1.2', criterion: 'TC1', points: null, max: 10, status: 'missing' },
    ],
    derived: { digitalSkill: score >= 5 ? 'basic' : 'none', nested: { a: 1, b: [1, 2] } },
    titles: [
      {
        id: 'cdht',
        decision: score >= 5 ? 'undetermined' : 'not-awarded',
        reasons: [
          score >= 5
            ? { code: 'evidence_missing', indicators: ['TC1.2'], message: { vi: 'thiếu', en: 'missing' } }
            : {
                code: 'indicator_below_min',
                target: 'TC1.1',
                actual: score,
                expected: 5,
                message: { vi: 'thấp', en: 'low' },
              },
        ],
        gap: null,
      },
    ],
  };
}

const fakeEngine: CaseEvaluator = {
  evaluate(_framework, record, options) {
    if (record.data.explode === true) throw new Error('no framework in force');
    return fakeEvaluation(record, options?.asOf !== undefined && options.asOf < '2023-10-25' ? '1.0.0' : '2.0.0');
  },
};

const record = (data: Record<string, unknown>): EvidenceRecord => ({ id: 'p1', period: '2024', data });

describe('compareEvaluation', () => {
  const evaluation = fakeEvaluation(record({ score: 7 }), '2.0.0');

  it('accepts an evaluation that matches everything the case states', () => {
    expect(
      compareEvaluation(evaluation, {
        version: '2.0.0',
        total: 7,
        possible: 17,
        titles: { cdht: 'undetermined' },
        reasons: { cdht: ['evidence_missing'] },
        indicators: {
          'TC1.1': { points: 7, status: 'partial' },
          'TC1.2': { points: null, status: 'missing' },
        },
        derived: { digitalSkill: 'basic', nested: { b: [1, 2], a: 1 } },
      }),
    ).toEqual([]);
  });

  it('names each difference', () => {
    expect(
      compareEvaluation(evaluation, {
        version: '1.0.0',
        total: 8,
        titles: { cdht: 'awarded', other: 'awarded' },
        reasons: { cdht: ['requirements_met'] },
        indicators: { 'TC1.1': { points: 10 }, 'TC1.2': { status: 'met' }, 'TC9.9': { points: 1 } },
        derived: { digitalSkill: 'none', absent: 'x' },
      }),
    ).toEqual([
      'version: expected "1.0.0", got "2.0.0"',
      'total: expected 8, got 7',
      'titles.cdht: expected "awarded", got "undetermined"',
      'titles.other: expected "awarded", got (absent)',
      'reasons.cdht: expected requirements_met among [evidence_missing]',
      'indicators.TC1.1.points: expected 10, got 7',
      'indicators.TC1.2.status: expected "met", got "missing"',
      'indicators.TC9.9: not in the evaluation',
      'derived.digitalSkill: expected "none", got "basic"',
      'derived.absent: expected "x", got (absent)',
    ]);
  });
});

describe('runCases', () => {
  const file: CaseFile = {
    framework: 'cdht',
    cases: [
      { description: 'ok', evidence: record({ score: 10 }), expect: { titles: { cdht: 'undetermined' } } },
      {
        description: 'old version by asOf',
        asOf: '2023-10-24',
        evidence: record({ score: 0 }),
        expect: {
          version: '1.0.0',
          titles: { cdht: 'not-awarded' },
          indicators: { 'TC1.1': { status: 'unmet' } },
        },
      },
      { description: 'wrong', evidence: record({ score: 3 }), expect: { total: 4 } },
      { description: 'throws', evidence: record({ explode: true }), expect: {} },
    ],
  };

  it('counts passes, reports failures and thrown errors, and records coverage', () => {
    const result = runCases(fakeEngine, file);
    expect(result.passed).toBe(2);
    expect(result.failed).toEqual([
      { description: 'wrong', mismatches: ['total: expected 4, got 3'] },
      { description: 'throws', mismatches: ['evaluation failed: Error: no framework in force'] },
    ]);
    expect(result.coverage).toEqual({
      indicatorStatuses: { 'TC1.1': ['met', 'partial', 'unmet'], 'TC1.2': ['missing'] },
      titleDecisions: { cdht: ['not-awarded', 'undetermined'] },
    });
  });

  it('covers nothing when there are no evaluations', () => {
    expect(collectCaseCoverage([])).toEqual({ indicatorStatuses: {}, titleDecisions: {} });
  });
});

describe('parseCaseFile', () => {
  it('accepts a valid file', () => {
    const json = {
      framework: 'cdht',
      cases: [
        {
          description: 'd',
          evidence: { id: 'a', period: '2024', data: {} },
          expect: { titles: { cdht: 'awarded' } },
        },
      ],
    };
    const { caseFile, issues } = parseCaseFile(json);
    expect(issues).toEqual([]);
    expect(caseFile?.cases[0]?.expect.titles).toEqual({ cdht: 'awarded' });
  });

  it('reports every problem with its path and the file', () => {
    const json = {
      framework: 'CDHT',
      cases: [
        {
          description: 'd',
          evidence: { id: 'a', period: '2024', data: {} },
          expect: { titles: { cdht: 'won' } },
        },
      ],
    };
    const { caseFile, issues } = parseCaseFile(json, 'x.cases.json');
    expect(caseFile).toBeUndefined();
    expect(issues.map((i) => [i.code, i.path.join('.'), i.file])).toEqual([
      ['schema_violation', 'framework', 'x.cases.json'],
      ['schema_violation', 'cases.0.expect.titles.cdht', 'x.cases.json'],
    ]);
  });
});
