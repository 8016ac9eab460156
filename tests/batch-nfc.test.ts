// NDJSON blocks are normalised to NFC as one text when no string in them is written with a \u
// escape; otherwise string by string, as every other door does. Both must give the bytes that the
// per-record door gives for the same records, typed in NFC, NFD or escaped.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/index.js';
import { evaluateBatch, evaluateNdjsonText } from '../src/node.js';

const label = (vi: string, en: string) => ({ vi, en });
const framework = {
  id: 'nfc-test',
  version: '1.0.0',
  group: 'citizen',
  title: label('Thử chuẩn hoá', 'NFC test'),
  effective: { from: '2024-01-01' },
  evidence: {
    level: { type: 'enum', values: ['Khá', 'Giỏi', 'Đạt'], label: label('Xếp loại', 'Grade') },
    village: { type: 'string', label: label('Thôn', 'Village') },
  },
  criteria: [
    {
      id: 'A',
      label: label('Học tập', 'Learning'),
      indicators: [
        { id: 'A.1', label: label('Giỏi', 'Very good'), points: 10, award: { '==': [{ var: 'level' }, 'Giỏi'] } },
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

const nfd = (s: string) => s.normalize('NFD');
/** JSON text with every non-ASCII character written as a \u escape (of its NFD form). */
const escaped = (value: unknown) =>
  JSON.stringify(value, (_k, v) => (typeof v === 'string' ? nfd(v) : v)).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

function person(i: number, form: (s: string) => string) {
  return {
    id: form(`Người ${i}`),
    name: form(i % 2 ? 'Nguyễn Thị Hoà' : 'Y Đêm'),
    period: '2024',
    unit: { province: form('Kon Tum'), commune: form(i % 3 ? 'Đắk Kôi' : 'Đăk Ruồng') },
    data: { level: form(['Khá', 'Giỏi', 'Đạt'][i % 3] as string), village: form(i % 2 ? 'Kon Rẫy' : 'Đắk Kôi') },
  };
}

async function text(lines: string[]): Promise<string> {
  const engine = createEngine();
  const fw = engine.load(framework);
  const chunks: string[] = [];
  const decoder = new TextDecoder();
  for await (const block of evaluateNdjsonText(engine, [`${lines.join('\n')}\n`], { framework: fw, workers: 0 }))
    for (const bytes of block.pieces) chunks.push(decoder.decode(bytes));
  return chunks.join('');
}

async function reference(records: unknown[]): Promise<string> {
  const engine = createEngine();
  const fw = engine.load(framework);
  let out = '';
  for await (const item of evaluateBatch(engine, records, { framework: fw, workers: 0 })) {
    expect(item.issues).toBeUndefined();
    out += `${JSON.stringify(item.evaluation)}\n`;
  }
  return out;
}

describe('NFC in NDJSON blocks', () => {
  const nfc = Array.from({ length: 30 }, (_, i) => person(i, (s) => s));
  it('normalises text typed in NFD once per block, as the record door does string by string', async () => {
    const expected = await reference(nfc);
    expect(expected).toContain('"commune":"Đắk Kôi"');
    expect(expected).toContain('"total":15'); // Giỏi and Kon Rẫy matched
    expect(await text(nfc.map((r) => JSON.stringify(r)))).toBe(expected);
    const typedNfd = Array.from({ length: 30 }, (_, i) => JSON.stringify(person(i, nfd)));
    expect(typedNfd[1]).not.toBe(JSON.stringify(nfc[1]));
    expect(await text(typedNfd)).toBe(expected);
  });

  it('normalises string by string when a line writes characters as \\u escapes', async () => {
    const expected = await reference(nfc);
    const lines = nfc.map((r, i) => (i === 7 ? escaped(r) : JSON.stringify(person(i, nfd))));
    expect(lines[7]).toMatch(/\\u0301|\\u0300|\\u0303|\\u0309|\\u0323/);
    expect(await text(lines)).toBe(expected);
    expect(await text(nfc.map(escaped))).toBe(expected);
  });

  it('leaves ASCII blocks as they are', async () => {
    const ascii = nfc.map((r, i) => ({ ...r, id: `P${i}`, name: 'Y Nam', unit: { province: 'Kon Tum' } }));
    expect(await text(ascii.map((r) => JSON.stringify(r)))).toBe(await reference(ascii));
  });
});
