import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/index.js';
import { _evaluateNdjsonText } from '../src/node/batch/ndjsonText.js';
import type { TextBatchBlock } from '../src/node.js';
import { evaluateNdjsonText, loadCriteria, readFrameworkInputs, resolveBundledCriteriaDir } from '../src/node.js';

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

  it('gives the same bytes and columns whether this thread evaluates the first blocks while the workers start or not', async () => {
    await loaded;
    const options = {
      framework: 'cdht-household',
      sources: await sources,
      detail: 'summary',
      file: 'm.ndjson',
    } as const;
    const here = shown(await collect(evaluateNdjsonText(engine, [bytes], { ...options, workers: 0 })));
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
      const there = shown(await collect(_evaluateNdjsonText(engine, [bytes], { ...options, workers: 2 }, headStart)));
      expect(there.lines, `head start ${headStart}`).toEqual(here.lines);
      expect(there.text === here.text, `head start ${headStart}`).toBe(true);
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
