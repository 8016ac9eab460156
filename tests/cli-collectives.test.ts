// `cdht evaluate --collectives`: households, clans, communities and units decided from the members'
// evaluations of the same run, through the built CLI on real files (CSV, NDJSON, XLSX), and the same
// answer as `engine.evaluateCollectives`.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.js';
import type { CollectiveEvaluation } from '../src/format/collectiveEvaluation.js';
import type { Evaluation } from '../src/format/evaluation.js';
import { cdht, ROOT, requireBuild, scores } from './fixtures/cli/run.js';
import { bundledEngine } from './programme.fixture.js';

let engine: Engine;
beforeAll(async () => {
  requireBuild();
  engine = await bundledEngine();
});

const tmp = (): string => mkdtempSync(join(tmpdir(), 'cdht-coll-'));
const line = (v: unknown): string => JSON.stringify(v);
const ndjson = (text: string): Record<string, unknown>[] =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

// Members, by hand (cdht-resident: ten indicators 0–10, the title at ≥ 80 with none below 5):
// 9 everywhere = 90 → awarded; 7 everywhere = 70 → not awarded; 8 on nine, one blank = 72 known,
// 82 possible → undetermined.
const person = (id: string, values: readonly (number | null)[], household: string) =>
  scores(id, values, {
    framework: 'cdht-resident',
    unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 1' },
    memberships: [{ kind: 'household', id: household }],
  });
const NINES = Array(10).fill(9);
const SEVENS = Array(10).fill(7);
const EIGHTS_ONE_BLANK = [...Array(9).fill(8), null];
const PERSONS = [
  person('a', NINES, 'H1'),
  person('b', NINES, 'H1'),
  person('c', NINES, 'H2'),
  person('d', SEVENS, 'H2'),
  person('e', EIGHTS_ONE_BLANK, 'H3'),
  person('f', NINES, 'H9'), // names no household of the file
];

// Families (gia-dinh-hoc-tap, 448: nine own targets 0–10 plus C2.3 = 10 when every adult is
// titled; the title at ≥ 80 with C2.3 met):
// H1 own targets all 8 = 72, both adults titled → C2.3 10 → 82 → gdht.
// H2 own targets all 9 = 81, one adult of two not titled → C2.3 0 → 81 but C2.3 required → none.
// H3 own targets all 9 = 81, its one adult undetermined → C2.3 0 or 10 → undetermined.
// H4 has a target of 12 (0–10 allowed) → rejected at data.studyCorner.
// H5 is of a kind no collective has → rejected at kind.
const TARGETS = [
  'childrenSchooling',
  'childrenResults',
  'childrenConduct',
  'adultsLiterate',
  'adultsCourses',
  'studyCorner',
  'learningMeans',
  'applyKnowledge',
  'culturedFamily',
];
const HEADER = [
  'id',
  'kind',
  'period',
  'size',
  'unit.province',
  'unit.district',
  'unit.commune',
  'unit.village',
  ...TARGETS.map((t) => `data.${t}`),
];
const family = (id: string, kind: string, size: number, values: number[]): (string | number)[] => [
  id,
  kind,
  '2025',
  size,
  'Kon Tum',
  'Kon Rẫy',
  'Đắk Ruồng',
  'Thôn 1',
  ...values,
];
const FAMILIES = [
  family('H1', 'household', 2, Array(9).fill(8)),
  family('H2', 'household', 2, Array(9).fill(9)),
  family('H3', 'household', 1, Array(9).fill(9)),
  family('H4', 'household', 1, [9, 9, 9, 9, 9, 12, 9, 9, 9]),
  family('H5', 'village', 1, Array(9).fill(9)),
];
const csv = (rows: (string | number)[][]): string => `${[HEADER, ...rows].map((r) => r.join(',')).join('\n')}\n`;

function levels(out: Record<string, unknown>[]): [string, string | null, string][] {
  return out.map((e) => {
    const c = e as unknown as CollectiveEvaluation;
    return [c.collective.id, c.level.awarded, c.recognised];
  });
}

