import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleFiles } from '../examples/sample/files.js';
import { generateSamplePopulation, INDICATORS, SYNTHETIC_PREFIX } from '../examples/sample/generate.js';
import { COMMUNES } from '../examples/sample/places.js';
import { readEvidence } from '../src/node/readers/read.js';
import type { RowResult } from '../src/node/readers/types.js';
import { FIELDS } from './fixtures/evidence/fields.js';

const sample = generateSamplePopulation({ seed: 2025, persons: 4000 });

async function readAll(file: string): Promise<RowResult[]> {
  const rows: RowResult[] = [];
  for await (const row of readEvidence(`examples/sample/${file}`, { evidence: FIELDS })) rows.push(row);
  return rows;
}

describe('sample population generator', () => {
  it('is deterministic and the committed files are what the generator writes', () => {
    const again = generateSamplePopulation({ seed: 2025, persons: 4000 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(sample));
    for (const [name, content] of Object.entries(sampleFiles(sample))) {
      expect(readFileSync(`examples/sample/${name}`, 'utf8'), name).toBe(content);
    }
    expect(JSON.stringify(generateSamplePopulation({ seed: 2026, persons: 50 }).records)).not.toBe(
      JSON.stringify(generateSamplePopulation({ seed: 2025, persons: 50 }).records),
    );
  });

  it('labels every person synthetic and uses the 7 communes of Kon Rẫy', () => {
    expect(sample.records.every((r) => r.name.startsWith(SYNTHETIC_PREFIX))).toBe(true);
    expect(sample.cadres.every((c) => c.name.startsWith(SYNTHETIC_PREFIX))).toBe(true);
    const communes = new Set(sample.records.map((r) => r.unit.commune).filter(Boolean));
    expect([...communes].sort()).toEqual(COMMUNES.map((c) => c.name).sort());
    expect(COMMUNES.reduce((n, c) => n + c.villages.length, 0)).toBe(49);
    expect(sample.records.every((r) => r.name === r.name.normalize('NFC'))).toBe(true);
  });

  it('has the intended pass rates: 30–50% of adults, 50–70% of officials', () => {
    // Residents belong to households and communities; staff to an employing unit (by membership, not by form).
    const staff = (r: (typeof sample.records)[number]) => r.memberships.some((m) => m.kind === 'employer');
    const rate = (kind: 'residents' | 'staff') => {
      const complete = sample.records
        .filter((r, i) => staff(r) === (kind === 'staff') && !sample.planted.includes(i + 1))
        .map((r) => INDICATORS.map((id) => r.data[id] as { self: number; reviewed?: number } | undefined))
        .filter((scores) => scores.every(Boolean))
        .map((scores) => scores.map((s) => s?.reviewed ?? s?.self ?? 0));
      return (
        complete.filter((s) => s.reduce((a, b) => a + b, 0) >= 80 && s.every((x) => x >= 5)).length / complete.length
      );
    };
    expect(rate('residents')).toBeGreaterThan(0.3);
    expect(rate('residents')).toBeLessThan(0.5);
    expect(rate('staff')).toBeGreaterThan(0.5);
    expect(rate('staff')).toBeLessThan(0.7);
  });

  it('keeps the population table at or above the persons registered in each unit', () => {
    const key = (u: Record<string, string>) => JSON.stringify(u);
    const registered = new Map<string, number>();
    for (const r of sample.records) registered.set(key(r.unit), (registered.get(key(r.unit)) ?? 0) + 1);
    const table = new Map(sample.population.map((row) => [key(row.unit), 'adults' in row ? row.adults : row.staff]));
    for (const [unit, count] of registered) expect(table.get(unit) ?? -1, unit).toBeGreaterThanOrEqual(count);
    expect(sample.population.filter((r) => 'adults' in r)).toHaveLength(49);
  });

  it('NDJSON: every row is read back; exactly the planted rows are rejected', async () => {
    const rows = await readAll('evidence-2025.ndjson');
    expect(rows).toHaveLength(4000);
    const rejected = rows.filter((r) => 'rejected' in r).map((r) => r.row);
    expect(rejected).toEqual(sample.planted);
    expect(rejected.length).toBeGreaterThan(10);
  });

  it('CSV subset (BOM, dd/MM/yyyy, có/không) reads back to the same records as the NDJSON', async () => {
    const [csv, ndjson] = await Promise.all([readAll('evidence-2025.csv'), readAll('evidence-2025.ndjson')]);
    expect(csv).toHaveLength(300);
    csv.forEach((row, i) => {
      const same = ndjson[i];
      expect(row.row).toBe(i + 2);
      if ('record' in row && same && 'record' in same) {
        const { unit, ...rest } = row.record;
        expect({ ...rest, unit: { ...unit } }).toEqual(same.record);
      } else {
        expect('rejected' in row && same && 'rejected' in same).toBe(true);
      }
    });
  });

  it('cadres file holds 100 fact rows with trainedOnCriteria', () => {
    const rows = readFileSync('examples/sample/cadres-2025.ndjson', 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; facts: { trainedOnCriteria: unknown } });
    expect(rows).toHaveLength(100);
    expect(rows.every((r) => r.kind === 'cadre' && typeof r.facts.trainedOnCriteria === 'boolean')).toBe(true);
  });
});
