// NDJSON blocks are decoded and parsed in pieces of at most 32 KiB of lines (strings of more than
// 128 KiB cost V8 ten times as much per byte): however the lines fall across pieces — many short
// ones, one longer than a piece, one repeating a key — every line gives what the per-record door
// gives for it, in order, with the same line numbers.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/index.js';
import { _parseBlock } from '../src/node/batch/ndjsonLines.js';
import { evaluateBatch, evaluateNdjsonText } from '../src/node.js';

const label = (vi: string, en: string) => ({ vi, en });
const framework = {
  id: 'pieces-test',
  version: '1.0.0',
  group: 'citizen',
  title: label('Thử cắt khối', 'Piece test'),
  effective: { from: '2024-01-01' },
  evidence: {
    hours: { type: 'number', label: label('Số giờ', 'Hours') },
    village: { type: 'string', label: label('Thôn', 'Village') },
  },
  criteria: [
    {
      id: 'A',
      label: label('Học tập', 'Learning'),
      indicators: [
        { id: 'A.1', label: label('Giờ học', 'Hours'), points: 10, award: { '>=': [{ var: 'hours' }, 30] } },
        {
          id: 'A.2',
          label: label('Thôn', 'Village'),
          points: 5,
          award: { in: [{ var: 'village' }, ['Kon Rẫy', 'Đắk Kôi']] },
        },
      ],
    },
  ],
  titles: [{ id: 't', label: label('Đạt', 'Passed'), requirements: { total: 10 } }],
};

function person(i: number, village: string) {
  return {
    id: `Người ${i}`,
    period: '2024',
    unit: { province: 'Kon Tum', commune: i % 3 ? 'Đắk Kôi' : 'Đăk Ruồng' },
    data: { hours: (i * 7) % 50, village },
  };
}

async function viaText(lines: string[], workers: number) {
  const engine = createEngine();
  const fw = engine.load(framework);
  const decoder = new TextDecoder();
  let out = '';
  const rejected: [number, string][] = [];
  const options = { framework: fw, workers };
  for await (const block of evaluateNdjsonText(engine, [`${lines.join('\n')}\n`], options)) {
    for (const bytes of block.pieces) out += decoder.decode(bytes);
    for (const [k, issues] of block.issues) rejected.push([block.rows[k] as number, issues[0]?.code ?? '']);
  }
  return { out, rejected };
}

async function reference(records: unknown[]): Promise<string> {
  const engine = createEngine();
  const fw = engine.load(framework);
  let out = '';
  for await (const item of evaluateBatch(engine, records, { framework: fw, workers: 0 }))
    if (item.evaluation !== undefined) out += `${JSON.stringify(item.evaluation)}\n`;
  return out;
}

describe('NDJSON blocks parsed in pieces', () => {
  // ~150 bytes a line: a 256 KiB block holds several 32 KiB pieces, and lines fall on every offset.
  const records = Array.from({ length: 4000 }, (_, i) => person(i, i % 2 ? 'Kon Rẫy' : 'Đắk Kôi'));
  // A line longer than a piece (~60 KiB of Vietnamese text), between short ones.
  records[1500] = person(1500, 'Kon Rẫy '.repeat(6000).trim());

  it('gives every line of many pieces, one longer than a piece among them, as the record door does', async () => {
    const lines = records.map((r) => JSON.stringify(r));
    expect(lines.reduce((n, l) => n + l.length, 0)).toBeGreaterThan(2 * 256 * 1024);
    expect(new TextEncoder().encode(lines[1500]).length).toBeGreaterThan(32 * 1024);
    const expected = await reference(records);
    expect(expected.split('\n')).toHaveLength(4001);
    // hours 0..49 by (i*7) % 50, and both villages listed: 10 + 5 when hours ≥ 30, else 5.
    expect(expected.split('\n')[5]).toContain('"total":15'); // i = 5: hours 35
    expect(expected.split('\n')[1]).toContain('"total":5'); // i = 1: hours 7
    for (const workers of [0, 2]) {
      const { out, rejected } = await viaText(lines, workers);
      expect(rejected).toEqual([]);
      expect(out).toBe(expected);
    }
  });

  it('rejects a line repeating a key with its own line number, the others evaluated in order', async () => {
    const lines = records.map((r) => JSON.stringify(r));
    const twice = lines[2100]?.replace('"period":"2024"', '"period":"2024","period":"2023"') as string;
    expect(twice).not.toBe(lines[2100]);
    lines[2100] = twice;
    const kept = records.filter((_, i) => i !== 2100);
    const expected = await reference(kept);
    for (const workers of [0, 2]) {
      const { out, rejected } = await viaText(lines, workers);
      expect(rejected).toEqual([[2101, 'duplicate_key']]);
      expect(out).toBe(expected);
    }
  });
});

describe('_parseBlock', () => {
  const encoder = new TextEncoder();
  const block = (lines: string[]) => encoder.encode(`${lines.join('\n')}\n`);

  it('parses a block of many pieces, one line longer than a piece, into one value per line', () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: `Người ${i}`, data: { v: i, s: i === 1200 ? 'Rẫy '.repeat(12000) : 'Đắk Kôi' } }),
    );
    const parsed = _parseBlock(block(lines), new TextDecoder());
    expect(parsed?.nfc).toBe(true);
    expect(parsed?.values).toHaveLength(3000);
    expect(parsed?.values).toEqual(lines.map((l) => JSON.parse(l)));
  });

  it('gives up on a block whose line repeats a key, leaving its bytes as they were', () => {
    const lines = ['{"id":"a","v":1}', '{"id":"b","v":2,"v":3}', '{"id":"c","v":4}'];
    const bytes = block(lines);
    const before = bytes.slice();
    expect(_parseBlock(bytes, new TextDecoder())).toBeUndefined();
    expect(bytes).toEqual(before);
  });
});