const EXPECTED: [string, string | null, string][] = [
  ['H1', 'gdht', 'awarded'],
  ['H2', null, 'not-awarded'],
  ['H3', null, 'undetermined'],
];

describe('cdht evaluate --collectives', () => {
  it('decides each family from its members of the run (CSV), rejects bad rows with file, row and path, and counts', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'nguoi.ndjson'), `${PERSONS.map(line).join('\n')}\n`);
    writeFileSync(join(dir, 'ho.csv'), csv(FAMILIES));
    const r = cdht(
      ['evaluate', 'nguoi.ndjson', '--collectives', 'ho.csv', '--out', 'ket-qua.ndjson', '--as-of', '2025-12-31'],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    // The persons' results are written as before, every one.
    expect(ndjson(readFileSync(join(dir, 'ket-qua.ndjson'), 'utf8')).map((e) => e.person)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
    const out = ndjson(readFileSync(join(dir, 'ket-qua.collectives.ndjson'), 'utf8'));
    expect(levels(out)).toEqual(EXPECTED);
    const h1 = out[0] as unknown as CollectiveEvaluation;
    expect([h1.total, h1.members.received, h1.members.conditions.titled]).toEqual([
      82,
      2,
      { yes: 2, no: 0, unknown: 0, unsure: 0 },
    ]);
    expect((out[1] as unknown as CollectiveEvaluation).total).toBe(81);
    const rejects = ndjson(readFileSync(join(dir, 'ket-qua.collectives.rejects.ndjson'), 'utf8'));
    expect(rejects.map((x) => [x.file, x.row, x.id, (x.issues as { code: string; path: string }[])[0]])).toEqual([
      ['ho.csv', 5, 'H4', expect.objectContaining({ code: 'invalid_evidence', path: '$.data.studyCorner' })],
      ['ho.csv', 6, 'H5', expect.objectContaining({ code: 'invalid_record', path: '$.kind' })],
    ]);
    expect(r.stderr).toContain(
      'Tập thể (ho.csv): đã đọc 5 dòng: 3 đã xét, 2 bị từ chối; gia đình: 1 đạt, 1 không đạt, 1 chưa xác định',
    );
    expect(r.stderr).toContain(
      'Thành viên: 5 kết quả được các tập thể đếm (5 lượt), 1 không thuộc tập thể nào trong tệp',
    );
    expect(r.stderr).toContain('Kết quả xét tập thể: ket-qua.collectives.ndjson');
    // Rows by their line: the header is line 1, H4 is line 5. --strict: a rejected collective is a failure.
    const strict = cdht(['evaluate', 'nguoi.ndjson', '--collectives', 'ho.csv', '--out', 'k2.ndjson', '--strict'], dir);
    expect(strict.code).toBe(1);
  });

  it('reads NDJSON and XLSX collectives to the same decisions, output where --collectives-out says', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'nguoi.ndjson'), `${PERSONS.map(line).join('\n')}\n`);
    const good = FAMILIES.slice(0, 3);
    const records = good.map((row) => {
      const [id, kind, period, size, province, district, commune, village, ...values] = row;
      return {
        id,
        kind,
        period,
        size,
        unit: { province, district, commune, village },
        data: Object.fromEntries(TARGETS.map((t, i) => [t, values[i]])),
      };
    });
    writeFileSync(join(dir, 'ho.ndjson'), `${records.map(line).join('\n')}\n`);
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Hộ');
    sheet.addRow(HEADER);
    for (const row of good) sheet.addRow(row);
    await wb.xlsx.writeFile(join(dir, 'ho.xlsx'));
    for (const input of ['ho.ndjson', 'ho.xlsx']) {
      const r = cdht(
        ['evaluate', 'nguoi.ndjson', '--collectives', input, '--collectives-out', `${input}.out.json`, '--lang', 'en'],
        dir,
      );
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(readFileSync(join(dir, `${input}.out.json`), 'utf8')) as Record<string, unknown>[];
      expect(levels(out), input).toEqual(EXPECTED);
      expect(r.stderr).toContain(
        `Collectives (${input}): read 3 rows: 3 decided, 0 rejected; households: 1 recognised, 1 not recognised, 1 undetermined`,
      );
      // Results to stdout, collectives to the file named: no rejects file for a clean run.
      expect(existsSync(join(dir, `${input}.out.rejects.ndjson`))).toBe(false);
    }
  });

  it('refuses --collectives-out without --collectives, and an output over the collectives file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'nguoi.ndjson'), `${PERSONS.map(line).join('\n')}\n`);
    writeFileSync(join(dir, 'ho.csv'), csv(FAMILIES));
    const alone = cdht(['evaluate', 'nguoi.ndjson', '--collectives-out', 'x.ndjson', '--lang', 'en'], dir);
    expect([alone.code, alone.stderr]).toEqual([2, expect.stringContaining('--collectives-out needs --collectives')]);
    const over = cdht(['evaluate', 'nguoi.ndjson', '--collectives', 'ho.csv', '--collectives-out', 'ho.csv'], dir);
    expect(over.code).toBe(2);
    expect(readFileSync(join(dir, 'ho.csv'), 'utf8')).toBe(csv(FAMILIES));
  });
});

