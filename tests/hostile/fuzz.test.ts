import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IssueCodes } from '../../src/errors/codes.js';
import { CdhtError } from '../../src/errors/issue.js';
import { readEvidence } from '../../src/node/readers/read.js';
import type { EvidenceFormat, ReaderLimits, RowResult } from '../../src/node/readers/types.js';
import { type SheetCell, sheetRows, workbookEntries, zip } from './xlsx.js';

/**
 * Fuzzing of the four readers: random bytes, byte-level mutations of valid files, and files built
 * row by row from good and hostile rows (so the number of input rows is known). Every case must
 * end in rows or one CdhtError (never another exception), give each row once in increasing order,
 * account for every input row when that number is known, and leave Object.prototype alone.
 * Small caps make the cap paths as common as the others.
 */
const LIMITS: ReaderLimits = {
  fieldBytes: 64,
  recordBytes: 256,
  cellChars: 64,
  rowChars: 256,
  sharedStrings: 50,
  sharedStringChars: 2_000,
  rows: 100,
  workbookBytes: 1_000_000,
};

const CODES = new Set<string>(IssueCodes);
const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const PROTO = protoNames();

interface Outcome {
  readonly rows: RowResult[];
  readonly error?: CdhtError;
}

async function read(bytes: Uint8Array, format: EvidenceFormat): Promise<Outcome> {
  const rows: RowResult[] = [];
  async function* source() {
    yield bytes;
  }
  try {
    for await (const row of readEvidence(source(), { format, limits: LIMITS })) rows.push(row);
  } catch (error) {
    if (!(error instanceof CdhtError)) throw error;
    return { rows, error };
  }
  return { rows };
}

/** The invariants every case must hold; `rowsIn` when the number of input rows is known. */
function check(outcome: Outcome, rowsIn?: number): void {
  const numbers = outcome.rows.map((r) => r.row);
  for (let i = 1; i < numbers.length; i++) expect(numbers[i]).toBeGreaterThan(numbers[i - 1] as number);
  for (const r of outcome.rows) {
    if ('rejected' in r) {
      expect(r.rejected.issues.length).toBeGreaterThan(0);
      for (const i of r.rejected.issues) expect(CODES.has(i.code), i.code).toBe(true);
    }
  }
  if (outcome.error) for (const i of outcome.error.issues) expect(CODES.has(i.code), i.code).toBe(true);
  if (rowsIn !== undefined) {
    expect(outcome.error?.issues).toBeUndefined();
    expect(outcome.rows.length).toBe(rowsIn);
  }
  expect(protoNames()).toBe(PROTO);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const RUNS = { random: 2_500, mutated: 2_500, built: 5_000 };

const mutate = (base: Uint8Array) =>
  fc
    .array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom('flip', 'insert', 'delete'),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((edits) => {
      let bytes = Array.from(base);
      for (const e of edits) {
        const at = bytes.length === 0 ? 0 : e.at % bytes.length;
        if (e.op === 'flip') bytes[at] = e.byte;
        else if (e.op === 'insert') bytes.splice(at, 0, e.byte);
        else bytes = bytes.filter((_, i) => i !== at);
      }
      return Uint8Array.from(bytes);
    });

const END = fc.constantFrom('\n', '\r\n', '\r');
const deep = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;

// ---------- CSV ----------

const CSV_KINDS = [
  'good',
  'quoted',
  'multiline',
  'nul',
  'bad',
  'field',
  'record',
  'stray',
  'short',
  'dup',
  'blank',
] as const;
type CsvKind = (typeof CSV_KINDS)[number];

function csvRow(kind: CsvKind, i: number): string {
  const id = `p${i}`;
  switch (kind) {
    case 'good':
      return `${id},2025,${i % 10}`;
    case 'quoted':
      return `"${id}","2025","a,""b"""`;
    case 'multiline':
      return `${id},2025,"line\r\nnext\rlast"`;
    case 'nul':
      return `${id},2025,a\u0000b`;
    case 'bad':
      return `${id},2025,\uFFFEbad`;
    case 'field':
      return `${id},2025,${'f'.repeat(70)}`;
    case 'record':
      return `${id},${'r'.repeat(60)},${'r'.repeat(60)},${'r'.repeat(60)},${'r'.repeat(60)},${'r'.repeat(60)}`;
    case 'stray':
      return `"${id}"x,2025,1`;
    case 'short':
      return `${id},2025`;
    case 'dup':
      return 'p0,2025,1';
    case 'blank':
      return '';
  }
}

function csvFile(
  kinds: readonly CsvKind[],
  ends: readonly string[],
  last: boolean,
): { bytes: Uint8Array; rowsIn: number } {
  let text = 'id,period,data.x';
  let rowsIn = 0;
  kinds.forEach((kind, i) => {
    text += (ends[i] ?? '\n') + csvRow(kind, i);
    if (kind !== 'blank') rowsIn++;
  });
  if (last) text += '\n';
  // 'bad' writes a byte that is not UTF-8 in place of U+FFFE's encoding.
  const bytes = Buffer.from(text, 'utf8');
  for (let at = bytes.indexOf(Buffer.from('\uFFFE')); at >= 0; at = bytes.indexOf(Buffer.from('\uFFFE'), at + 1)) {
    bytes[at] = 0xff;
  }
  return { bytes, rowsIn };
}

const VALID_CSV = Buffer.from('id,period,data.x,name\r\na,2025,1,"Nguyễn, An"\nb,2025,2,x\rc,2025,3,"x""y"\n');

describe('fuzzing the CSV reader', () => {
  it(`${RUNS.random} random byte strings`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => check(await read(bytes, 'csv'))),
      { numRuns: RUNS.random },
    );
  });

  it(`${RUNS.mutated} byte-level mutations of a valid file`, async () => {
    await fc.assert(
      fc.asyncProperty(mutate(VALID_CSV), async (bytes) => check(await read(bytes, 'csv'))),
      { numRuns: RUNS.mutated },
    );
  });

  it(`${RUNS.built} files built from good and hostile rows: every row accounted for`, async () => {
    const file = fc
      .array(fc.constantFrom(...CSV_KINDS), { maxLength: 12 })
      .chain((kinds) =>
        fc.tuple(fc.constant(kinds), fc.array(END, { minLength: kinds.length, maxLength: kinds.length }), fc.boolean()),
      );
    await fc.assert(
      fc.asyncProperty(file, async ([kinds, ends, last]) => {
        const { bytes, rowsIn } = csvFile(kinds, ends, last);
        check(await read(bytes, 'csv'), rowsIn);
      }),
      { numRuns: RUNS.built },
    );
  });
});

