import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError, openOutputFile } from '../src/cli/outputFile.js';

const folder = () => mkdtempSync(join(tmpdir(), 'cdht-outfile-'));

describe('openOutputFile: a regular file written by this thread through a reused buffer', () => {
  it('keeps every write, in order, whatever its size and kind, and renames the file when committed', async () => {
    const dir = folder();
    const path = join(dir, 'out.ndjson');
    const file = await openOutputFile(path, 'out.ndjson');
    const big = Buffer.alloc(200_000, 0x61); // over the gathering buffer: written straight through
    const mid = Buffer.alloc(40_000, 0x62); // over half of it: also written straight through
    const longText = 'ễ'.repeat(30_000); // 90,000 bytes of UTF-8: encoded apart
    const parts: (string | Uint8Array)[] = ['{"a":1}\n', new Uint8Array([0x7b, 0x7d, 0x0a]), 'Nguyễn Văn A\n'];
    for (let i = 0; i < 3_000; i++) parts.push(`{"row":${i}}\n`); // ~38 KB of small rows: gathered
    parts.push(big, 'x\n', mid, longText, new Uint8Array(0), '', 'end\n');
    for (const p of parts) expect(file.stream.write(p)).toBe(true);
    // Nothing is under the final name until commit.
    expect(existsSync(path)).toBe(false);
    await file.commit();
    const expected = Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
    expect(readFileSync(path).equals(expected)).toBe(true);
    // '{"a":1}\n' 8, '{}\n' 3, 'Nguyễn Văn A\n' 16 (ễ 3 bytes, ă 2); rows 0–9 10 bytes, 10–99 11,
    // 100–999 12, 1000–2999 13: 37,890; then 200,000 + 2 + 40,000 + 90,000 + 4.
    expect(readFileSync(path).length).toBe(8 + 3 + 16 + 37_890 + 200_000 + 2 + 40_000 + 90_000 + 4);
    expect(readdirSync(dir)).toEqual(['out.ndjson']);
  });

  it('a drain listener is called at once (the file never holds writes back)', async () => {
    const dir = folder();
    const file = await openOutputFile(join(dir, 'o.txt'), 'o.txt');
    let called = 0;
    file.stream.once('drain', () => called++);
    expect(called).toBe(1);
    await file.abort();
  });

  it('abort leaves an existing file as it was and no temporary file', async () => {
    const dir = folder();
    const path = join(dir, 'keep.ndjson');
    writeFileSync(path, 'before\n');
    const file = await openOutputFile(path, 'keep.ndjson');
    file.stream.write('after\n'.repeat(20_000));
    await file.abort();
    expect(readFileSync(path, 'utf8')).toBe('before\n');
    expect(readdirSync(dir)).toEqual(['keep.ndjson']);
    // A write after the end is an error naming the file, not lost silently.
    expect(() => file.stream.write('late\n')).toThrow(OutputError);
  });

  it('an existing output is replaced whole on commit', async () => {
    const dir = folder();
    const path = join(dir, 'r.ndjson');
    writeFileSync(path, 'x'.repeat(100_000));
    const file = await openOutputFile(path, 'r.ndjson');
    file.stream.write('short\n');
    await file.commit();
    expect(readFileSync(path, 'utf8')).toBe('short\n');
  });

  it('a missing folder is an OutputError naming the file as typed', async () => {
    const dir = folder();
    await expect(openOutputFile(join(dir, 'no', 'x.ndjson'), 'no/x.ndjson')).rejects.toMatchObject({
      name: 'OutputError',
      file: 'no/x.ndjson',
      errno: 'ENOENT',
    });
  });
});
