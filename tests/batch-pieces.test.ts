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

  it('reads escapes inside strings: an escaped quote or backslash does not end the string, \\u asks for NFC per string', () => {
    const ascii = ['{"s":"a\\"b,c","t":"d\\\\"}', '{"s":"\\\\","n":[1,{"k":"}"}]}', '"]"'];
    // Hand-written values: the quote and the backslash are escaped, brackets and commas inside strings are text.
    const asciiParsed = _parseBlock(block(ascii), new TextDecoder());
    expect(asciiParsed).toEqual({
      values: [{ s: 'a"b,c', t: 'd\\' }, { s: '\\', n: [1, { k: '}' }] }, ']'],
      nfc: true,
      shallow: true,
    });
    // Characters written as themselves are normalised once for the whole text; a \u escape may
    // write a combining mark the text does not show, so each string is normalised after parsing.
    expect(_parseBlock(block(['{"s":"Rẫy"}', '{"s":"a"}']), new TextDecoder())?.nfc).toBe(true);
    expect(_parseBlock(block(['{"s":"Rẫy"}', '{"s":"a\\u0301"}']), new TextDecoder())?.nfc).toBe(false);
    // An escaped backslash before u is not a \u escape: the text is still normalised as a whole.
    expect(_parseBlock(block(['{"s":"\\\\u0301"}']), new TextDecoder())).toEqual({
      values: [{ s: '\\u0301' }],
      nfc: true,
      shallow: true,
    });
  });

  it('gives up, bytes unchanged, when lines are not each one JSON text though the joined text parses', () => {
    const cases = [
      // A string across a line end: joined, `{"s":"a,b"}` is one value for two lines.
      ['{"s":"a', 'b"}'],
      // A comma outside brackets in line 1: joined, `1,2,"x,y"` is three values for three lines.
      ['1,2', '"x', 'y"'],
      // A line closing what the one before opened.
      ['[1', '2]'],
      // A string left open at the end of the block, after a backslash or not.
      ['{"a":1}', '"abc'],
      ['{"a":1}', '"abc\\'],
      // A closing bracket before any opening one.
      ['}{', '{"a":1}'],
    ];
    for (const lines of cases) {
      const bytes = block(lines);
      const before = bytes.slice();
      expect(_parseBlock(bytes, new TextDecoder()), lines.join('⏎')).toBeUndefined();
      expect(bytes).toEqual(before);
    }
  });

  it('gives up on a block whose line repeats a key, leaving its bytes as they were', () => {
    const lines = ['{"id":"a","v":1}', '{"id":"b","v":2,"v":3}', '{"id":"c","v":4}'];
    const bytes = block(lines);
    const before = bytes.slice();
    expect(_parseBlock(bytes, new TextDecoder())).toBeUndefined();
    expect(bytes).toEqual(before);
  });
});

