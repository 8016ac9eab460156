import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createScorer } from '../src/evaluate/score.js';
import { createEngine, evaluateCompiled } from '../src/index.js';
import { evaluateBatch, evaluateNdjson } from '../src/node/batch/batch.js';
import type { BatchItem } from '../src/node/batch/batchCore.js';
import { fixture } from './helpers.js';

const source = fixture('frameworks/basic.json');
const sources = [{ file: 'basic.json', json: source }];
const engine = createEngine();
const fw = engine.load(source, { file: 'basic.json' });

/** Records covering met, partial, unmet, missing and not-applicable indicators, and one invalid record. */
function records(): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < 57; i++) {
    const data: Record<string, unknown> = {
      hours: (i * 7) % 50,
      reads: i % 3 === 0,
      isTeacher: i % 4 === 0,
      lang: ['none', 'basic', 'good'][i % 3],
    };
    if (i % 5 !== 0) data.score = { self: i % 11 };
    out.push({ id: `p${i}`, period: '2024', unit: { commune: `c${i % 3}` }, data });
  }
  out.splice(13, 0, { id: '', period: 'x', data: {} });
  return out;
}

async function collect(items: AsyncIterable<BatchItem>): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const expected = records().map((r) => {
  try {
    return engine.evaluate(undefined, r, { explain: false });
  } catch {
    return null;
  }
});

describe('createScorer', () => {
  it('agrees with evaluateCompiled on totals, possible points and decisions', () => {
    const cf = engine.compile(fw);
    const score = createScorer(cf);
    const r = { id: 'p', period: '2024', data: { hours: 45, reads: true, isTeacher: false, lang: 'none' } };
    // Hand-computed: A.1 10 + A.2 5 = 15, B.1 missing (no score), B.2 not applicable: possible 25.
    // Both titles need 20/25 points, reachable only if B.1 scores: undetermined (excellent's rule holds).
    expect(score(r)).toEqual({
      person: 'p',
      total: 15,
      possible: 25,
      missing: 1,
      decisions: ['undetermined', 'undetermined'],
      // Criterion A: A.1 + A.2 = 15; criterion B: B.1 missing and B.2 not applicable count 0.
      criteria: [15, 0],
    });
    for (const rec of records().filter((x) => (x as { id: string }).id !== '')) {
      const e = evaluateCompiled(cf, rec as never);
      const s = score(rec as never);
      expect([s.total, s.possible, s.decisions]).toEqual([e.total, e.possible, e.titles.map((t) => t.decision)]);
    }
  });
});

describe('createScorer on the benchmark framework', () => {
  it('agrees with evaluateCompiled when evidence is missing here and there (3,000 seeded records)', async () => {
    const { makeRecord } = (await import('../bench/records.mjs')) as {
      makeRecord: (i: number, seed: number) => { data: Record<string, unknown> };
    };
    const bench = createEngine();
    const cf = bench.compile(
      bench.load(JSON.parse(readFileSync(new URL('../bench/framework.json', import.meta.url), 'utf8'))),
    );
    const score = createScorer(cf);
    const fields = Object.keys(cf.framework.evidence);
    let undetermined = 0;
    for (let i = 0; i < 3000; i++) {
      const r = makeRecord(i, 7);
      // Drop one field in three records (a different one each time): missing indicators, undetermined titles.
      if (i % 3 === 0) delete r.data[fields[i % fields.length] as string];
      const e = evaluateCompiled(cf, r as never, { explain: false, gap: false });
      const s = score(r as never);
      expect([s.total, s.possible, s.missing, s.decisions, s.criteria]).toEqual([
        e.total,
        e.possible,
        e.indicators.filter((x) => x.status === 'missing').length,
        e.titles.map((t) => t.decision),
        e.criteria.map((c) => c.points),
      ]);
      if (s.decisions.includes('undetermined')) undetermined++;
    }
    expect(undetermined).toBeGreaterThan(50);
  });
});

