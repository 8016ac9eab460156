import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/index.js';
import type { BatchItem } from '../src/node/batch/batchCore.js';
import { _evaluateNdjsonText } from '../src/node/batch/ndjsonText.js';
import { stringifyEvaluation, type TextBatchFormat, textBlockWriter } from '../src/node/batch/textBlock.js';
import type { TextBatchBlock } from '../src/node.js';
import {
  evaluateBatch,
  evaluateNdjsonText,
  loadCriteria,
  readFrameworkInputs,
  resolveBundledCriteriaDir,
} from '../src/node.js';

const DIR = 'tests/fixtures/evidence/';
const engine: Engine = createEngine();
const loaded = loadCriteria(engine, [resolveBundledCriteriaDir()]);
const sources = readFrameworkInputs([resolveBundledCriteriaDir()]).then((r) => r.inputs);

async function collect(blocks: AsyncIterable<TextBatchBlock>): Promise<TextBatchBlock[]> {
  const out: TextBatchBlock[] = [];
  for await (const b of blocks) out.push(b);
  return out;
}

/** Everything a block tells, per line, and the bytes written. */
function shown(blocks: readonly TextBatchBlock[]) {
  const lines = blocks.flatMap((b) =>
    Array.from({ length: b.count }, (_, k) => ({
      row: b.rows[k],
      id: b.ids[k] ?? null,
      kind: b.kinds[k],
      issues: b.issues.get(k)?.map((i) => `${i.code}@${i.file}`) ?? null,
      outcomes: b.kinds[k] === 2 ? null : b.outcomes[b.outcomeOf[k] as number],
    })),
  );
  return { lines, text: Buffer.concat(blocks.flatMap((b) => b.pieces)).toString('utf8') };
}

