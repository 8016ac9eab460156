// Issue 14 item 6: schema errors a person can read, and every path pointing into the file they wrote.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine.js';
import { nearestKey } from '../src/errors/zodKeys.js';
import type { FrameworkFile } from '../src/format/framework.js';
import { lintFramework } from '../src/framework/lint/checks.js';
import { ROOT } from './fixtures/cli/run.js';

const base = JSON.parse(readFileSync(join(ROOT, 'criteria/cdht/2.0.0.json'), 'utf8')) as unknown;
const resident = JSON.parse(readFileSync(join(ROOT, 'criteria/cdht-resident/2.0.0.json'), 'utf8')) as unknown;

/** A commune's child of the residents' form, as a person might write it. */
function child(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'cdht-xa-thu',
    version: '1.0.0',
    extends: 'cdht-resident@^2.0.0',
    title: { vi: 'Phiếu của xã Thử', en: 'Thử commune form' },
    ...extra,
  };
}

const added = (award: unknown) => ({
  criterion: 'TC1',
  indicator: { id: 'TC1.9', label: { vi: 'Đọc sách', en: 'Reading' }, points: 5, award },
});

/** The issues of the child file (the bundled parents load first). */
function issuesOf(json: unknown) {
  const engine = createEngine();
  const { issues } = engine.loadAll([
    { file: 'cdht.json', json: base },
    { file: 'resident.json', json: resident },
    { file: 'xa.json', json },
  ]);
  return issues
    .filter((i) => i.file === 'xa.json')
    .map((i) => ({ path: i.path, code: i.code, vi: i.message.vi, en: i.message.en }));
}

describe('schema errors', () => {
  it('suggest the nearest key for a misspelt one, once', () => {
    const issues = issuesOf(child({ overides: { indicators: { 'TC1.1': { points: 5 } } } }));
    expect(issues).toEqual([
      {
        path: ['overides'],
        code: 'schema_violation',
        vi: 'trường không được phép "overides" (có phải "overrides"?)',
        en: 'unknown property "overides" (did you mean "overrides"?)',
      },
    ]);
  });

  it('suggest nested keys too, and nothing when no key is near', () => {
    const issues = issuesOf(
      child({ overrides: { indicators: { 'TC1.1': { pionts: 5 } } }, addIndicators: [], colour: 'red' }),
    );
    expect(issues.map((i) => [i.path, i.en])).toEqual([
      [['overrides', 'indicators', 'TC1.1', 'pionts'], 'unknown property "pionts" (did you mean "points"?)'],
      [['colour'], 'unknown property "colour"'],
    ]);
  });

  it('say what a pattern stands for instead of printing the regular expression', () => {
    const issues = issuesOf(child({ version: '1.0', addIndicators: [added(true)] }));
    expect(issues[0]).toEqual({
      path: ['version'],
      code: 'schema_violation',
      vi: 'cần số phiên bản dạng 2.0.0',
      en: 'expected a version like 2.0.0',
    });
    const id = issuesOf(
      child({ addIndicators: [{ ...added(true), indicator: { ...added(true).indicator, id: 'tc1-9' } }] }),
    );
    expect(id.map((i) => [i.path, i.en])).toEqual([
      [['addIndicators', 0, 'indicator', 'id'], 'expected a code like TC1 or TC1.1'],
    ]);
    for (const i of [...issues, ...id]) expect(`${i.vi} ${i.en}`).not.toMatch(/[\\^$]/);
  });

  it('do not hide the problems of meaning of the rest of the file', () => {
    const issues = issuesOf(child({ overides: {}, addIndicators: [added({ '>=': [{ var: 'readingHours' }, 3] })] }));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['overides'], 'schema_violation'],
      [['addIndicators', 0, 'indicator', 'award'], 'undeclared_evidence'],
    ]);
  });
});

describe('paths into the file as written', () => {
  it('name the added indicator, the overridden rule and the overridden title, not the merged framework', () => {
    const issues = issuesOf(
      child({
        overrides: {
          indicators: { 'TC1.1': { award: { '>=': [{ var: 'nope' }, 1] } } },
          titles: { cdht: { requirements: { total: 120, eachIndicator: 5 } } },
        },
        addIndicators: [added({ '>=': [{ var: 'readingHours' }, 3] })],
      }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['overrides', 'indicators', 'TC1.1', 'award'], 'undeclared_evidence'],
      [['addIndicators', 0, 'indicator', 'award'], 'undeclared_evidence'],
      [['overrides', 'titles', 'cdht'], 'title_unreachable'],
    ]);
  });

  it('name a new criterion at its place in the file, and lint findings likewise', () => {
    const json = child({
      evidence: { reading: { type: 'enum', values: ['none', 'some'], label: { vi: 'Đọc', en: 'Reading' } } },
      criteria: [
        {
          id: 'TC4',
          label: { vi: 'Đọc sách', en: 'Reading' },
          indicators: [
            {
              id: 'TC4.1',
              label: { vi: 'Đọc', en: 'Reads' },
              points: 10,
              award: { '==': [{ var: 'reading' }, 'Some'] },
            },
          ],
        },
      ],
    });
    expect(issuesOf(json)).toEqual([]);
    const engine = createEngine();
    engine.loadAll([{ json: base }, { json: resident }, { json }]);
    const framework = engine.get('cdht-xa-thu', '1.0.0');
    if (!framework) throw new Error('not loaded');
    // In the resolved framework TC4 is the fourth criterion; in the file it is the first.
    expect(framework.criteria[3]?.id).toBe('TC4');
    const finding = (source?: FrameworkFile) =>
      lintFramework(engine.compile(framework), source).find((i) => i.code === 'rule_type_mismatch')?.path;
    expect(finding()).toEqual(['criteria', 3, 'indicators', 0, 'award']);
    expect(finding(json as unknown as FrameworkFile)).toEqual(['criteria', 0, 'indicators', 0, 'award']);
  });
});

describe('nearestKey', () => {
  it('picks the one allowed key within reach, and none when two are as near', () => {
    expect(nearestKey('overides', ['extends', 'overrides', 'remove'])).toBe('overrides');
    expect(nearestKey('addIndicator', ['addIndicators', 'criteria'])).toBe('addIndicators');
    expect(nearestKey('evidnce', ['evidence', 'derived'])).toBe('evidence');
    expect(nearestKey('titel', ['title', 'titles'])).toBeUndefined();
    expect(nearestKey('colour', ['criteria', 'titles'])).toBeUndefined();
    expect(nearestKey('ab', ['ac', 'ad'])).toBeUndefined();
  });
});