describe('cdht report on collective evaluations', () => {
  it('gives the progress against the Kon Tum 1514 plan and lists the families recognised', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'nguoi.ndjson'), `${PERSONS.slice(0, 5).map(line).join('\n')}\n`);
    writeFileSync(join(dir, 'ho.csv'), csv(FAMILIES.slice(0, 3)));
    const run = cdht(['evaluate', 'nguoi.ndjson', '--collectives', 'ho.csv', '--out', 'kq.ndjson'], dir);
    expect(run.code, run.stderr).toBe(0);
    // Thôn 1 has 4 households (the table), 3 assessed, H1 recognised: 25%; 80% of 4 = 3.2 → 4 → 3 more.
    writeFileSync(
      join(dir, 'dan-so.json'),
      line([
        { unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 1' }, households: 4 },
      ]),
    );
    const args = ['report', '--plan', 'kon-tum-1514-2022', 'kq.collectives.ndjson', '--population', 'dan-so.json'];
    const r = cdht([...args, '--as-of', '2025-06-30', '--format', 'json', '--by', 'village'], dir);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as {
      metrics: {
        unitKey: string;
        metric: string;
        registered: number;
        recognised: number;
        population: number;
        rate: number;
        gap: number;
        message: string;
      }[];
      collectiveRecognitions: {
        unit: { name: string };
        kind: string;
        id: string;
        level: string;
        levelLabel: { vi: string };
      }[];
    };
    const village = report.metrics.find(
      (m) => m.metric === 'families-recognised' && m.unitKey === 'district=Kon Rẫy/commune=Đắk Ruồng/village=Thôn 1',
    );
    expect(village).toMatchObject({ registered: 3, recognised: 1, population: 4, rate: 0.25, gap: 3 });
    expect(village?.message).toBe('Còn thiếu 3 gia đình ở Thôn 1, Đắk Ruồng để đạt 80% (mục tiêu năm 2025)');
    expect(report.collectiveRecognitions.map((x) => [x.unit.name, x.kind, x.id, x.level, x.levelLabel.vi])).toEqual([
      ['Thôn 1', 'household', 'H1', 'gdht', 'Gia đình học tập'],
    ]);
    const md = cdht([...args, '--as-of', '2025-06-30'], dir);
    expect(md.stdout).toContain('### Gia đình được công nhận “Gia đình học tập”');
    expect(md.stdout).toContain('| H1 | H1 | Gia đình | Gia đình học tập |');
  });
});