describe('evaluateNdjsonText with workers', () => {
  // mixed.ndjson (an unreadable line, invalid records, a duplicate, a warning), a line that is not
  // UTF-8, then the same records again under other ids, many times: several blocks of 256 KB.
  const base = readFileSync(`${DIR}mixed.ndjson`, 'utf8');
  const copies = Array.from({ length: 600 }, (_, c) => base.replace(/"P(\d)"/g, `"P$1-${c}"`));
  // Line 11 + 300 * 9 is balanced JSON with a wrong token: only its own piece of
  // 32 KiB is read line by line (the others of its block are parsed whole), and only it is rejected.
  copies[300] = `{"id":"Q1","period":"2025","data":{"x":tru}}\n${copies[300]}`;
  const bytes = Buffer.concat([Buffer.from(base), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from(copies.join(''))]);
  // Read as a file is, in chunks (a block is cut once a chunk brings it to 256 KB): several blocks.
  const chunks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, k) =>
    bytes.subarray(k * 65536, (k + 1) * 65536),
  );

  it('gives the same bytes and columns whether this thread evaluates the first blocks while the workers start or not', async () => {
    await loaded;
    const options = {
      framework: 'cdht-household',
      sources: await sources,
      detail: 'summary',
      file: 'm.ndjson',
    } as const;
    const here = shown(await collect(evaluateNdjsonText(engine, chunks, { ...options, workers: 0 })));
    // Hand-checked start: P1, blank line 2, P2 (warning), line 4 not JSON, P3 invalid, P1 again, P5
    // without a period, P4, blank line 9, then the line that is not UTF-8.
    expect(here.lines.slice(0, 8).map((l) => [l.row, l.id, l.kind])).toEqual([
      [1, 'P1', 0],
      [3, 'P2', 1],
      [4, null, 2],
      [5, 'P3', 2],
      [6, 'P1', 2],
      [7, 'P5', 2],
      [8, 'P4', 0],
      [10, null, 2],
    ]);
    expect(here.lines[4]?.issues).toEqual(['duplicate_record@m.ndjson']);
    expect(here.lines[7]?.issues).toEqual(['invalid_encoding@m.ndjson']);
    expect(here.lines).toHaveLength(8 + 600 * 7 + 1);
    const wrong = here.lines.findIndex((l) => l.issues?.[0]?.startsWith('invalid_json') && l.row === 11 + 300 * 9);
    expect(here.lines[wrong]).toMatchObject({ id: null, kind: 2 });
    expect(here.lines[wrong + 1]).toMatchObject({ row: 12 + 300 * 9, id: 'P1-300', kind: 0 });
    expect(here.lines.filter((l) => l.issues?.[0]?.startsWith('invalid_json'))).toHaveLength(602);
    for (const headStart of [0, 1, Number.POSITIVE_INFINITY]) {
      const there = shown(
        await collect(_evaluateNdjsonText(engine, chunks, { ...options, workers: 2 }, { headStart })),
      );
      expect(there.lines, `head start ${headStart}`).toEqual(here.lines);
      expect(there.text === here.text, `head start ${headStart}`).toBe(true);
    }
  }, 60_000);

  /** The household summaries of `chunks`, as the tests of shared memory below run them. */
  const summaryOptions = async () =>
    ({ framework: 'cdht-household', sources: await sources, detail: 'summary', file: 'm.ndjson' }) as const;

  /**
   * A run consumed as a caller that reuses memory must: each block's pieces written (here, copied)
   * before the next block is asked for. Also tells whether a later block wrote over an earlier
   * block's pieces — what reuse means.
   */
  async function written(run: AsyncIterable<TextBatchBlock>) {
    const copies: Buffer[] = [];
    const held: { piece: Uint8Array; copy: Buffer }[] = [];
    const blocks: TextBatchBlock[] = [];
    let memoryUsedAgain = false;
    for await (const b of run) {
      for (const piece of b.pieces) {
        copies.push(Buffer.from(piece));
        for (const h of held) if (!Buffer.from(h.piece).equals(h.copy)) memoryUsedAgain = true;
        held.push({ piece, copy: Buffer.from(piece) });
      }
      blocks.push({ ...b, pieces: [] });
    }
    return { lines: shown(blocks).lines, text: Buffer.concat(copies).toString('utf8'), memoryUsedAgain };
  }

  it("gives the same bytes when a block's memory is used again for later blocks, with and without workers", async () => {
    await loaded;
    const options = await summaryOptions();
    const expected = shown(await collect(evaluateNdjsonText(engine, chunks, { ...options, workers: 0 })));
    expect(expected.lines.length).toBeGreaterThan(4000);
    let count = 0;
    for await (const _ of evaluateNdjsonText(engine, chunks, { ...options, workers: 0 })) count++;
    expect(count).toBeGreaterThanOrEqual(3);
    for (const workers of [0, 2]) {
      for (const headStart of [0, Number.POSITIVE_INFINITY]) {
        const what = `${workers} workers, head start ${headStart}`;
        const there = await written(
          _evaluateNdjsonText(
            engine,
            chunks,
            { ...options, workers, reuseBlocks: true },
            { headStart, blocksPerWorker: 1 },
          ),
        );
        expect(there.lines, what).toEqual(expected.lines);
        expect(there.text === expected.text, what).toBe(true);
        // The memory really is used again (else this test would not test it); with a head start,
        // the first blocks are this thread's own and too few are left for the workers' slots to come round.
        if (headStart === 0) expect(there.memoryUsedAgain, what).toBe(true);
      }
    }
  }, 60_000);

  it('gives the same bytes when blocks or their results do not fit in the shared slots (each then has a buffer of its own)', async () => {
    await loaded;
    const options = await summaryOptions();
    const expected = shown(await collect(evaluateNdjsonText(engine, chunks, { ...options, workers: 0 })));
    const outputs = expected.text.length;
    // No block fits; then inputs fit but only some results do (slots of about a block's results).
    for (const slotBytes of [
      { input: 1024, output: 1024 },
      { input: 4 << 20, output: Math.ceil(outputs / 4) },
    ]) {
      for (const reuseBlocks of [false, true]) {
        const what = `slots ${slotBytes.input}/${slotBytes.output}, reuse ${reuseBlocks}`;
        const there = await written(
          _evaluateNdjsonText(
            engine,
            chunks,
            { ...options, workers: 2, reuseBlocks },
            { headStart: 0, blocksPerWorker: 1, slotBytes },
          ),
        );
        expect(there.lines, what).toEqual(expected.lines);
        expect(there.text === expected.text, what).toBe(true);
      }
    }
  }, 60_000);

  it('fails before yielding anything when a worker cannot start, though this thread evaluated blocks meanwhile', async () => {
    await loaded;
    const missing = fileURLToPath(new URL('./fixtures/no-such-plugin.js', import.meta.url));
    const yielded: TextBatchBlock[] = [];
    const run = async () => {
      const options = { framework: 'cdht-household', workers: 1, plugins: [missing], sources: await sources } as const;
      for await (const b of evaluateNdjsonText(engine, [bytes], options)) yielded.push(b);
    };
    await expect(run()).rejects.toMatchObject({ issues: [{ code: 'batch_worker_failed' }] });
    expect(yielded).toEqual([]);
  }, 30_000);
});

