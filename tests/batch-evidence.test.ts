import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/index.js';
import type { BatchItem } from '../src/node/batch/batchCore.js';
import {
  evaluateEvidence,
  evaluateNdjsonText,
  loadCriteria,
  readFrameworkInputs,
  readJsonRows,
  resolveBundledCriteriaDir,
} from '../src/node.js';

const DIR = 'tests/fixtures/evidence/';

async function collect(items: AsyncIterable<BatchItem>): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const summary = (items: BatchItem[]) =>
  items.map((i) => [i.row, i.id ?? null, i.issues?.map((x) => x.code).join('+') ?? i.evaluation?.total]);

const engine: Engine = createEngine();
const loaded = loadCriteria(engine, [resolveBundledCriteriaDir()]);
const sources = readFrameworkInputs([resolveBundledCriteriaDir()]).then((r) => r.inputs);

describe('evaluateEvidence', () => {
  it('gives every NDJSON row once, in order: unreadable lines, invalid records, duplicates and evaluations', async () => {
    await loaded;
    const items = await collect(evaluateEvidence(engine, `${DIR}mixed.ndjson`, { framework: 'cdht-household' }));
    // 8 lines, one blank: P1 (8 + 9 = 17 points), P2 (7), line 4 not JSON, P3 scores 12 (out of 0–10),
    // P1 again (duplicate of line 1), P5 without a period, P4 (6).
    expect(summary(items)).toEqual([
      [1, 'P1', 17],
      [3, 'P2', 7],
      [4, null, 'invalid_json'],
      [5, 'P3', 'invalid_evidence'],
      [6, 'P1', 'duplicate_record'],
      [7, 'P5', 'invalid_record'],
      [8, 'P4', 6],
    ]);
    expect(items.map((i) => i.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(items[3]?.issues?.[0]?.file).toBe(`${DIR}mixed.ndjson`);
    // P2 carries a field cdht-household does not declare: a warning, not a rejection. P1's
    // undeclared birthDate is the person's, read for the recognition list: no warning.
    expect(items[0]?.warnings).toBeUndefined();
    expect(items[1]?.warnings?.map((w) => w.path)).toEqual([['data', 'learningActivities']]);
    expect(items[6]?.warnings).toBeUndefined();
  });

  it('puts the rows the CSV reader rejects back in their place when workers evaluate the rest', async () => {
    await loaded;
    const here = await collect(evaluateEvidence(engine, `${DIR}broken.csv`, { framework: 'cdht' }));
    const there = await collect(
      evaluateEvidence(engine, `${DIR}broken.csv`, {
        framework: 'cdht',
        workers: 2,
        sources: await sources,
        chunkSize: 1,
      }),
    );
    expect(summary(here)).toEqual([
      [2, 'B1', 8],
      [3, null, 'invalid_csv'],
      [4, null, 'invalid_csv'],
      [5, null, 'invalid_csv'],
      [6, 'B5', 6],
      [7, null, 'invalid_csv'],
    ]);
    expect(JSON.stringify(there)).toBe(JSON.stringify(here));
  }, 30_000);

  it('throws at once for a framework id no loaded framework has, before reading', async () => {
    await loaded;
    expect(() => evaluateEvidence(engine, `${DIR}no-such-file.ndjson`, { framework: 'nope' })).toThrow(
      expect.objectContaining({ code: 'unknown_framework' }),
    );
  });
});

describe('evaluateNdjsonText', () => {
  it('serialises what evaluateEvidence yields: the same rows, rejects and duplicates, bytes identical for any worker count', async () => {
    await loaded;
    // mixed.ndjson plus a line that is not UTF-8 (rejected while the blocks are cut, put back in place).
    const text = readFileSync(`${DIR}mixed.ndjson`);
    const bytes = Buffer.concat([text, Buffer.from([0x7b, 0xff, 0x7d, 0x0a])]);
    const expected = await collect(
      evaluateEvidence(engine, Readable.from([bytes]), { framework: 'cdht-household', format: 'ndjson' }),
    );
    expect(expected.at(-1)?.issues?.[0]?.code).toBe('invalid_encoding');
    const summaries = expected.flatMap((i) =>
      i.evaluation === undefined
        ? []
        : [
            JSON.stringify({
              ...i.evaluation,
              indicators: [],
              titles: i.evaluation.titles.map((t) => ({ id: t.id, decision: t.decision, reasons: [], gap: null })),
            }),
          ],
    );
    for (const workers of [0, 2]) {
      const blocks = [];
      const options = { framework: 'cdht-household', workers, sources: await sources, detail: 'summary' } as const;
      for await (const b of evaluateNdjsonText(engine, [bytes], { ...options, file: 'mixed.ndjson' })) blocks.push(b);
      const rows = blocks.flatMap((b) =>
        Array.from({ length: b.count }, (_, k) => [
          b.rows[k],
          b.ids[k] ?? null,
          b.kinds[k] === 2
            ? b.issues
                .get(k)
                ?.map((i) => i.code)
                .join('+')
            : (b.outcomes[b.outcomeOf[k] as number] ?? []),
        ]),
      );
      expect(rows).toEqual(
        expected.map((i) => [
          i.row,
          i.id ?? null,
          i.issues?.map((x) => x.code).join('+') ??
            i.evaluation?.titles.map((t) => ({ id: t.id, decision: t.decision })),
        ]),
      );
      // Warnings (P2) are told apart from clean evaluations; rejected issues name the file.
      expect(blocks.flatMap((b) => [...b.kinds])).toEqual([0, 1, 2, 2, 2, 2, 0, 2]);
      expect(blocks[0]?.issues.get(2)?.[0]?.file).toBe('mixed.ndjson');
      const out = Buffer.concat(blocks.flatMap((b) => b.pieces)).toString('utf8');
      expect(out, `workers ${workers}`).toBe(summaries.map((l) => `${l}\n`).join(''));
    }
    // JSON array elements: each after ",\n".
    const json = [];
    for await (const b of evaluateNdjsonText(engine, [bytes], { framework: 'cdht-household', output: 'json' }))
      json.push(...b.pieces);
    const full = expected.flatMap((i) => (i.evaluation === undefined ? [] : [JSON.stringify(i.evaluation)]));
    expect(Buffer.concat(json).toString('utf8')).toBe(full.map((l) => `,\n${l}`).join(''));
  }, 30_000);
});

describe('readJsonRows', () => {
  it('reads any JSON rows with the evidence readers: values, and issues for what is not JSON', async () => {
    const rows = [];
    for await (const r of readJsonRows(`${DIR}mixed.ndjson`))
      rows.push('value' in r ? r.row : [r.row, r.issues[0]?.code]);
    expect(rows).toEqual([1, 3, [4, 'invalid_json'], 5, 6, 7, 8]);
  });
});