describe('npm run demo', () => {
  it('shows the sample’s collectives against the Kon Tum 1514 targets, counts matching its collective table', () => {
    const r = cdht(['demo', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    const row = (label: string) => lines.find((l) => l.startsWith(label))?.split(/\s{2,}/) ?? [];
    // The family row of the collective table: "gia-dinh-hoc-tap  1,294  gdht 75  1,204  15" (numbers per locale).
    const [, shown, levels] = row('gia-dinh-hoc-tap');
    expect(shown).toMatch(/^\d{1,3}(,\d{3})*$/);
    const total = (shown ?? '').replaceAll(',', '');
    const recognised = Number(levels?.replace('gdht ', '').replaceAll(',', ''));
    expect(row('Families recognised as Learning Families')).toEqual([
      'Families recognised as Learning Families',
      `${recognised.toLocaleString('en')}/${Number(total).toLocaleString('en')}`,
      `${Math.round((1000 * recognised) / Number(total)) / 10}%`,
      '80%',
    ]);
    expect(row('Village-level communities')[3]).toBe('70%');
    expect(r.stdout).toContain('plan 1514/KH-UBND (Ủy ban nhân dân tỉnh Kon Tum)');
    expect(r.stdout).toContain('(The plan is historical after 2025-06-30');
  });
});

describe('one answer: the CLI and engine.evaluateCollectives on a slice of the sample', () => {
  it('decides every household, clan and village of Đắk Ruồng/Thôn 3 as the engine does', async () => {
    const sample = join(ROOT, 'examples', 'sample');
    const slice = 'Đắk Ruồng/Thôn 3';
    const collectives = ndjson(readFileSync(join(sample, 'collectives-2025.ndjson'), 'utf8')).filter(
      (c) =>
        (c.id as string).startsWith(`${slice}/`) ||
        c.id === slice ||
        (c.kind === 'clan' && (c.id as string).startsWith('Đắk Ruồng/')),
    );
    const ids = new Set(collectives.map((c) => c.id));
    const persons = ndjson(readFileSync(join(sample, 'evidence-2025.ndjson'), 'utf8')).filter((p) =>
      (p.memberships as { id: string }[] | undefined)?.some((m) => m.id.startsWith(`${slice}/`)),
    );
    // The slice holds households, their village and the commune's clans; people of the village.
    expect(collectives.filter((c) => c.kind === 'household').length).toBe(25);
    expect(collectives.filter((c) => c.kind === 'community')).toHaveLength(1);
    expect(persons.length).toBeGreaterThan(50);
    const dir = tmp();
    writeFileSync(join(dir, 'nguoi.ndjson'), `${persons.map(line).join('\n')}\n`);
    writeFileSync(join(dir, 'tap-the.ndjson'), `${collectives.map(line).join('\n')}\n`);
    const r = cdht(
      ['evaluate', 'nguoi.ndjson', '--collectives', 'tap-the.ndjson', '--out', 'kq.ndjson', '--as-of', '2025-12-31'],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    const cli = ndjson(readFileSync(join(dir, 'kq.collectives.ndjson'), 'utf8'));

    const members: Evaluation[] = [];
    for (const p of persons) {
      const e = engine.safeEvaluate(undefined, p, { asOf: '2025-12-31' });
      if (e.success) members.push(e.data);
    }
    const library: CollectiveEvaluation[] = [];
    for await (const item of engine.evaluateCollectives(collectives, members, { asOf: '2025-12-31' }))
      if (item.kind === 'collective') library.push(item.evaluation);
      else if (item.kind !== 'summary') throw new Error(item.issues[0].message.en);
    expect(cli).toHaveLength(collectives.length);
    expect(cli).toEqual(JSON.parse(JSON.stringify(library)));
    // Counts reconcile with the persons' own results: each household counted its members' titles.
    for (const e of library.filter((c) => c.collective.kind === 'household')) {
      const own = members.filter((m) => m.memberships?.some((x) => x.kind === 'household' && x.id === e.collective.id));
      const titled = own.filter((m) => m.titles.find((t) => t.id === 'cdht')?.decision === 'awarded').length;
      expect([e.members.received, e.members.conditions.titled?.yes], e.collective.id).toEqual([own.length, titled]);
    }
    expect(ids.has(slice)).toBe(true);
  });
});