describe('textBlockWriter', () => {
  const label = (vi: string, en: string) => ({ vi, en });
  const framework = {
    id: 'writer-test',
    version: '1.0.0',
    group: 'citizen',
    title: label('Thử ghi khối', 'Writer test'),
    effective: { from: '2024-01-01' },
    evidence: { note: { type: 'string', label: label('Ghi chú', 'Note') } },
    criteria: [
      {
        id: 'A',
        label: label('Ghi chú', 'Note'),
        indicators: [{ id: 'A.1', label: label('Có ghi chú', 'Noted'), points: 1, award: { '!!': [{ var: 'note' }] } }],
      },
    ],
    titles: [{ id: 't', label: label('Đạt', 'Passed'), requirements: { total: 1 } }],
  };

  it('writes each evaluation and its line end or comma, in blocks whose rows outgrow the room first reserved', async () => {
    const engine = createEngine();
    const fw = engine.load(framework);
    // 40 people; person 7's id is ~130 KB of UTF-8 (more than the 40 KiB first reserved for 40
    // rows, so the buffer grows mid-block), person 9 has no period (rejected: no bytes).
    const records = Array.from({ length: 40 }, (_, i) => ({
      id: i === 7 ? `P7 ${'Đắk Kôi '.repeat(12000)}` : `P${i}`,
      ...(i === 9 ? {} : { period: '2024' }),
      data: { note: i % 3 ? `Thôn ${i}` : '' },
    }));
    const items: BatchItem[] = [];
    for await (const item of evaluateBatch(engine, records, { framework: fw, workers: 0 })) items.push(item);
    expect(items[9]?.evaluation).toBeUndefined();
    expect(items[7]?.evaluation?.person).toHaveLength(96_003);
    const write = (list: readonly BatchItem[], format: TextBatchFormat) => {
      const writer = textBlockWriter(list.length, format, stringifyEvaluation);
      for (const item of list) writer.add(item);
      return writer.finish();
    };
    for (const format of ['ndjson', 'json'] as const) {
      const lists = [items.slice(0, 6), items, items.slice(9, 12), items.slice(6, 8), items.slice(39)];
      for (const [b, list] of lists.entries()) {
        const block = write(list, format);
        const texts = list.flatMap((i) => (i.evaluation === undefined ? [] : [JSON.stringify(i.evaluation)]));
        const text = format === 'ndjson' ? texts.map((t) => `${t}\n`).join('') : texts.map((t) => `,\n${t}`).join('');
        expect(Buffer.from(block.bytes).toString('utf8') === text, `${format} block ${b}`).toBe(true);
        // Each row's end, and nothing for the rejected one (person 9).
        let at = 0;
        const ends = list.map((i) => {
          if (i.evaluation !== undefined)
            at += Buffer.byteLength(JSON.stringify(i.evaluation)) + 2 - (format === 'ndjson' ? 1 : 0);
          return at;
        });
        expect([...block.ends], `${format} block ${b}`).toEqual(ends);
        expect([...block.kinds]).toEqual(list.map((i) => (i.evaluation === undefined ? 2 : 0)));
      }
    }
  });
});