describe('evaluateBatch', () => {
  it('yields one item per record in input order, equal to single evaluations (this thread)', async () => {
    const items = await collect(evaluateBatch(engine, records()));
    expect(items.map((i) => i.index)).toEqual(records().map((_, i) => i));
    expect(items[13]?.issues?.[0]?.code).toBe('invalid_record');
    expect(items.map((i) => i.evaluation ?? null)).toEqual(expected);
  });

  it.each([1, 2])(
    'gives the same results with %i worker thread(s), in order',
    async (workers) => {
      const items = await collect(evaluateBatch(engine, records(), { workers, sources, chunkSize: 7 }));
      expect(items.map((i) => i.index)).toEqual(records().map((_, i) => i));
      expect(items.map((i) => i.evaluation ?? null)).toEqual(expected);
      expect(items[13]?.issues?.[0]?.code).toBe('invalid_record');
    },
    20_000,
  );

  it('yields lean scores with the framework, unit and title ids', async () => {
    const items = await collect(evaluateBatch(engine, records().slice(0, 2), { detail: 'score', framework: fw }));
    expect(items[0]?.score).toEqual({
      person: 'p0',
      total: expected[0]?.total,
      possible: expected[0]?.possible,
      missing: 1,
      decisions: expected[0]?.titles.map((t) => t.decision),
      criteria: expected[0]?.criteria.map((c) => c.points),
      framework: { id: 'test-basic', version: '1.0.0' },
      period: { from: '2024-01-01', to: '2024-12-31' },
      unit: { commune: 'c0' },
      titles: ['learner', 'excellent'],
    });
  });

  it('sends a loaded framework to workers without sources', async () => {
    const here = await collect(evaluateBatch(engine, records(), { framework: fw }));
    const there = await collect(evaluateBatch(engine, records(), { framework: fw, workers: 1, chunkSize: 20 }));
    expect(there).toEqual(here);
    expect(there.map((i) => i.evaluation ?? null)).toEqual(expected);
  }, 20_000);

  it('refuses workers when the engine has a plugin given as an object, not a module', () => {
    const withPlugin = createEngine({ plugins: [{ name: 'inline-test' }] });
    expect(() => evaluateBatch(withPlugin, records(), { workers: 1, sources })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'batch_plugins_required' })] }),
    );
  });

  it('ends the iteration with batch_worker_failed when a worker cannot start', async () => {
    const missing = fileURLToPath(new URL('./fixtures/no-such-plugin.js', import.meta.url));
    await expect(
      collect(evaluateBatch(engine, records(), { framework: fw, workers: 1, plugins: [missing] })),
    ).rejects.toMatchObject({
      issues: [{ code: 'batch_worker_failed' }],
    });
  }, 20_000);

  it('refuses workers without framework sources', () => {
    expect(() => evaluateBatch(engine, records(), { workers: 1 })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'batch_sources_required' })] }),
    );
  });

  it('gives lean scores equal to this thread with 2 workers, sharing frozen units within a block', async () => {
    const here = await collect(evaluateBatch(engine, records(), { detail: 'score' }));
    const there = await collect(
      evaluateBatch(engine, records(), { detail: 'score', workers: 2, sources, chunkSize: 5 }),
    );
    expect(there).toEqual(here);
    expect(there[0]?.score?.decisions).toEqual(expected[0]?.titles.map((t) => t.decision));
  }, 20_000);
});

describe('evaluateNdjson', () => {
  const lines = records().map((r) => JSON.stringify(r));
  lines.splice(3, 0, '', '{not json');
  const text = `${lines.join('\n')}\n`;
  async function* pieces(): AsyncGenerator<string> {
    for (let i = 0; i < text.length; i += 100) yield text.slice(i, i + 100);
  }

  it.each([0, 2])(
    'parses and evaluates line by line with %i workers, byte-identical output',
    async (workers) => {
      const items = await collect(evaluateNdjson(engine, pieces(), { workers, sources }));
      // Line 4 is blank (skipped), line 5 is not JSON; records keep their order after it.
      expect(items[3]).toMatchObject({ index: 3, row: 5, issues: [{ code: 'invalid_json' }] });
      expect(items.map((i) => i.row)).toEqual([
        1,
        2,
        3,
        5,
        ...records()
          .slice(3)
          .map((_, k) => k + 6),
      ]);
      const evaluations = items.filter((i) => i.row !== 5).map((i) => i.evaluation ?? null);
      expect(JSON.stringify(evaluations)).toBe(JSON.stringify(expected));
    },
    20_000,
  );

  it('parses clean blocks in one go and still tells rows apart (fast path, 1 worker)', async () => {
    const clean = `${records()
      .map((r) => JSON.stringify(r))
      .join('\n')}\n`;
    const items = await collect(evaluateNdjson(engine, [clean], { workers: 1, sources }));
    expect(items.map((i) => i.row)).toEqual(records().map((_, k) => k + 1));
    expect(JSON.stringify(items.map((i) => i.evaluation ?? null))).toBe(JSON.stringify(expected));
  }, 20_000);

  it('never lets rows that are invalid alone pass as one record when joined', async () => {
    // Together `[{"a":[1\n,2]},{"id":…}]` would be valid JSON with two elements for two lines.
    const good = JSON.stringify(records()[0]);
    const text = `{"a":[1\n2]},${good}\n${good}\n`;
    const items = await collect(evaluateNdjson(engine, [text]));
    expect(items.map((i) => [i.row, i.issues?.[0]?.code ?? 'ok'])).toEqual([
      [1, 'invalid_json'],
      [2, 'invalid_json'],
      [3, 'ok'],
    ]);
  });

  it('reads a file path', async () => {
    const path = fileURLToPath(new URL('./fixtures/frameworks/basic.json', import.meta.url));
    const items = await collect(evaluateNdjson(engine, path));
    // A pretty-printed JSON file is not NDJSON: its first line is `{`, which does not parse.
    expect(items[0]?.issues?.[0]?.code).toBe('invalid_json');
    expect(items.length).toBe(
      readFileSync(path, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '').length,
    );
  });
});
