import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';

/** A folder `broken/` with the broken framework fixture and a JSON file cut short. */
function brokenFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cdht-cli-'));
  mkdirSync(join(dir, 'broken'));
  copyFileSync(join(ROOT, 'tests/fixtures/cli/broken/broken.json'), join(dir, 'broken', 'broken.json'));
  writeFileSync(join(dir, 'broken', 'truncated.json'), '{ "id": "not-json", ');
  return dir;
}

beforeAll(requireBuild);

describe('cdht validate', () => {
  it('passes the bundled criteria, plans and case files with exit 0', () => {
    const r = cdht(['validate', 'criteria']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Đã kiểm tra \d+ tệp: 0 lỗi, 0 cảnh báo\.$/m);
  });

  it('lists every problem of every file as file:json-path: code message, exit 1', () => {
    const r = cdht(['validate', 'broken'], brokenFolder());
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain(
      'broken/broken.json:$.group: missing_field bộ tiêu chí không kế thừa (extends) phải có "group"',
    );
    expect(
      lines.some((l) => l.startsWith('broken/broken.json:$.criteria[0].indicators[0].award: undeclared_evidence ')),
    ).toBe(true);
    expect(
      lines.some((l) =>
        l.startsWith('broken/broken.json:$.criteria[0].indicators[1].award.frobnicate: unknown_operator '),
      ),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith('broken/broken.json:$.titles[0]: title_unreachable '))).toBe(true);
    expect(lines.some((l) => l.startsWith('broken/truncated.json:$: invalid_json '))).toBe(true);
    expect(lines).toHaveLength(5);
    expect(r.stderr).toContain('Đã kiểm tra 2 tệp: 5 lỗi, 0 cảnh báo.');
  });

  it('speaks English with --lang en', () => {
    const r = cdht(['validate', '--lang', 'en', 'tests/fixtures/cli/broken/broken.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '$.titles[0]: title_unreachable title t can never be earned: needs 50 points but at most 20 exist',
    );
    expect(r.stderr).toContain('Checked 1 file: 4 errors, 0 warnings.');
  });

  it('gives machines JSON with --json', () => {
    const r = cdht(['validate', '--json', 'tests/fixtures/cli/broken/broken.json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as {
      ok: boolean;
      errors: number;
      issues: { file: string; path: string; code: string; message: { en: string } }[];
    };
    expect(out.ok).toBe(false);
    expect(out.errors).toBe(4);
    expect(out.issues.map((i) => i.code).sort()).toEqual([
      'missing_field',
      'title_unreachable',
      'undeclared_evidence',
      'unknown_operator',
    ]);
    expect(out.issues[0]?.file).toBe('tests/fixtures/cli/broken/broken.json');
  });

  it('exits 2 without a file, with the usage line', () => {
    const r = cdht(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cdht: thiếu tệp hoặc thư mục cần kiểm tra');
    expect(r.stderr).toContain('Cách dùng: cdht validate');
  });
});

describe('cdht lint', () => {
  it('reports always/never-scoring indicators, unread evidence, wrong types and overlapping versions', () => {
    const r = cdht(['lint', '--lang', 'en', 'tests/fixtures/cli/lint']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toEqual([
      'tests/fixtures/cli/lint/findings.json:$.criteria[0].indicators[1].award: indicator_always_scores warning: indicator TC1.2 always scores 10 for everyone (award is true)',
      'tests/fixtures/cli/lint/findings.json:$.criteria[0].indicators[2].award: indicator_never_scores warning: indicator TC1.3 can never score (award is 0)',
      'tests/fixtures/cli/lint/findings.json:$.evidence.unused: evidence_never_read warning: evidence "unused" is declared but no rule reads it',
      'tests/fixtures/cli/lint/findings.json:$.criteria[0].indicators[0].award: rule_type_mismatch warning: TC1.1: compares "joined" (type boolean) with 1 using "==": wrong type',
      'tests/fixtures/cli/lint/findings-2.json:$.effective: effective_overlap warning: lint-cli@2.0.0 is in force from 2025-01-01 but lint-cli@1.0.0 is still in force (2024-01-01 – open-ended)',
    ]);
    expect(r.stderr).toContain('Linted 2 files: 5 findings.');
  });

  it('finds nothing in the bundled criteria', () => {
    const r = cdht(['lint', 'criteria']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('reports a title that can never be earned', () => {
    const r = cdht(['lint', 'tests/fixtures/cli/broken/broken.json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('title_unreachable danh hiệu t không thể đạt: cần 50 điểm nhưng tối đa 20');
  });
});
