import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdht, ROOT, requireBuild, scores } from './fixtures/cli/run.js';

beforeAll(requireBuild);

const tmp = (): string => mkdtempSync(join(tmpdir(), 'cdht-cli-'));

describe('cdht (global)', () => {
  it('prints Vietnamese help by default and English with --lang en', () => {
    const vi = cdht(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Các lệnh:');
    expect(vi.stdout).toContain('Mã thoát: 0 không có vấn đề, 1 có vấn đề, 2 dùng sai lệnh.');
    const en = cdht(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Commands:');
    expect(en.stdout).toContain('Exit codes: 0 ok, 1 problems found, 2 usage error.');
    expect(cdht(['evaluate', '--help', '--lang', 'en']).stdout).toContain(
      'Usage: cdht evaluate [--criteria <file|dir>]',
    );
  });

  it('prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cdht(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('exits 2 for an unknown command or language', () => {
    const r = cdht(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cdht: không có lệnh "frobnicate"');
    expect(cdht(['validate', 'criteria', '--lang', 'fr']).code).toBe(2);
  });
});

describe('cdht init, schema, diff', () => {
  it('init scaffolds a framework that validates against the bundled criteria', () => {
    const dir = tmp();
    const r = cdht(['init', 'cdht-xa-thu', '--extends', 'cdht-household'], dir);
    expect(r.code).toBe(0);
    const file = JSON.parse(readFileSync(join(dir, 'cdht-xa-thu', '1.0.0.json'), 'utf8')) as Record<string, unknown>;
    expect(file).toMatchObject({
      id: 'cdht-xa-thu',
      version: '1.0.0',
      extends: 'cdht-household@^2.0.0',
      verification: { status: 'unverified' },
      overrides: {},
    });
    expect((file.title as { vi: string }).vi.startsWith('CẦN SỬA')).toBe(true);
    expect(cdht(['validate', 'cdht-xa-thu'], dir).code).toBe(0);
    const again = cdht(['init', 'cdht-xa-thu', '--extends', 'cdht-household'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã có; dùng --force');
    expect(cdht(['init', 'Bad_Id', '--extends', 'cdht'], dir).code).toBe(2);
    expect(cdht(['init', 'cdht-x'], dir).code).toBe(2);
  });

  it('schema prints the JSON Schema of a framework’s evidence', () => {
    const r = cdht(['schema', 'cdht']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      $schema: string;
      required: string[];
      properties: { data: { properties: Record<string, { type: string }> } };
    };
    expect(doc.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(doc.required).toEqual(['id', 'period', 'data']);
    expect(Object.keys(doc.properties.data.properties)).toContain('tc3_2');
    expect(doc.properties.data.properties.tc1_1?.type).toBe('object');
    const unknown = cdht(['schema', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown_framework');
  });

  it('diff describes what changed between two versions, in words', () => {
    const vi = cdht(['diff', 'cdht@1.0.0', 'cdht@2.0.0']);
    expect(vi.code).toBe(0);
    expect(vi.stdout.split('\n')[0]).toBe('cdht@1.0.0 → cdht@2.0.0: 6 thay đổi');
    // The 244 pass mark for difficult areas is on in 1.0.0 [partial] and opt-in in 2.0.0 [unverified].
    expect(vi.stdout).toContain(
      '- Biến thể “Vùng sâu, vùng xa, vùng đặc biệt khó khăn, vùng đồng bào dân tộc thiểu số”: thay đổi trạng thái áp dụng và trạng thái kiểm chứng',
    );
    expect(vi.stdout).toContain('- Hiệu lực đổi từ “từ 28/07/2022 đến 24/10/2023” thành “từ 25/10/2023”');
    // 2.0.0 adds the 757/QĐ-BKHCN confirmation and reads it first for the digital-skill level.
    expect(vi.stdout).toContain(
      '- Thêm trường minh chứng “Xác nhận hoàn thành chương trình kỹ năng số cơ bản (757/QĐ-BKHCN)” (digitalSkills757)',
    );
    const same = cdht(['diff', 'criteria/cdht/2.0.0.json', 'cdht@2.0.0', '--lang', 'en']);
    expect(same.stdout.trim()).toBe('cdht@2.0.0 → cdht@2.0.0: no changes.');
    expect(cdht(['diff', 'cdht@1.0.0']).code).toBe(2);
  });
});

describe('cdht test', () => {
  it('runs the bundled cases and lists outcomes no case exercised', () => {
    const r = cdht(['test', 'criteria/cdht']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^criteria\/cdht\/2\.0\.0\.cases\.json: (\d+)\/\1 ca đạt$/m);
    expect(r.stderr).toMatch(/^\d+ ca đạt, 0 ca không đạt\.$/m);
  });

  it('shows each failing case with its differences and exits 1', () => {
    const r = cdht(['test', 'tests/fixtures/cli/cases/failing.cases.json', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tests/fixtures/cli/cases/failing.cases.json: 1/2 cases passed');
    expect(r.stdout).toContain('      total: expected 79, got 80');
    // Both cases award the title, so "not awarded" and "undetermined" were never exercised.
    expect(r.stdout).toContain('  title cdht: no case not awarded, undetermined');
    expect(r.stderr).toContain('1 passed, 1 failed.');
  });
});

describe('cdht report, docs', () => {
  it('report aggregates evaluations against a plan, by commune', () => {
    const dir = tmp();
    const unit = (commune: string) => ({
      province: 'Kon Tum',
      district: 'Kon Rẫy',
      commune,
      village: 'Thôn 1',
    });
    const rows = [
      scores('a', Array(10).fill(8) as number[], { group: 'household', unit: unit('Đắk Ruồng') }),
      scores('b', Array(10).fill(7) as number[], { group: 'household', unit: unit('Đắk Ruồng') }),
      scores('c', Array(10).fill(9) as number[], { group: 'household', unit: unit('Tân Lập') }),
    ];
    writeFileSync(join(dir, 'in.ndjson'), rows.map((r) => JSON.stringify(r)).join('\n'));
    expect(cdht(['evaluate', 'in.ndjson', '--out', 'ev.ndjson'], dir).code).toBe(0);
    const r = cdht(
      [
        'report',
        '--plan',
        join(ROOT, 'criteria/plans/kon-ray-2022.json'),
        'ev.ndjson',
        '--by',
        'commune',
        '--as-of',
        '2025-12-31',
        '--format',
        'json',
      ],
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Đã đọc 3 dòng: 3 được tính vào đơn vị, 0 bị loại.');
    const out = JSON.parse(r.stdout) as {
      by: string;
      rows: { read: number };
      metrics: { unitKey: string; metric: string; recognised: number; registered: number }[];
    };
    expect(out.by).toBe('commune');
    const adults = out.metrics
      .filter((m) => m.metric === 'adults-titled')
      .map((m) => [m.unitKey, m.recognised, m.registered]);
    // Whole district: a (80) and c (90) awarded, b (70) not → 2 of 3; Đắk Ruồng 1 of 2; Tân Lập 1 of 1; no village rows.
    expect(adults).toContainEqual(['', 2, 3]);
    expect(adults.filter(([key]) => String(key).includes('Đắk Ruồng'))).toEqual([
      [expect.stringContaining('Đắk Ruồng'), 1, 2],
    ]);
    expect(adults.filter(([key]) => String(key).includes('Tân Lập'))).toEqual([
      [expect.stringContaining('Tân Lập'), 1, 1],
    ]);
    expect(adults.some(([key]) => String(key).includes('village'))).toBe(false);
    const md = cdht(
      ['report', '--plan', join(ROOT, 'criteria/plans/kon-ray-2022.json'), 'ev.ndjson', '--as-of', '2025-12-31'],
      dir,
    );
    expect(md.stdout.startsWith('# ')).toBe(true);
    expect(cdht(['report', 'ev.ndjson'], dir).code).toBe(2);
    expect(
      cdht(['report', '--plan', join(ROOT, 'criteria/plans/kon-ray-2022.json'), 'ev.ndjson', '--by', 'planet'], dir)
        .code,
    ).toBe(2);
  });

  it('docs writes one page per framework and an index', () => {
    const dir = tmp();
    const r = cdht(['docs', join(ROOT, 'criteria/cdht'), '--out', 'site', '--format', 'md'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(['site/cdht/1.0.0.vi.md', 'site/cdht/2.0.0.vi.md', 'site/index.vi.md']);
    expect(readFileSync(join(dir, 'site/cdht/2.0.0.vi.md'), 'utf8')).toContain('324/QĐ-KHVN');
    expect(cdht(['docs', 'criteria'], dir).code).toBe(2);
  });
});
