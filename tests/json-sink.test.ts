// JsonSink writes values as bytes, as JSON.stringify writes them: every branch (ASCII copy, UTF-8
// write, escapes, digits, plain objects and arrays, anything else through JSON.stringify) must give
// JSON.stringify's exact bytes, and the buffer must grow without losing what was written.
import { describe, expect, it } from 'vitest';
import { JsonSink } from '../src/node/batch/jsonSink.js';

const bytesOf = (write: (out: JsonSink) => void, capacity = 0): Buffer => {
  const out = new JsonSink(capacity);
  write(out);
  return Buffer.from(out.bytes.subarray(0, out.at));
};
const same = (v: unknown): void => {
  const expected = Buffer.from(JSON.stringify(v) as string, 'utf8');
  expect(bytesOf((out) => out.value(v)).equals(expected), JSON.stringify(v)).toBe(true);
};

describe('JsonSink', () => {
  it('writes strings as JSON.stringify does: plain ASCII, Vietnamese, escapes, surrogates', () => {
    const strings = [
      '',
      'P00000001',
      '2024-12-31',
      'Kon Rẫy',
      'Xã Đắk Kôi',
      'Nguyễn Thị Ánh',
      'Ngô\u0323', // NFD: a combining mark
      'say "hi"',
      'back\\slash',
      'tab\there',
      'line\nbreak',
      '\u0000\u001f',
      '\u007f', // DEL is not escaped
      'emoji 😀 pair',
      'lone \ud800 high',
      'lone \udfff low',
      'end \ud83d',
      '\u2028\u2029',
      'a'.repeat(5000),
      `${'ẫ'.repeat(3000)}"`,
    ];
    for (const s of strings) {
      same(s);
      expect(bytesOf((out) => out.string(s)).equals(Buffer.from(JSON.stringify(s), 'utf8'))).toBe(true);
    }
  });

  it('writes short non-ASCII strings it has seen before from memory, the same bytes', () => {
    const out = new JsonSink(0);
    const list: string[] = [];
    // Repeated place names, short strings with escapes, and more distinct ones than it remembers.
    for (let i = 0; i < 2000; i++) {
      const s = i % 4 === 0 ? 'Kon Rẫy' : i % 4 === 1 ? `Xã ${i % 700}` : i % 4 === 2 ? 'ẫ"\\\n' : 'Đắk Kôi';
      list.push(s);
      if (i > 0) out.byte(0x2c);
      out.string(s);
    }
    expect(Buffer.from(out.bytes.subarray(0, out.at)).toString('utf8')).toBe(
      list.map((s) => JSON.stringify(s)).join(','),
    );
  });

  it('keeps what it remembered when it is rewound and written over (a reused scratch sink)', () => {
    const sink = new JsonSink(0);
    sink.string('Đạt');
    sink.at = 0;
    sink.string('Xịn'); // as long as the first: written where the first one's bytes were
    sink.at = 0;
    sink.string('Đạt');
    expect(Buffer.from(sink.bytes.subarray(0, sink.at)).toString('utf8')).toBe('"Đạt"');
  });

  it('writes numbers as JSON.stringify does, null when not finite', () => {
    const numbers = [
      0,
      -0,
      1,
      9,
      10,
      99,
      100,
      12345,
      999_999_999,
      1e9,
      2 ** 31,
      Number.MAX_SAFE_INTEGER,
      1.5,
      0.1 + 0.2,
      -1,
      -1.5,
      1e21,
      5e-7,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    for (const n of numbers) {
      same(n);
      expect(bytesOf((out) => out.number(n)).toString('latin1')).toBe(JSON.stringify(n));
    }
  });

  it('writes plain objects and arrays member by member, in JSON.stringify order and omissions', () => {
    same({ province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Xã 01' });
    same([
      { kind: 'household', id: 'H-01' },
      { kind: 'unit', id: 'Trường Tiểu học', role: null },
    ]);
    same({ b: 1, a: 2, 10: 'ten', 2: 'two', '-1': 'neg', '01': 'lead' }); // integer-like keys first
    same({ skip: undefined, f: () => 1, s: Symbol('x'), kept: true, no: false });
    same([undefined, () => 1, Symbol('y'), 1]); // null in arrays
    const holey = [1];
    holey[2] = 3; // a hole at 1
    same(holey);
    same({});
    same([]);
    same({ nested: { deeper: [[[{ x: [1, 'ẫ'] }]]] } });
    const bare = Object.create(null) as Record<string, unknown>;
    bare.id = 'no prototype';
    same(bare);
    const getter = {
      get value() {
        return 'computed';
      },
    };
    same(getter);
  });

  it('leaves values with their own serialisation to JSON.stringify', () => {
    same({ when: new Date(Date.UTC(2025, 6, 1)) });
    same({ custom: { toJSON: () => ({ replaced: 'yes' }) } });
    const list = [1, 2] as number[] & { toJSON?: () => string };
    list.toJSON = () => 'list';
    same({ list });
    same({ boxed: new String('chuỗi'), n: new Number(3), b: new Boolean(false) });
    class Point {
      constructor(readonly x: number) {}
    }
    same({ p: new Point(1) });
    same(new Map([[1, 2]]));
    // Deeper than the sink's own depth: still JSON.stringify's text.
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20; i++) deep = i % 2 ? { d: deep } : [deep];
    same(deep);
    expect(() => bytesOf((out) => out.value({ big: 1n }))).toThrow(TypeError);
  });

  it('grows its buffer as it writes, keeping what was written', () => {
    const out = new JsonSink(0);
    const parts: unknown[] = [];
    for (let i = 0; i < 3000; i++) {
      const v = i % 3 === 0 ? `Thôn ${i} ${'ẫ'.repeat(i % 50)}` : i % 3 === 1 ? i * 7 : { i, s: 'x'.repeat(i % 97) };
      parts.push(v);
      if (i > 0) out.byte(0x2c);
      out.value(v);
    }
    const expected = parts.map((v) => JSON.stringify(v)).join(',');
    expect(out.bytes.length).toBeGreaterThan(4096);
    expect(Buffer.from(out.bytes.subarray(0, out.at)).toString('utf8')).toBe(expected);
    // Raw bytes and ready JSON text are written as they are.
    const raw = bytesOf((o) => {
      o.raw(Buffer.from('{"a":', 'latin1'));
      o.text('"Đắk"');
      o.byte(0x7d);
    });
    expect(raw.toString('utf8')).toBe('{"a":"Đắk"}');
  });
});