// V8's JSON.parse interns string values of up to 10 characters; ids written first in their line
// (`{"id":"P00000001",…`) are parsed padded past that length and cut back (see ndjsonLines.ts).
// Whatever the id — short, exactly 10 or 11 characters, ending in spaces, Vietnamese, astral,
// escaped, not first, not a string, repeated — the values are JSON.parse's, and the CLI path gives
// what the record door gives.
describe('short ids parsed without interning', () => {
  const ids = [
    'a',
    'P1',
    'P00000001',
    'P000000001', // 10 characters: the longest V8 interns
    'P0000000001', // 11: left as it is
    'P1  ', // trailing spaces are the id's own
    ' ',
    '',
    'Người 7', // two-byte UTF-8 characters
    'Nguyễn', // NFC already
    'Nguye\u0302\u0303n', // NFD: NFC makes it shorter, the padding is cut from the end all the same
    '\u{1F600}x', // a character outside the BMP: two UTF-16 units
    '\u{1F600}'.repeat(5), // 10 units in 20 bytes
    '\u{1F600}'.repeat(6), // 12 units: not padded
    'tab\there', // an escape: not padded
    'q"q', // an escaped quote
  ];
  const lines = [
    ...ids.map((id, i) => JSON.stringify({ id, period: '2024', data: { hours: 30 + i, village: 'Kon Rẫy' } })),
    '{"period":"2024","id":"later","data":{"hours":31}}', // id not first
    '{"id":17,"period":"2024","data":{"hours":32}}', // not a string: rejected by the door
    '{"id":["P1"],"period":"2024","data":{"hours":33}}',
    '{ "id":"spaced","period":"2024","data":{"hours":34}}',
    '{"id":"x"}',
  ];

  it('_parseBlock gives JSON.parse values for every line, the pads cut off', () => {
    const values = _parseBlock(new TextEncoder().encode(`${lines.join('\n')}\n`), new TextDecoder())?.values ?? [];
    expect(values).toHaveLength(lines.length);
    lines.forEach((line, k) => {
      const expected = JSON.parse(line) as { id?: unknown };
      const id = typeof expected.id === 'string' ? expected.id.normalize('NFC') : expected.id;
      expect(values[k]).toEqual({ ...expected, id });
    });
    expect((values[5] as { id: string }).id).toBe('P1  ');
    expect((values[10] as { id: string }).id).toBe('Nguyễn');
    expect((values[11] as { id: string }).id).toHaveLength(3);
  });

  it('_parseBlock with escapes elsewhere in the block (one parse per string) still cuts the pads', () => {
    const escaped = [...lines, '{"id":"e\\u0301","period":"2024","data":{"hours":35}}'];
    const values = _parseBlock(new TextEncoder().encode(`${escaped.join('\n')}\n`), new TextDecoder())?.values;
    expect(values?.map((v) => (v as { id?: unknown }).id)).toEqual(escaped.map((l) => JSON.parse(l).id));
  });

  it('a line repeating its id key is rejected, and the other lines keep their exact ids', async () => {
    const twice = [...lines.slice(0, 4), '{"id":"a1","id":"b2","period":"2024","data":{"hours":40}}'];
    const values = _parseBlock(new TextEncoder().encode(`${twice.join('\n')}\n`), new TextDecoder());
    expect(values).toBeUndefined();
    const { out, rejected } = await viaText(twice, 0);
    expect(rejected).toEqual([[5, 'duplicate_key']]);
    expect(out).toBe(await reference(twice.slice(0, 4).map((l) => JSON.parse(l))));
  });

  const REJECTED: [number, string][] = [
    [8, 'invalid_record'],
    [11, 'duplicate_record'],
    [18, 'invalid_record'],
    [19, 'invalid_record'],
    [21, 'invalid_record'],
  ];

  it('evaluateNdjsonText writes what the record door writes for every id, with and without workers', async () => {
    const records = lines.map((l) => JSON.parse(l));
    const expected = await reference(records);
    expect(expected).toContain('"person":"P1  "');
    expect(expected).toContain('"person":"P000000001"');
    for (const workers of [0, 2]) {
      const { out, rejected } = await viaText(lines, workers);
      expect(out).toBe(expected);
      // Rejected alike in both paths: the empty id, the NFD id (NFC, it is row 10's id again),
      // the ids 17 and ["P1"] (not text), and the line without a period.
      expect(rejected.sort((a, b) => a[0] - b[0])).toEqual(REJECTED);
    }
  });
});

describe('depth known from the brackets', () => {
  // A line nesting exactly 64 levels (the record is level 1) passes; 65 is rejected with
  // evidence_too_deep, as the record door rejects it: the block's bracket count stands in for the
  // walk over the parsed value, whatever its place in the block and with or without workers.
  const nestedData = (levels: number): string => {
    // `data` is level 2: levels - 2 more arrays inside it, around one number.
    let inner = '1';
    for (let i = 0; i < levels - 2; i++) inner = `[${inner}]`;
    return `{"hours":31,"deep":${inner}}`;
  };
  const line = (id: string, levels: number) => `{"id":"${id}","period":"2024","data":${nestedData(levels)}}`;
  const lines = [
    JSON.stringify(person(1, 'Kon Rẫy')),
    line('deep64', 64),
    JSON.stringify(person(2, 'Đắk Kôi')),
    line('deep65', 65),
    line('deep66', 66),
    JSON.stringify(person(3, 'Kon Rẫy')),
  ];

  it('_parseBlock says whether every line is within the cap', () => {
    const parse = (list: string[]) => _parseBlock(new TextEncoder().encode(`${list.join('\n')}\n`), new TextDecoder());
    expect(parse([lines[0] as string, lines[1] as string])?.shallow).toBe(true);
    expect(parse(lines)?.shallow).toBe(false);
  });

  it('evaluateNdjsonText rejects the lines past the cap as the record door does, and only them', async () => {
    const engine = createEngine();
    const fw = engine.load(framework);
    const door = lines.map((l) => engine.safeEvaluate(fw, JSON.parse(l)));
    expect(door.map((r) => (r.success ? 'ok' : r.issues[0]?.code))).toEqual([
      'ok',
      'ok',
      'ok',
      'evidence_too_deep',
      'evidence_too_deep',
      'ok',
    ]);
    // Alone in their blocks too (every line shallow but the one): the answer does not depend on the neighbours.
    for (const list of [lines, [lines[3] as string], [lines[1] as string, lines[4] as string]])
      for (const workers of [0, 2]) {
        const { rejected } = await viaText(list, workers);
        const expected = list.flatMap((l, k) =>
          lines.indexOf(l) >= 3 && lines.indexOf(l) <= 4 ? [[k + 1, 'evidence_too_deep']] : [],
        );
        expect(
          rejected.sort((a, b) => a[0] - b[0]),
          `${list.length} lines, ${workers} workers`,
        ).toEqual(expected);
      }
  });
});
