// A period object given again after the caller changed its dates: the scoring pass resolves a
// period once while records share it, and must see the change (it compared the object's identity).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileScorerModule } from '../src/aot/scorerModule.js';
import { createEngine } from '../src/engine.js';
import { evaluateCompiled } from '../src/evaluate/evaluate.js';
import { createScorer, type Scorer } from '../src/evaluate/score.js';
import type { EvidenceRecord } from '../src/format/evidence.js';
import { RUNTIME } from './aot.fixture.js';

const label = (vi: string, en: string) => ({ vi, en });
const framework = {
  id: 'period-reuse',
  version: '1.0.0',
  group: 'citizen',
  title: label('Thử kỳ', 'Period test'),
  effective: { from: '2024-01-01' },
  evidence: {
    courses: {
      type: 'list',
      label: label('Khoá học', 'Courses'),
      items: {
        type: 'object',
        label: label('Khoá', 'Course'),
        fields: {
          date: { type: 'date', label: label('Ngày', 'Date') },
          hours: { type: 'number', label: label('Giờ', 'Hours') },
        },
      },
    },
  },
  criteria: [
    {
      id: 'A',
      label: label('Học', 'Learning'),
      indicators: [
        {
          id: 'A.1',
          label: label('Khoá trong kỳ', 'Courses in the period'),
          points: 10,
          award: { countInPeriod: [{ var: 'courses' }, 'date', { '>=': [{ var: 'hours' }, 0] }] },
        },
      ],
    },
  ],
  titles: [{ id: 't', label: label('Đạt', 'Passed'), requirements: { total: 2 } }],
};

const dir = mkdtempSync(join(tmpdir(), 'cdht-period-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a period object changed between calls', () => {
  it('is read again by createScorer, evaluateCompiled and a compiled module', async () => {
    const engine = createEngine();
    const cf = engine.compile(engine.load(framework));
    const file = join(dir, 'scorer.mjs');
    writeFileSync(file, compileScorerModule(cf, { runtime: RUNTIME }));
    const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { createScorer: () => Scorer };
    const period = { from: '2024-01-01', to: '2024-12-31' };
    const record = {
      id: 'p1',
      period,
      data: {
        courses: [
          { date: '2024-03-01', hours: 4 },
          { date: '2024-09-01', hours: 6 },
        ],
      },
    } as unknown as EvidenceRecord;
    const doors = {
      scorer: createScorer(cf),
      module: mod.createScorer(),
      evaluation: (r: EvidenceRecord) => evaluateCompiled(cf, r, { explain: false }),
    };
    // The whole year: both courses count (2 points, the title's 2 reached).
    for (const score of Object.values(doors)) expect(score(record).total).toBe(2);
    period.to = '2024-06-30';
    // The first half only: the March course (1 point); the evaluation date moves with the period's end.
    for (const [name, score] of Object.entries(doors)) expect(score(record).total, name).toBe(1);
    expect(evaluateCompiled(cf, record, { explain: false }).asOf).toBe('2024-06-30');
  });
});