// ---------- NDJSON and JSON ----------

const JSON_KINDS = ['good', 'nul', 'bad', 'big', 'dupKey', 'deep', 'syntax', 'notObject', 'escapedDup'] as const;
type JsonKind = (typeof JSON_KINDS)[number];

function jsonRecord(kind: JsonKind, i: number): string {
  const id = `p${i}`;
  switch (kind) {
    case 'good':
      return `{"id":"${id}","period":"2025","data":{"x":${i}}}`;
    case 'nul':
      return `{"id":"${id}\u0000","period":"2025","data":{}}`;
    case 'bad':
      return `{"id":"${id}\uFFFE","period":"2025","data":{}}`;
    case 'big':
      return `{"id":"${id}","period":"2025","data":{"x":"${'z'.repeat(300)}"}}`;
    case 'dupKey':
      return `{"id":"${id}","period":"2025","data":{"x":1,"x":2}}`;
    case 'escapedDup':
      return `{"id":"${id}","\\u0069d":"q","period":"2025","data":{}}`;
    case 'deep':
      return `{"id":"${id}","period":"2025","data":{"x":${deep(70)}}}`;
    case 'syntax':
      return `{"id":"${id}","period":2025,,}`;
    case 'notObject':
      return '[1,2]';
  }
}

const withBadBytes = (text: string): Uint8Array => {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = bytes.indexOf(Buffer.from('\uFFFE')); at >= 0; at = bytes.indexOf(Buffer.from('\uFFFE'), at + 1)) {
    bytes[at] = 0xff;
  }
  return bytes;
};

const VALID_NDJSON = Buffer.from(`${jsonRecord('good', 1)}\n${jsonRecord('good', 2)}\r\n\n${jsonRecord('good', 3)}`);
const VALID_JSON = Buffer.from(`{"meta":{"n":2},"records":[${jsonRecord('good', 1)},\n${jsonRecord('good', 2)}]}`);

describe('fuzzing the NDJSON reader', () => {
  it(`${RUNS.random} random byte strings`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => check(await read(bytes, 'ndjson'))),
      { numRuns: RUNS.random },
    );
  });

  it(`${RUNS.mutated} byte-level mutations of a valid file`, async () => {
    await fc.assert(
      fc.asyncProperty(mutate(VALID_NDJSON), async (bytes) => check(await read(bytes, 'ndjson'))),
      { numRuns: RUNS.mutated },
    );
  });

  it(`${RUNS.built} files built from good and hostile lines: every line accounted for`, async () => {
    const file = fc
      .array(fc.option(fc.constantFrom(...JSON_KINDS), { freq: 6 }), { maxLength: 12 })
      .chain((kinds) =>
        fc.tuple(fc.constant(kinds), fc.array(END, { minLength: kinds.length, maxLength: kinds.length })),
      );
    await fc.assert(
      fc.asyncProperty(file, async ([kinds, ends]) => {
        const text = kinds.map((k, i) => (k === null ? '  ' : jsonRecord(k, i)) + (ends[i] ?? '\n')).join('');
        check(await read(withBadBytes(text), 'ndjson'), kinds.filter((k) => k !== null).length);
      }),
      { numRuns: RUNS.built },
    );
  });
});

