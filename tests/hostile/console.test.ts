// Exit codes and the console (issue 11, item 7): the console says why rows were rejected — the first
// few, each with its row, person and first problem, in the user's language — instead of only naming
// the rejects file; `--workers` is capped at the number of cores, and the output stays the same.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdht, ROOT, requireBuild } from '../fixtures/cli/run.js';

beforeAll(requireBuild);

/** The first `n` people of the bundled sample as CSV, the score of TC1.1 replaced in the rows given (1-based). */
function sampleWith(n: number, broken: Readonly<Record<number, string>>): string {
  const lines = readFileSync(join(ROOT, 'examples/sample/evidence-2025.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n');
  const header = (lines[0] as string).split(',');
  const column = header.indexOf('data.tc1_1.self');
  expect(column).toBeGreaterThan(0);
  const rows = lines.slice(1, n + 1).map((line, i) => {
    const cells = line.split(',');
    const value = broken[i + 1];
    if (value !== undefined) cells[column] = value;
    return cells.join(',');
  });
  return `${[lines[0], ...rows].join('\n')}\n`;
}

describe('rejected rows on the console', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdht-console-'));
  // Rows 2, 4, 5, 7 and 8 of the data (file lines 3, 5, 6, 8, 9) are out of range or not numbers.
  const file = join(dir, 'evidence.csv');
  writeFileSync(file, sampleWith(10, { 2: '11', 4: 'abc', 5: '-1', 7: '12', 8: 'x' }));

  it('shows the first three rejected rows with their first problem, then how many more, in Vietnamese', () => {
    const run = cdht(['evaluate', file, '--out', join(dir, 'out.ndjson')], dir);
    expect(run.code).toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]?.startsWith('Đã đọc 10 dòng: 5 đã đánh giá, 5 bị từ chối;')).toBe(true);
    const shown = lines.filter((l) => l.startsWith('  '));
    expect(shown).toHaveLength(4);
    expect(shown[0]).toMatch(/^ {2}dòng 3 \([^)]+\): \$\.data\.tc1_1\.self: invalid_evidence /);
    expect(shown[1]).toMatch(/^ {2}dòng 5 \([^)]+\): \$\.data\.tc1_1\.self: invalid_evidence /);
    expect(shown[2]).toMatch(/^ {2}dòng 6 \([^)]+\): \$\.data\.tc1_1\.self: invalid_evidence /);
    expect(shown[3]).toBe('  … và 2 dòng khác');
    // The rejects file still holds all five.
    const rejects = readFileSync(join(dir, 'out.rejects.ndjson'), 'utf8').trim().split('\n');
    expect(rejects.map((l) => JSON.parse(l).row)).toEqual([3, 5, 6, 8, 9]);
    // --strict keeps its meaning: rejected rows make the run fail.
    expect(cdht(['evaluate', file, '--out', join(dir, 'strict.ndjson'), '--strict'], dir).code).toBe(1);
  });

  it('in English with --lang en', () => {
    const run = cdht(['evaluate', file, '--out', join(dir, 'en.ndjson'), '--lang', 'en'], dir);
    const shown = run.stderr.split('\n').filter((l) => l.startsWith('  '));
    expect(shown[0]).toMatch(/^ {2}row 3 \([^)]+\): \$\.data\.tc1_1\.self: invalid_evidence /);
    expect(shown[3]).toBe('  … and 2 more');
  });
});

describe('--workers', () => {
  it('is capped at the number of cores, saying so, with the same output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdht-workers-'));
    const file = join(dir, 'evidence.csv');
    writeFileSync(file, sampleWith(20, {}));
    const cores = availableParallelism();
    const asked = Math.min(64, cores + 3);
    const many = cdht(['evaluate', file, '--out', join(dir, 'many.ndjson'), '--workers', String(asked)], dir);
    expect(many.code).toBe(0);
    expect(many.stderr).toContain(`--workers ${asked} được giảm còn ${cores} (số lõi CPU của máy).`);
    const none = cdht(['evaluate', file, '--out', join(dir, 'none.ndjson')], dir);
    expect(none.stderr).not.toContain('--workers');
    expect(readFileSync(join(dir, 'many.ndjson'), 'utf8')).toBe(readFileSync(join(dir, 'none.ndjson'), 'utf8'));
  });
});
