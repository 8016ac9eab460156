import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CdhtError, createEngine, type Engine } from '../src/index.js';
import type { BatchItem } from '../src/node/batch/batchCore.js';
import { evaluateBatch, evaluateNdjson, loadCriteria, resolveBundledCriteriaDir } from '../src/node.js';

/** A record of the bundled `cdht` framework: ten self-assessed scores (80 points: awarded). */
function person(id: string, first: unknown): Record<string, unknown> {
  const data: Record<string, unknown> = { tc1_1: { self: first } };
  for (const f of ['tc1_2', 'tc1_3', 'tc1_4', 'tc2_1', 'tc2_2', 'tc2_3', 'tc2_4', 'tc3_1', 'tc3_2'])
    data[f] = { self: 8 };
  return { id, period: '2025', data };
}

async function collect(items: AsyncIterable<BatchItem>): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

let engine: Engine;
beforeAll(async () => {
  engine = createEngine();
  const { issues } = await loadCriteria(engine, [resolveBundledCriteriaDir()]);
  expect(issues.filter((i) => i.severity !== 'warning')).toEqual([]);
});

describe('engine.evaluate validates the record like the CLI', () => {
  it('rejects a score of 11 with the CLI code, path and message', () => {
    let error: unknown;
    try {
      engine.evaluate('cdht', person('a', 11));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CdhtError);
    expect((error as CdhtError).issues).toEqual([
      {
        code: 'invalid_evidence',
        path: ['data', 'tc1_1', 'self'],
        params: { kind: 'out_of_range', value: 11, min: 0, max: 10 },
        message: {
          vi: 'Giá trị 11 nằm ngoài khoảng 0–10 cho phép.',
          en: 'Value 11 is outside the allowed range 0–10.',
        },
      },
    ]);
  });

  it('rejects -1 and the string "8" instead of scoring them 0 or missing', () => {
    expect(() => engine.evaluate('cdht', person('a', -1))).toThrow(/Value -1 is outside the allowed range 0–10/);
    expect(() => engine.evaluate('cdht', person('a', '8'))).toThrow(/Expected a number, got "8"/);
  });

  it('lists every problem of the record at once', () => {
    const r = person('a', 12);
    (r.data as Record<string, unknown>).tc1_2 = { self: 'x' };
    expect(() => engine.evaluate('cdht', r)).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ code: 'invalid_evidence', path: ['data', 'tc1_1', 'self'] }),
          expect.objectContaining({ code: 'invalid_evidence', path: ['data', 'tc1_2', 'self'] }),
        ],
      }),
    );
  });

  it('still evaluates a valid record (8 × 10 = 80: awarded)', () => {
    const e = engine.evaluate('cdht', person('a', 8));
    expect([e.total, e.titles.find((t) => t.id === 'cdht')?.decision]).toEqual([80, 'awarded']);
  });
});

describe('asOf', () => {
  it('accepts dd/MM/yyyy and a Date, and evaluates on that day', () => {
    expect(engine.evaluate('cdht', person('a', 8), { asOf: '31/12/2025' }).asOf).toBe('2025-12-31');
    expect(engine.evaluate('cdht', person('a', 8), { asOf: new Date(2025, 11, 31) }).asOf).toBe('2025-12-31');
    expect(engine.evaluate('cdht', person('a', 8), { asOf: '2025-06-30' }).asOf).toBe('2025-06-30');
  });

  it('refuses anything else with a code and a message in both languages', () => {
    for (const asOf of ['garbage', '2025-02-30', '31/02/2025', new Date(Number.NaN), 20251231]) {
      expect(() => engine.evaluate('cdht', person('a', 8), { asOf: asOf as string })).toThrow(
        expect.objectContaining({ issues: [expect.objectContaining({ code: 'invalid_as_of', path: ['asOf'] })] }),
      );
    }
  });
});

describe('batch functions reject what the CLI rejects', () => {
  const records = [person('a', 11), person('b', -1), person('c', '8'), person('d', 8)];

  it('evaluateBatch', async () => {
    const items = await collect(evaluateBatch(engine, records, { framework: 'cdht' }));
    expect(items.map((i) => i.issues?.[0]?.code ?? i.evaluation?.total)).toEqual([
      'invalid_evidence',
      'invalid_evidence',
      'invalid_evidence',
      80,
    ]);
  });

  it('evaluateNdjson', async () => {
    const text = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
    const items = await collect(evaluateNdjson(engine, [text], { framework: 'cdht' }));
    expect(items.map((i) => i.issues?.[0]?.code ?? i.evaluation?.total)).toEqual([
      'invalid_evidence',
      'invalid_evidence',
      'invalid_evidence',
      80,
    ]);
  });
});

describe('plugin modules in worker threads', () => {
  const module = fileURLToPath(new URL('./fixtures/plugins/array-plugin.mjs', import.meta.url));
  const framework = fileURLToPath(new URL('./fixtures/plugins/twice.json', import.meta.url));

  it('a module exporting an array of plugins works the same with and without workers', async () => {
    const { default: plugins } = (await import(module)) as { default: [] };
    const withPlugins = createEngine({ plugins });
    const { issues } = await loadCriteria(withPlugins, [framework]);
    expect(issues).toEqual([]);
    const { readFrameworkInputs } = await import('../src/node.js');
    const { inputs } = await readFrameworkInputs([framework]);
    const records = [3, 4].map((hours, i) => ({ id: `p${i}`, period: '2025', data: { hours } }));
    // twice(3) = 6 points, plus the bonus the hook adds: 7; twice(4) = 8, + 1 = 9.
    const here = await collect(evaluateBatch(withPlugins, records));
    expect(here.map((i) => i.evaluation?.total ?? i.issues)).toEqual([7, 9]);
    const there = await collect(
      evaluateBatch(withPlugins, records, { workers: 1, sources: inputs, plugins: [module] }),
    );
    expect(there.map((i) => i.evaluation?.total ?? i.issues)).toEqual([7, 9]);
  }, 20_000);
});
