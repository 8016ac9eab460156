/*
 * The batch NDJSON fast path (evaluateNdjson, which cuts blocks of lines and parses a block with
 * one JSON.parse, here or in worker threads) reads lines by the same rules as the evidence reader
 * (readEvidence, and so cdht evaluate): CR, LF and CRLF end lines, a byte-order mark is skipped, a
 * NUL or a byte that is not UTF-8 rejects its line, a key repeated inside a line rejects it, a line
 * over the record cap rejects it, UTF-16 is one whole-file error. Every line comes out once, with
 * the same row number and the same issues through both doors.
 */
import { describe, expect, it } from 'vitest';
import { CdhtError, createEngine, type Issue } from '../../src/index.js';
import { evaluateNdjson } from '../../src/node/batch/batch.js';
import type { BatchItem } from '../../src/node/batch/batchCore.js';
import { READER_LIMITS } from '../../src/node/readers/types.js';
import { readEvidence } from '../../src/node.js';
import { fixture } from '../helpers.js';

const source = fixture('frameworks/basic.json');
const sources = [{ file: 'basic.json', json: source }];
const engine = createEngine();
const fw = engine.load(source, { file: 'basic.json' });

const good = (id: string, hours = 10): string =>
  JSON.stringify({
    id,
    period: '2024',
    data: { hours, reads: true, isTeacher: false, lang: 'good', score: { self: 7 } },
  });

/** What one door says of a row: its number and person when evaluated, or its issues' codes and params. */
type Seen = { row: number; id?: string | undefined } | { row: number; issues: { code: string; params: unknown }[] };

const brief = (issues: readonly Issue[]) => issues.map((i) => ({ code: i.code, params: i.params }));

async function batchSays(bytes: Uint8Array, workers = 0): Promise<Seen[]> {
  const out: Seen[] = [];
  // Chunks of 7 bytes: every line end, mark and multi-byte character is split somewhere.
  const chunks = async function* () {
    for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
  };
  const items = evaluateNdjson(engine, chunks(), { framework: fw, workers, sources, duplicates: false });
  for await (const item of items as AsyncIterable<BatchItem>) {
    out.push(item.issues ? { row: item.row ?? -1, issues: brief(item.issues) } : { row: item.row ?? -1, id: item.id });
  }
  return out;
}

