import { readFileSync } from 'node:fs';
import { loadPlan } from '../src/aggregate/loadPlan.js';
import type { Plan } from '../src/aggregate/plan.js';
import { createEngine, type Engine } from '../src/engine.js';
import type { EvidenceRecord } from '../src/format/evidence.js';
import type { UnitEntry, UnitsFile } from '../src/format/units.js';
import { readFrameworkInputs } from '../src/node/criteriaFiles.js';
import { loadUnits } from '../src/units/load.js';

const ROOT = new URL('../', import.meta.url);
const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8'));

/** An engine with every bundled framework loaded (throws on any load problem). */
export async function bundledEngine(): Promise<Engine> {
  const engine = createEngine();
  const { inputs, issues } = await readFrameworkInputs([new URL('criteria/', ROOT).pathname]);
  const loaded = engine.loadAll(inputs);
  const problems = [...issues, ...loaded.issues.filter((i) => i.severity !== 'warning')];
  if (problems.length > 0) throw new Error(problems.map((i) => `${i.file}: ${i.message.en}`).join('\n'));
  return engine;
}

/** The bundled plans. */
export function bundledPlans(): { national: Plan; konRay: Plan } {
  const national = loadPlan(json('criteria/plans/qd-677-2022.json'));
  const konRay = loadPlan(json('criteria/plans/kon-ray-2022.json'), { plans: [national] });
  return { national, konRay };
}

const IDS = ['tc1_1', 'tc1_2', 'tc1_3', 'tc1_4', 'tc2_1', 'tc2_2', 'tc2_3', 'tc2_4', 'tc3_1', 'tc3_2'] as const;

/** Self-assessed scores: one number for all ten indicators, or ten numbers. */
export function scores(points: number | readonly number[]): Record<string, { self: number }> {
  return Object.fromEntries(IDS.map((id, i) => [id, { self: typeof points === 'number' ? points : (points[i] ?? 0) }]));
}

/** A 2025 record in commune Đắk Ruồng of Kon Rẫy. */
export function person(id: string, extra: Partial<EvidenceRecord>, points: number | readonly number[]): EvidenceRecord {
  return {
    id,
    period: '2025',
    unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 1' },
    ...extra,
    data: scores(points),
  };
}

/**
 * A units file's JSON: the province listed (so every unit in it is known), the given communes of
 * Kon Rẫy marked especially difficult.
 */
export function sampleUnitsJson(difficult: readonly string[] = ['Đắk Ruồng', 'Tân Lập']) {
  return {
    id: 'test-units',
    version: '1.0.0',
    title: { vi: 'Đơn vị thử', en: 'Test units' },
    verification: { status: 'example' },
    units: [
      { unit: { province: 'Kon Tum' } },
      ...difficult.map((commune) => ({
        unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune },
        attributes: { area: 'especially-difficult' },
      })),
    ],
  };
}

/** The units file of {@link sampleUnitsJson}, loaded. */
export function sampleUnitsFile(difficult?: readonly string[]): UnitsFile {
  const r = loadUnits(sampleUnitsJson(difficult), { file: 'units.json' });
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** Two communes of the sample marked especially difficult, the rest of the province known: variants apply. */
export function sampleUnitEntries(): readonly UnitEntry[] {
  return sampleUnitsFile().units;
}