describe('fuzzing the JSON reader', () => {
  it(`${RUNS.random} random byte strings`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => check(await read(bytes, 'json'))),
      { numRuns: RUNS.random },
    );
  });

  it(`${RUNS.mutated} byte-level mutations of a valid file`, async () => {
    await fc.assert(
      fc.asyncProperty(mutate(VALID_JSON), async (bytes) => check(await read(bytes, 'json'))),
      { numRuns: RUNS.mutated },
    );
  });

  it(`${RUNS.built} arrays built from good and hostile elements: every element accounted for`, async () => {
    const file = fc.tuple(fc.array(fc.constantFrom(...JSON_KINDS), { maxLength: 12 }), fc.boolean());
    await fc.assert(
      fc.asyncProperty(file, async ([kinds, wrapped]) => {
        const array = `[\n${kinds.map((k, i) => jsonRecord(k, i)).join(',\r\n')}\n]`;
        const text = wrapped ? `{"records": ${array}, "n": ${kinds.length}}` : array;
        check(await read(withBadBytes(text), 'json'), kinds.length);
      }),
      { numRuns: RUNS.built },
    );
  });
});

// ---------- XLSX ----------

const XLSX_KINDS = ['good', 'shared', 'error', 'formula', 'long', 'merged', 'badShared', 'notNumber', 'blank'] as const;
type XlsxKind = (typeof XLSX_KINDS)[number];
const STRINGS = ['Đắk Ruồng', 'Tân Lập', 'x'.repeat(70)];

function xlsxRow(kind: XlsxKind, i: number): SheetCell[] {
  const id = `p${i}`;
  switch (kind) {
    case 'good':
      return [id, '2025', 'Đắk Ruồng', i];
    case 'shared':
      return [id, '2025', { t: 's', xml: '<v>1</v>' }, i];
    case 'error':
      return [id, '2025', 'X', { t: 'e', xml: '<v>#N/A</v>' }];
    case 'formula':
      return [id, '2025', 'X', { xml: '<f>SUM(A1)</f>' }];
    case 'long':
      return [id, '2025', { t: 's', xml: '<v>2</v>' }, 1];
    case 'merged':
      return [id, '2025', 'X', null];
    case 'badShared':
      return [id, '2025', { t: 's', xml: '<v>99</v>' }, 1];
    case 'notNumber':
      return [id, '2025', 'X', { xml: '<v>12abc</v>' }];
    case 'blank':
      return [];
  }
}

function xlsxSheet(kinds: readonly XlsxKind[]): { sheet: string; rowsIn: number } {
  const rows = [['id', 'period', 'unit.commune', 'data.x'], ...kinds.map((k, i) => xlsxRow(k, i))];
  const merges = kinds.flatMap((k, i) => (k === 'merged' ? [`<mergeCell ref="C${i + 2}:D${i + 2}"/>`] : []));
  const after = merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : '';
  return {
    sheet: `<sheetData>${sheetRows(rows)}</sheetData>${after}`,
    rowsIn: kinds.filter((k) => k !== 'blank').length,
  };
}

const SHARED = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${STRINGS.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
const VALID_XLSX_ENTRIES = workbookEntries({ ...xlsxSheet(['good', 'shared', 'good']), sharedStrings: SHARED });

describe('fuzzing the XLSX reader', () => {
  it(`${RUNS.random} random byte strings (and a zip header followed by random bytes)`, async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => check(await read(b, 'xlsx'))),
      { numRuns: RUNS.random },
    );
  });

  it(`${RUNS.mutated} mutations of a valid workbook: its zip bytes, or one of its parts before zipping`, async () => {
    const valid = zip(VALID_XLSX_ENTRIES.map((e) => ({ ...e, stored: true })));
    const part = fc.record({
      entry: fc.nat({ max: VALID_XLSX_ENTRIES.length - 1 }),
      at: fc.nat(),
      text: fc.constantFrom(
        '<',
        '>',
        '&',
        '&amp',
        '"',
        '<row r="0">',
        '</c>',
        '<!DOCTYPE x>',
        '<![CDATA[',
        'x:',
        '\u0000',
        '<c r="XFE1">',
      ),
      cut: fc.nat({ max: 20 }),
    });
    const mutatedPart = part.map(({ entry, at, text, cut }) =>
      zip(
        VALID_XLSX_ENTRIES.map((e, i) => {
          if (i !== entry) return { ...e, stored: true };
          const data = String(e.data);
          const where = at % (data.length + 1);
          return { ...e, stored: true, data: data.slice(0, where) + text + data.slice(where + cut) };
        }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutate(valid), mutatedPart), async (b) => check(await read(b, 'xlsx'))),
      { numRuns: RUNS.mutated },
    );
  });

  it(`${RUNS.built} workbooks built from good and hostile rows: every row accounted for`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...XLSX_KINDS), { maxLength: 10 }), async (kinds) => {
        const { sheet, rowsIn } = xlsxSheet(kinds);
        const entries = workbookEntries({ sheet, sharedStrings: SHARED });
        check(await read(zip(entries.map((e) => ({ ...e, stored: true }))), 'xlsx'), rowsIn);
      }),
      { numRuns: RUNS.built },
    );
  });
});

describe('the fuzzing checks can fail', () => {
  it('a row count that does not reconcile is caught', async () => {
    const outcome = await read(Buffer.from('id,period\na,2025\n'), 'csv');
    expect(() => check(outcome, 2)).toThrow();
  });
});