async function readerSays(bytes: Uint8Array): Promise<Seen[]> {
  const out: Seen[] = [];
  const stream = (async function* () {
    yield bytes;
  })();
  for await (const r of readEvidence(stream, { format: 'ndjson', evidence: fw.evidence, detectDuplicates: false })) {
    out.push('record' in r ? { row: r.row, id: r.record.id } : { row: r.row, issues: brief(r.rejected.issues) });
  }
  return out;
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const join = (...parts: (string | Uint8Array)[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('evaluateNdjson reads lines like the evidence reader', () => {
  it('a CR-only file gives every line (Mac line ends), numbered by line', async () => {
    const bytes = text([good('a'), good('b'), good('c')].join('\r'));
    const says = await batchSays(bytes);
    expect(says).toEqual([
      { row: 1, id: 'a' },
      { row: 2, id: 'b' },
      { row: 3, id: 'c' },
    ]);
    expect(says).toEqual(await readerSays(bytes));
  });

  it('CR, LF and CRLF mixed, blank lines counted, a byte-order mark skipped', async () => {
    const bytes = text(`\uFEFF${good('a')}\r\n${good('b')}\r${good('c')}\n\n${good('d')}\r\n\r\n${good('e')}`);
    const says = await batchSays(bytes);
    expect(says.map((s) => [s.row, 'id' in s ? s.id : 'rejected'])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [5, 'd'],
      [7, 'e'],
    ]);
    expect(says).toEqual(await readerSays(bytes));
  });

  it('a NUL byte and a byte that is not UTF-8 reject their line only, naming the byte', async () => {
    const nulLine = join(good('b').slice(0, 10), new Uint8Array([0]), good('b').slice(10));
    const latin1 = join('{"id":"c","period":"2024","data":{"lang":"', new Uint8Array([0xe9]), '"}}');
    const bytes = join(good('a'), '\n', nulLine, '\n', latin1, '\n', good('d'), '\n');
    const says = await batchSays(bytes);
    const offset = good('a').length + 1;
    expect(says).toEqual([
      { row: 1, id: 'a' },
      { row: 2, issues: [{ code: 'invalid_encoding', params: { kind: 'nul', row: 2, byte: offset + 10 } }] },
      {
        row: 3,
        issues: [
          {
            code: 'invalid_encoding',
            params: { kind: 'not_utf8', row: 3, byte: offset + nulLine.length + 1 + 42 },
          },
        ],
      },
      { row: 4, id: 'd' },
    ]);
    expect(says).toEqual(await readerSays(bytes));
  });

  it('a key repeated inside a line rejects that line, naming the key, its path and column', async () => {
    const twice = '{"id":"b","period":"2024","data":{"hours":40,"reads":true,"hours":1}}';
    const bytes = text([good('a'), twice, good('c')].join('\n'));
    const says = await batchSays(bytes);
    expect(says).toEqual([
      { row: 1, id: 'a' },
      {
        row: 2,
        issues: [
          {
            code: 'duplicate_key',
            params: { kind: 'record', key: 'hours', at: { line: 2, column: twice.lastIndexOf('"hours"') + 1 } },
          },
        ],
      },
      { row: 3, id: 'c' },
    ]);
    expect(says).toEqual(await readerSays(bytes));
  });

  it('a line over the record cap rejects that line and the lines after it are read', async () => {
    const huge = `{"id":"b","period":"2024","data":{"lang":"${'x'.repeat(READER_LIMITS.recordBytes)}"}}`;
    const bytes = text([good('a'), huge, good('c')].join('\n'));
    const says = await batchSays(bytes);
    expect(says).toEqual([
      { row: 1, id: 'a' },
      {
        row: 2,
        issues: [{ code: 'record_too_large', params: { row: 2, limit: READER_LIMITS.recordBytes, unit: 'bytes' } }],
      },
      { row: 3, id: 'c' },
    ]);
    expect(says).toEqual(await readerSays(bytes));
  });

  it('invalid JSON rejects its line with the parser message, as the reader does', async () => {
    const bytes = text([good('a'), '{"id":"b",', good('c'), '   ', good('d')].join('\n'));
    const says = await batchSays(bytes);
    expect(says.map((s) => s.row)).toEqual([1, 2, 3, 5]);
    expect(says[1]).toMatchObject({ issues: [{ code: 'invalid_json', params: { kind: 'line', line: 2 } }] });
    expect(says).toEqual(await readerSays(bytes));
  });

  it('a UTF-16 file is one whole-file error, not one rejected line', async () => {
    const bytes = new Uint8Array(Buffer.from(`\uFEFF${good('a')}\n${good('b')}\n`, 'utf16le'));
    const error = await batchSays(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CdhtError);
    expect((error as CdhtError).issues[0]).toMatchObject({ code: 'invalid_encoding', params: { kind: 'utf16' } });
  });

  it('with 2 worker threads, a hostile file gives the same items in the same order', async () => {
    const lines: (string | Uint8Array)[] = [];
    for (let i = 0; i < 3000; i++) {
      const k = i % 50;
      if (k === 7) lines.push(join(good(`p${i}`).slice(0, 5), new Uint8Array([0]), good(`p${i}`).slice(5)));
      else if (k === 11) lines.push(`{"id":"p${i}","id":"q","period":"2024","data":{}}`);
      else if (k === 13) lines.push('not json');
      else if (k === 17) lines.push('');
      else lines.push(good(`p${i}`, i % 50));
      lines.push(i % 3 === 0 ? '\r' : i % 3 === 1 ? '\n' : '\r\n');
    }
    const bytes = join(...lines);
    const here = await batchSays(bytes);
    expect(here).toHaveLength(3000 - 60);
    expect(await batchSays(bytes, 2)).toEqual(here);
    expect(here).toEqual(await readerSays(bytes));
  });
});
