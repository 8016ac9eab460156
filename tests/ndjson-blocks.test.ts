// lineBlocks copies the lines of a block as runs of the chunk they came in: these tests hold it to
// the plain rule, line by line — every readable, non-blank line's content followed by one LF, with
// its line number — whatever the line ends (LF, CRLF, CR), blank lines, bad bytes and chunking.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LineBlock, lineBlocks } from '../src/node/batch/ndjsonBlocks.js';

async function blocksOf(chunks: Uint8Array[], reuse: boolean): Promise<LineBlock[]> {
  let memory = new Uint8Array(0);
  const space = (size: number) => {
    if (memory.length < size) memory = new Uint8Array(size);
    return { slot: 0, bytes: memory.subarray(0, size) };
  };
  const out: LineBlock[] = [];
  // With a reused space each block is copied before the next is cut, as its callers use it.
  for await (const b of lineBlocks(chunks, undefined, reuse ? space : undefined)) {
    out.push({ ...b, bytes: Uint8Array.from(b.bytes) });
  }
  return out;
}

/** What the blocks must hold: each readable, non-blank line and its number, line ends counted as CR, LF and CRLF. */
function expected(text: Buffer): { bytes: Buffer; rows: number[]; rejected: number[] } {
  const parts: Buffer[] = [];
  const rows: number[] = [];
  const rejected: number[] = [];
  let row = 1;
  let start = 0;
  const take = (end: number) => {
    const line = text.subarray(start, end);
    const bad = line.includes(0) || !Buffer.from(line.toString('utf8'), 'utf8').equals(line);
    if (bad) rejected.push(row);
    else if (!/^[ \t]*$/.test(line.toString('latin1'))) {
      parts.push(line, Buffer.from('\n'));
      rows.push(row);
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== 0x0a && c !== 0x0d) continue;
    take(i);
    if (c === 0x0d && text[i + 1] === 0x0a) i++;
    row++;
    start = i + 1;
  }
  if (start < text.length) take(text.length);
  return { bytes: Buffer.concat(parts), rows, rejected };
}

const LINE = fc.constantFrom(
  '{"id":"a","n":1}',
  '{"id":"Nguyễn Văn A","x":[1,2,{"y":"ẫ"}]}',
  '   ',
  '',
  '\t{"id":"t"}',
  '{"id":"bad\u0000byte"}',
  '{"id":"x"}  ',
);
const END = fc.constantFrom('\n', '\r\n', '\r');

describe('lineBlocks', () => {
  it('holds each readable line once, with one LF, in line order, however the input is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(LINE, END, fc.boolean()), { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.boolean(),
        async (lines, cuts, lastEnd, reuse) => {
          const pieces = lines.map(([line, end, bad], i) => {
            const b = Buffer.from(line + (i < lines.length - 1 || lastEnd ? end : ''));
            // A byte that is not UTF-8 in some lines.
            return bad && b.length > 2 ? Buffer.concat([b.subarray(0, 1), Buffer.from([0xff]), b.subarray(1)]) : b;
          });
          const text = Buffer.concat(pieces);
          const chunks: Uint8Array[] = [];
          for (let at = 0, k = 0; at < text.length; k++) {
            const n = cuts[k % cuts.length] as number;
            chunks.push(Uint8Array.from(text.subarray(at, at + n)));
            at += n;
          }
          const blocks = await blocksOf(chunks, reuse);
          const want = expected(text);
          expect(Buffer.concat(blocks.map((b) => b.bytes)).toString('latin1')).toBe(want.bytes.toString('latin1'));
          expect(blocks.flatMap((b) => [...b.lines])).toEqual(want.rows);
          expect(blocks.flatMap((b) => b.rejected.map((r) => r.row))).toEqual(want.rejected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('cuts a large input into several blocks of whole lines, copied as they are when lines end with LF', async () => {
    const line = (i: number) => `{"id":"P${String(i).padStart(8, '0')}","period":"2025","data":{"name":"Đinh Thị Hà"}}`;
    const text = Buffer.from(`${Array.from({ length: 20000 }, (_, i) => line(i)).join('\n')}\n`);
    const chunks = Array.from({ length: Math.ceil(text.length / 65536) }, (_, k) =>
      text.subarray(k * 65536, (k + 1) * 65536),
    );
    for (const reuse of [false, true]) {
      const blocks = await blocksOf(chunks, reuse);
      expect(blocks.length).toBeGreaterThan(2);
      for (const b of blocks) expect(b.bytes[b.bytes.length - 1]).toBe(0x0a);
      expect(Buffer.concat(blocks.map((b) => b.bytes)).equals(text)).toBe(true);
      expect(blocks.flatMap((b) => [...b.lines])).toEqual(Array.from({ length: 20000 }, (_, i) => i + 1));
    }
  });
});
