/*
 * `cdht report` reads evaluations defensively (issue 11, items 5 and 6): a row that is not an
 * evaluation or a fact row is rejected with its file and row and the report goes on; a whole file
 * of the wrong kind (evaluate's CSV output, raw evidence) is one clear error, exit 1; the same
 * person (framework, period, id) in two files, or twice in one, is counted once and the repeat is
 * rejected naming both files and rows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, scores } from '../fixtures/cli/run.js';
import { expectHostile, runHostile } from './cli.js';

const unit = (commune: string) => ({ province: 'Kon Tum', district: 'Kon Rẫy', commune, village: 'Thôn 1' });
const evidence = [
  scores('a', Array(10).fill(8) as number[], { group: 'household', unit: unit('Đắk Ruồng') }),
  scores('b', Array(10).fill(7) as number[], { group: 'household', unit: unit('Đắk Ruồng') }),
  scores('c', Array(10).fill(9) as number[], { group: 'household', unit: unit('Tân Lập') }),
]
  .map((r) => JSON.stringify(r))
  .join('\n');

/** Evaluations of the three people above (a and c awarded), as `cdht evaluate` writes them. */
let evaluations: string[];
beforeAll(() => {
  requireBuild();
  const run = runHostile({ 'in.ndjson': evidence }, ['evaluate', 'in.ndjson', '--out', 'ev.ndjson']);
  expect(run.code).toBe(0);
  evaluations = (run.file('ev.ndjson') as string).trim().split('\n');
  expect(evaluations).toHaveLength(3);
});

const report = (...files: string[]) => [
  'report',
  '--plan',
  'kon-ray-2022',
  ...files,
  '--as-of',
  '2025-12-31',
  '--format',
  'json',
];

/** The district's adults-titled metric of a JSON report: [recognised, registered]. */
function adults(stdout: string): [number, number] {
  const out = JSON.parse(stdout) as {
    metrics: { unitKey: string; metric: string; recognised: number; registered: number }[];
  };
  const m = out.metrics.find((x) => x.metric === 'adults-titled' && x.unitKey === '');
  return [m?.recognised ?? -1, m?.registered ?? -1];
}

describe('rows that are not evaluations are rejected with file and row; the report goes on', () => {
  it('a garbage line, null, an array and an evaluation without titles (TypeError before)', () => {
    const broken = JSON.parse(evaluations[1] as string) as Record<string, unknown>;
    broken.titles = null;
    const lines = [evaluations[0], 'garbage', 'null', '[1,2]', JSON.stringify(broken), evaluations[2]];
    const run = runHostile({ 'ev.ndjson': `${lines.join('\n')}\n` }, report('ev.ndjson'));
    expectHostile(run, { exit: 0, message: /ev\.ndjson:2: invalid_json/ });
    for (const row of [3, 4, 5]) expect(run.stderr).toMatch(new RegExp(`ev\\.ndjson:${row}: invalid_row`));
    expect(run.stderr).toMatch(/Read 6 rows: 2 placed in a unit, 4 left out \(invalid_json 1, invalid_row 3\)/);
    expect(adults(run.stdout)).toEqual([2, 2]);
  });

  it('a truncated .json file: the rows before the cut are read, the cut one rejected (SyntaxError before)', () => {
    const text = `[${evaluations.join(',\n')}`.slice(0, -40);
    const run = runHostile({ 'ev.json': text }, report('ev.json'));
    expectHostile(run, { exit: 0, message: /ev\.json:3: invalid_json/ });
    expect(run.stderr).toMatch(/Read 3 rows: 2 placed in a unit, 1 left out/);
  });
});

describe('a whole file of the wrong kind is one clear error, exit 1', () => {
  it("evaluate's own CSV output", () => {
    const made = runHostile({ 'in.ndjson': evidence }, ['evaluate', 'in.ndjson', '--format', 'csv', '--out', 'ev.csv']);
    const run = runHostile({ 'ev.csv': made.file('ev.csv') as string }, report('ev.csv'));
    expectHostile(run, { exit: 1, message: /ev\.csv:.*not_evaluations .*CSV/ });
    expect(run.stdout).toBe('');
  });

  it('raw evidence passed to report', () => {
    const run = runHostile({ 'in.ndjson': evidence }, report('in.ndjson'));
    expectHostile(run, { exit: 1, message: /in\.ndjson:.*not_evaluations .*evidence records.*cdht evaluate/ });
    expect(run.stdout).toBe('');
  });

  it('a file where no row is JSON', () => {
    const run = runHostile({ 'ev.ndjson': 'a\nb\nc\n' }, report('ev.ndjson'));
    expectHostile(run, { exit: 1, message: /ev\.ndjson:.*not_evaluations/ });
  });
});

describe('counting once across files', () => {
  it('report a.ndjson a.ndjson counts each person once and names both files and rows (doubled before)', () => {
    const text = `${evaluations.join('\n')}\n`;
    const once = runHostile({ 'a.ndjson': text }, report('a.ndjson'));
    expect(adults(once.stdout)).toEqual([2, 3]);
    const twice = runHostile({ 'a.ndjson': text, 'b.ndjson': text }, report('a.ndjson', 'b.ndjson'));
    expectHostile(twice, {
      exit: 0,
      message: /b\.ndjson:1: duplicate_record .*"a".* a\.ndjson row 1/,
    });
    expect(adults(twice.stdout)).toEqual([2, 3]);
    expect(twice.stderr).toMatch(/Read 6 rows: 3 placed in a unit, 3 left out \(duplicate_record 3\)/);
  });

  it('the same person twice in one file is counted once', () => {
    const text = `${[...evaluations, evaluations[0]].join('\n')}\n`;
    const run = runHostile({ 'a.ndjson': text }, report('a.ndjson'));
    expectHostile(run, { exit: 0, message: /a\.ndjson:4: duplicate_record .* row 1/ });
    expect(adults(run.stdout)).toEqual([2, 3]);
  });
});
