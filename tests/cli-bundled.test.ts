// Bundled frameworks and plans by id wherever the CLI takes a framework or plan file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdht, ROOT, requireBuild, scores } from './fixtures/cli/run.js';

beforeAll(requireBuild);

const tmp = (): string => mkdtempSync(join(tmpdir(), 'cdht-ids-'));
const unit = { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 1' };

/** A folder with two evaluations: one household adult awarded (80), one not (70). */
function evaluations(): string {
  const dir = tmp();
  const rows = [
    scores('a', Array(10).fill(8) as number[], { group: 'household', unit }),
    scores('b', Array(10).fill(7) as number[], { group: 'household', unit }),
  ];
  writeFileSync(join(dir, 'in.ndjson'), rows.map((r) => JSON.stringify(r)).join('\n'));
  expect(cdht(['evaluate', 'in.ndjson', '--out', 'ev.ndjson'], dir).code).toBe(0);
  return dir;
}

describe('bundled ids in place of files', () => {
  it('report --plan takes a bundled plan id and answers as with its file', () => {
    const dir = evaluations();
    const args = ['ev.ndjson', '--as-of', '2025-12-31', '--format', 'json'];
    const byFile = cdht(['report', '--plan', join(ROOT, 'criteria/plans/kon-ray-2022.json'), ...args], dir);
    const byId = cdht(['report', '--plan', 'kon-ray-2022', ...args], dir);
    expect(byId.stderr).not.toContain('không tìm thấy');
    expect(byId.code).toBe(0);
    expect(byId.stdout).toBe(byFile.stdout);
    const metric = (JSON.parse(byId.stdout) as { metrics: { unitKey: string; metric: string; recognised: number }[] })
      .metrics;
    expect(metric.find((m) => m.unitKey === '' && m.metric === 'adults-titled')?.recognised).toBe(1);
    // The national plan by id, with an explicit version.
    expect(cdht(['report', '--plan', 'qd-677-2022@1.0.0', ...args], dir).code).toBe(0);
  });

  it('an id that is neither a file nor bundled says so, naming the bundled ids', () => {
    const dir = evaluations();
    const r = cdht(['report', '--plan', 'kon-tum-2030', 'ev.ndjson', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not_found');
    expect(r.stderr).toContain('kon-tum-2030');
    expect(r.stderr).toContain('kon-ray-2022');
  });

  it('--criteria, validate, lint, docs and test take bundled framework ids', () => {
    const dir = evaluations();
    // Only cdht-household (and the base it extends) is loaded: a community record finds no framework.
    writeFileSync(
      join(dir, 'mixed.ndjson'),
      [
        JSON.stringify(scores('h', Array(10).fill(8) as number[], { group: 'household', unit })),
        JSON.stringify(scores('c', Array(10).fill(8) as number[], { group: 'community', unit })),
      ].join('\n'),
    );
    const ev = cdht(
      ['evaluate', 'mixed.ndjson', '--criteria', 'cdht-household', '--no-bundled', '--out', 'o.ndjson'],
      dir,
    );
    expect(ev.code).toBe(0);
    expect(ev.stderr).toContain('1 đã đánh giá, 1 bị từ chối');
    const files = (args: string[]) =>
      (JSON.parse(cdht(['validate', ...args, '--json'], dir).stdout) as { files: number }).files;
    expect(files(['cdht-household'])).toBe(2);
    expect(files(['cdht-household@2.0.0'])).toBe(1);
    expect(files(['kon-ray-2022'])).toBe(1);
    expect(cdht(['lint', 'cdht-learner'], dir).code).toBe(0);
    const docs = cdht(['docs', 'cdht-worker', '--out', 'site', '--format', 'md'], dir);
    expect(docs.code).toBe(0);
    expect(docs.stdout.trim().split('\n')).toContain('site/cdht-worker/2.0.0.vi.md');
    const t = cdht(['test', 'cdht-clan'], dir);
    expect(t.code).toBe(0);
  });
});

describe('cdht list', () => {
  it('lists bundled frameworks and plans with version, group, source and dates (vi by default)', () => {
    const r = cdht(['list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const household2 = lines.find((l) => l.includes('cdht-household') && l.includes('2.0.0'));
    expect(household2).toBeDefined();
    expect(household2).toContain('324/QĐ-KHVN');
    expect(household2).toContain('25/10/2023');
    expect(lines.some((l) => l.includes('kon-ray-2022') && l.includes('1.0.0'))).toBe(true);
    expect(r.stdout).toContain('Bộ tiêu chí');
    expect(r.stdout).toContain('Kế hoạch');
  });

  it('speaks English with --lang en and prints JSON with --json, loaded files included', () => {
    const en = cdht(['list', '--lang', 'en']);
    expect(en.stdout).toContain('Frameworks');
    expect(en.stdout).toContain('2023-10-25');
    const json = JSON.parse(cdht(['list', '--json', '--criteria', join(ROOT, 'examples/kon-ray/criteria')]).stdout) as {
      frameworks: { id: string; version: string; group: string; source: string; from: string; bundled: boolean }[];
      plans: { id: string; version: string; bundled: boolean }[];
    };
    expect(json.frameworks).toContainEqual(
      expect.objectContaining({
        id: 'cdht-learner',
        version: '2.0.0',
        group: 'learner',
        from: '2023-10-25',
        bundled: true,
      }),
    );
    expect(json.frameworks).toContainEqual(expect.objectContaining({ id: 'cdht-kon-ray', bundled: false }));
    expect(json.plans.map((p) => `${p.id}@${p.version}`)).toEqual([
      'kon-ray-2022@1.0.0',
      'kon-tum-1514-2022@1.0.0',
      'qd-387-2022@1.0.0',
      'qd-677-2022@1.0.0',
    ]);
  });
});
