import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';

beforeAll(requireBuild);

const PLUGIN = join(ROOT, 'examples/plugins/cdht-plugin-cccd/index.js');
const FRAMEWORK = join(ROOT, 'examples/plugins/cdht-plugin-cccd/framework.json');

describe('the example plugin from the command line (--plugin)', () => {
  it('validate fails without the plugin and passes with it', () => {
    const without = cdht(['validate', FRAMEWORK, '--lang', 'en']);
    expect(without.code).toBe(1);
    expect(without.stdout).toContain('unknown_evidence_type');
    const withPlugin = cdht(['validate', FRAMEWORK, '--plugin', PLUGIN, '--lang', 'en']);
    expect(withPlugin.code).toBe(0);
  });

  it('evaluate parses and validates citizen IDs and scores with the plugin operators', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdht-plugin-'));
    const input = join(dir, 'staff.ndjson');
    const course = { platform: 'onluyen.vn', hours: 30, date: '2025-04-01' };
    writeFileSync(
      input,
      [
        { id: 'a', period: '2025', data: { cccd: '062 085 001 234', courses: [course] } },
        { id: 'b', period: '2025', data: { cccd: '099085001234', courses: [course] } },
        { id: 'c', period: '2025', data: { cccd: '062060001234', courses: [] } },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const r = cdht(
      ['evaluate', '--plugin', PLUGIN, '--criteria', FRAMEWORK, '--framework', 'example-cccd', input, '--lang', 'en'],
      dir,
    );
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // a: course (10) + born 1985 (5) = 15; c: no course, born 1960 → 0. b is rejected: province 099 does not exist.
    expect(out.map((e: { person: string; total: number }) => [e.person, e.total])).toEqual([
      ['a', 15],
      ['c', 0],
    ]);
    const rejects = readFileSync(join(dir, 'rejects.ndjson'), 'utf8');
    expect(JSON.parse(rejects.trim())).toMatchObject({
      row: 2,
      id: 'b',
      issues: [
        {
          code: 'invalid_evidence',
          path: '$.data.cccd',
          message: 'province code 099 does not exist (Citizen ID number (12 digits)).',
        },
      ],
    });
    expect(r.stderr).toContain('Read 3 rows: 2 evaluated, 1 rejected');
  });
});

describe('report with a plugin formatter', () => {
  it('`--format tsv` comes from the plugin; unknown formats list what exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdht-plugin-report-'));
    const out = join(dir, 'evaluations.ndjson');
    const ev = cdht(['evaluate', join(ROOT, 'examples/sample/evidence-2025.csv'), '--out', out]);
    expect(ev.code).toBe(0);
    const plan = join(ROOT, 'criteria/plans/kon-ray-2022.json');
    const r = cdht([
      'report',
      '--plan',
      plan,
      out,
      '--as-of',
      '2025-12-31',
      '--format',
      'tsv',
      '--plugin',
      PLUGIN,
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('unit\tmetric\trecognised\tdenominator\trate');
    expect(
      lines.some((l) => l.startsWith('Kon Rẫy district\tadults-titled\t') || l.includes('\tadults-titled\t')),
    ).toBe(true);
    const unknown = cdht(['report', '--plan', plan, out, '--format', 'tsv', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--format must be one of md, html, csv, json, xlsx (got "tsv")');
  });
});

describe('a plugin module exporting an array, with worker threads', () => {
  it('evaluates the same with --workers 0, 1 and 2 (operator and hook from the module)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdht-plugin-array-'));
    const input = join(dir, 'in.ndjson');
    writeFileSync(
      input,
      [3, 4, 120].map((hours, i) => JSON.stringify({ id: `p${i}`, period: '2025', data: { hours } })).join('\n'),
    );
    const module = join(ROOT, 'tests/fixtures/plugins/array-plugin.mjs');
    const framework = join(ROOT, 'tests/fixtures/plugins/twice.json');
    const run = (workers: number) =>
      cdht(
        [
          'evaluate',
          '--plugin',
          module,
          '--criteria',
          framework,
          '--framework',
          'fixture-twice',
          '--workers',
          String(workers),
          input,
          '--rejects',
          join(dir, `rejects-${workers}.ndjson`),
          '--lang',
          'en',
        ],
        dir,
      );
    const first = run(0);
    expect(first.code).toBe(0);
    // twice(3) = 6 and twice(4) = 8 points, plus 1 from the bonus the module's hook adds; 120 hours is over the max 100.
    expect(
      first.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).total),
    ).toEqual([7, 9]);
    expect(first.stderr).toContain('Read 3 rows: 2 evaluated, 1 rejected');
    for (const workers of [1, 2]) {
      const r = run(workers);
      expect([r.code, r.stdout, r.stderr]).toEqual([
        0,
        first.stdout,
        first.stderr.replace('rejects-0', `rejects-${workers}`),
      ]);
      expect(readFileSync(join(dir, `rejects-${workers}.ndjson`), 'utf8')).toBe(
        readFileSync(join(dir, 'rejects-0.ndjson'), 'utf8'),
      );
    }
  }, 30_000);
});
