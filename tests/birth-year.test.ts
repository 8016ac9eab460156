// The recognition annex prints each person's year of birth (năm sinh). Evaluations carry it from
// the record's data (birthYear from a "Năm sinh" column, or birthDate), through every door, so a
// real run — evaluate, then report --annex — fills the column instead of leaving it blank.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { frameworks } from '../src/criteria.js';
import { createEngine } from '../src/engine.js';
import { birthYearOf } from '../src/evidence/birthYear.js';
import { evaluateBatch } from '../src/node.js';
import { cdht, requireBuild } from './fixtures/cli/run.js';

const eights = Object.fromEntries(
  ['tc1_1', 'tc1_2', 'tc1_3', 'tc1_4', 'tc2_1', 'tc2_2', 'tc2_3', 'tc2_4', 'tc3_1', 'tc3_2'].map((id) => [
    id,
    { self: 8 },
  ]),
);
const person = (id: string, name: string, extra: Record<string, unknown>) => ({
  id,
  name,
  framework: 'cdht-resident',
  period: '2025',
  unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 1' },
  memberships: [{ kind: 'household', id: 'H1' }],
  data: { ...eights, ...extra },
});

describe('birthYearOf', () => {
  it('reads a year, a year typed as text, an ISO date and a dd/MM/yyyy date', () => {
    expect(birthYearOf({ birthYear: 1981 })).toBe(1981);
    expect(birthYearOf({ birthYear: ' 1975 ' })).toBe(1975);
    expect(birthYearOf({ birthDate: '1990-03-05' })).toBe(1990);
    expect(birthYearOf({ birthDate: '5/3/1990' })).toBe(1990);
    // birthYear wins over birthDate when both are there.
    expect(birthYearOf({ birthYear: 1960, birthDate: '1961-01-01' })).toBe(1960);
  });

  it('gives none for impossible dates, years out of range and anything else', () => {
    expect(birthYearOf({ birthDate: '1990-02-31' })).toBeUndefined();
    expect(birthYearOf({ birthDate: '31/02/1990' })).toBeUndefined();
    expect(birthYearOf({ birthDate: '2000-13-01' })).toBeUndefined();
    expect(birthYearOf({ birthYear: 1850 })).toBeUndefined();
    expect(birthYearOf({ birthYear: 1981.5 })).toBeUndefined();
    expect(birthYearOf({ birthYear: 'một chín tám mốt' })).toBeUndefined();
    expect(birthYearOf({})).toBeUndefined();
    // 2024 is a leap year, 2023 is not.
    expect(birthYearOf({ birthDate: '2024-02-29' })).toBe(2024);
    expect(birthYearOf({ birthDate: '2023-02-29' })).toBeUndefined();
  });
});

describe('evaluations carry the year of birth through every door', () => {
  const engine = createEngine();
  const loaded = engine.loadAll(frameworks);
  const records = [
    person('a', '[Mẫu] Y Rin', { birthDate: '1981-01-01' }),
    person('b', '[Mẫu] Hồ Thị Liên', { birthYear: 1995 }),
    person('c', '[Mẫu] A Thành', { birthDate: '1990-02-31' }),
  ];

  it('engine.evaluate', () => {
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(records.map((r) => engine.evaluate(undefined, r).birthYear)).toEqual([1981, 1995, undefined]);
    // Never scored: the same scores with or without a birth year give the same total.
    expect(engine.evaluate(undefined, records[0]).total).toBe(engine.evaluate(undefined, records[2]).total);
  });

  it('evaluateBatch, full and summary', async () => {
    for (const detail of ['evaluation', 'summary'] as const) {
      const years: (number | undefined)[] = [];
      for await (const item of evaluateBatch(engine, records, { detail })) years.push(item.evaluation?.birthYear);
      expect(years, detail).toEqual([1981, 1995, undefined]);
    }
  });
});

describe('evaluate then report --annex fills the year of birth', () => {
  beforeAll(requireBuild);

  it('the annex lists each awarded person with the year from the sheet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdht-birth-'));
    const records = [
      person('a', '[Mẫu] Y Rin', { birthDate: '1981-01-01' }),
      person('b', '[Mẫu] Hồ Thị Liên', { birthYear: 1995 }),
    ];
    writeFileSync(join(dir, 'in.ndjson'), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    expect(cdht(['evaluate', 'in.ndjson', '--out', 'ev.ndjson'], dir).code).toBe(0);
    const evaluations = readFileSync(join(dir, 'ev.ndjson'), 'utf8').trim().split('\n');
    expect(evaluations.map((l) => (JSON.parse(l) as { birthYear?: number }).birthYear)).toEqual([1981, 1995]);
    const r = cdht(
      ['report', '--plan', 'kon-ray-2022', 'ev.ndjson', '--as-of', '2025-12-31', '--annex', 'annex.html'],
      dir,
    );
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(dir, 'annex.html'), 'utf8');
    // Sorted by given name: Liên before Rin; each row: STT, name, year of birth.
    expect(html).toMatch(/<td[^>]*>1<\/td><td[^>]*>\[Mẫu\] Hồ Thị Liên<\/td><td[^>]*>1995<\/td>/u);
    expect(html).toMatch(/<td[^>]*>2<\/td><td[^>]*>\[Mẫu\] Y Rin<\/td><td[^>]*>1981<\/td>/u);
  });
});
