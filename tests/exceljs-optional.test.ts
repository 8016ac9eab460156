// exceljs is an optional dependency: without it, everything but writing workbooks works (evidence
// workbooks are read without it), and writing one fails with an error naming the package. The package is installed in a temporary
// node_modules without exceljs, as `npm install --omit=optional` would leave it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, requireBuild, scores } from './fixtures/cli/run.js';

let app: string;
let cli: string;

beforeAll(async () => {
  requireBuild();
  app = mkdtempSync(join(tmpdir(), 'cdht-no-exceljs-'));
  const pkg = join(app, 'node_modules', 'cdht');
  mkdirSync(pkg, { recursive: true });
  // A copy, not a link: Node resolves a linked package from its real folder, where exceljs is.
  cpSync(join(ROOT, 'dist'), join(pkg, 'dist'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  cpSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  symlinkSync(join(ROOT, 'criteria'), join(pkg, 'criteria'));
  const deps = Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies as object);
  for (const dep of deps) symlinkSync(join(ROOT, 'node_modules', dep), join(app, 'node_modules', dep));
  expect(readdirSync(join(app, 'node_modules')).sort()).toEqual([...deps, 'cdht'].sort());
  cli = join(pkg, 'dist', 'cli.js');
  const unit = { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 1' };
  writeFileSync(join(app, 'in.ndjson'), JSON.stringify(scores('a', Array(10).fill(8) as number[], { unit })));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Minh chứng');
  ws.addRow(['id', 'period', 'data.tc1_1.self']);
  ws.addRow(['a', '2025', 8]);
  await wb.xlsx.writeFile(join(app, 'in.xlsx'));
});

const run = (bin: string, args: readonly string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: app, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const plan = (): string => join(ROOT, 'criteria/plans/kon-ray-2022.json');

describe('without exceljs installed', () => {
  it('evaluates and reports in every other format', () => {
    expect(run(cli, ['evaluate', 'in.ndjson', '--out', 'ev.ndjson']).code).toBe(0);
    const md = run(cli, ['report', '--plan', plan(), 'ev.ndjson', '--as-of', '2025-12-31']);
    expect(md.code).toBe(0);
    expect(md.stdout.startsWith('# ')).toBe(true);
  });

  it('an xlsx report fails with exit 1 and an error naming the package', () => {
    run(cli, ['evaluate', 'in.ndjson', '--out', 'ev.ndjson']);
    const r = run(cli, [
      'report',
      '--plan',
      plan(),
      'ev.ndjson',
      '--format',
      'xlsx',
      '--out',
      'r.xlsx',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('missing_dependency');
    expect(r.stderr).toContain('Writing XLSX needs the package "exceljs"');
    expect(r.stderr).toContain('npm install exceljs');
    expect(readdirSync(app)).not.toContain('r.xlsx');
    // The same run with exceljs installed writes the workbook (a zip file).
    const ok = spawnSync(
      process.execPath,
      [CLI, 'report', '--plan', plan(), 'ev.ndjson', '--format', 'xlsx', '--out', 'r.xlsx'],
      {
        cwd: app,
        encoding: 'utf8',
      },
    );
    expect(ok.status).toBe(0);
    expect(readFileSync(join(app, 'r.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('reads an xlsx evidence file all the same (the reader does not use exceljs)', () => {
    const r = run(cli, ['evaluate', 'in.xlsx', '--framework', 'cdht', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Read 1 row: 1 evaluated, 0 rejected');
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ person: 'a' });
  });

  it('the library throws CdhtError missing_dependency, from ESM and CJS', () => {
    const call = `m.renderXlsx({ progress: { title: { vi: 'x', en: 'x' }, asOf: '2025-12-31', units: [] } }, 'vi')
      .then(() => console.log('written'), (e) => console.log(e.name, e.code, e.issues[0].message.vi))`;
    const expected = 'CdhtError missing_dependency Cần gói "exceljs" để ghi tệp XLSX';
    const esm = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import('cdht/node'); ${call}`],
      {
        cwd: app,
        encoding: 'utf8',
      },
    );
    expect(esm.stdout).toContain(expected);
    const cjs = spawnSync(process.execPath, ['-e', `const m = require('cdht/node'); ${call}`], {
      cwd: app,
      encoding: 'utf8',
    });
    expect(cjs.stdout).toContain(expected);
  });
});
