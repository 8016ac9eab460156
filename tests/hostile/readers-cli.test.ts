import { beforeAll, describe, it } from 'vitest';
import { FIELDS, requireBuild } from '../fixtures/cli/run.js';
import { expectHostile, runHostile } from './cli.js';
import { sheetRows, workbook } from './xlsx.js';

// Every run: `cdht evaluate --framework cdht <file> --out out.ndjson --rejects rejects.ndjson`.
const evaluate = (file: string) => [
  'evaluate',
  '--framework',
  'cdht',
  file,
  '--out',
  'out.ndjson',
  '--rejects',
  'rejects.ndjson',
];

const HEADER = ['id', 'period', ...FIELDS.map((f) => `data.${f}.self`)];
const csvRow = (id: string) => [id, '2025', ...FIELDS.map(() => '8')].join(',');
const csv = (rows: readonly string[], end = '\n') => [HEADER.join(','), ...rows].join(end) + end;
const record = (id: string, period: unknown = '2025') =>
  JSON.stringify({ id, period, data: Object.fromEntries(FIELDS.map((f) => [f, { self: 8 }])) });
const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

beforeAll(() => requireBuild());

describe('hostile readers through the CLI: rows dropped silently', () => {
  it('csv: a NUL byte in row 500 of 1,000 rejects that row; 999 are evaluated', () => {
    const rows = ids(1000).map((id, i) => (i === 499 ? `${csvRow(id)}\u0000` : csvRow(id)));
    const run = runHostile({ 'in.csv': csv(rows) }, evaluate('in.csv'));
    expectHostile(run, { exit: 0, message: 'NUL byte', rows: 1000, rejected: 1 });
  });

  it('csv: a CR-only file (Mac Excel) gives every row', () => {
    const run = runHostile({ 'in.csv': csv(ids(3).map(csvRow), '\r') }, evaluate('in.csv'));
    expectHostile(run, { exit: 0, message: 'Read 3 rows: 3 evaluated, 0 rejected', rows: 3, rejected: 0 });
  });

  it('csv: CR, LF and CRLF mixed in one file give every row', () => {
    const text = `${HEADER.join(',')}\r\n${csvRow('a')}\r${csvRow('b')}\n${csvRow('c')}\r\n${csvRow('d')}`;
    const run = runHostile({ 'in.csv': text }, evaluate('in.csv'));
    expectHostile(run, { exit: 0, message: 'Read 4 rows: 4 evaluated, 0 rejected', rows: 4, rejected: 0 });
  });

  it('csv: a UTF-16 file is one whole-file error, exit 1', () => {
    const text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv(ids(2).map(csvRow)), 'utf16le')]);
    const run = runHostile({ 'in.csv': text }, evaluate('in.csv'));
    expectHostile(run, { exit: 1, message: /in\.csv.*invalid_encoding.*UTF-16/ });
  });

  it('ndjson: a NUL byte rejects its line only', () => {
    const lines = [record('a'), `${record('b')}\u0000`, record('c')];
    const run = runHostile({ 'in.ndjson': `${lines.join('\n')}\n` }, evaluate('in.ndjson'));
    expectHostile(run, { exit: 0, message: 'NUL byte', rows: 3, rejected: 1 });
  });

  it('ndjson: a repeated key rejects its line only, naming the key', () => {
    const lines = [record('a'), record('b').replace('"period":"2025"', '"period":"2024","period":"2025"'), record('c')];
    const run = runHostile({ 'in.ndjson': `${lines.join('\n')}\n` }, evaluate('in.ndjson'));
    expectHostile(run, { exit: 0, message: /duplicate_key.*Key \\?"period\\?" appears twice/, rows: 3, rejected: 1 });
  });

  it('json: two "records" keys reject the whole file, exit 1, naming line and column', () => {
    const text = `{\n"records": [${record('a')}],\n"records": [${record('b')}]\n}\n`;
    const run = runHostile({ 'in.json': text }, evaluate('in.json'));
    expectHostile(run, {
      exit: 1,
      message: /in\.json.*duplicate_key key "records" at 3:1 is already in the same object \(first at 2:1\)/,
    });
    expectHostile(run, { exit: 1, message: /^(?![\s\S]*Read \d+ row)/ });
  });

  it('json: content after the closing ] rejects the whole file, exit 1', () => {
    const run = runHostile({ 'in.json': `[${record('a')}]\ngarbage` }, evaluate('in.json'));
    expectHostile(run, {
      exit: 1,
      message: /invalid_json Unexpected content after the end of the JSON document \(line 2, column 1\)/,
    });
  });
});

describe('hostile readers through the CLI: depth, size and counting', () => {
  it('ndjson: a value nested 5,000 deep rejects that row, the rows after it are evaluated', () => {
    const deep = record('b').replace('"data":{', `"data":{"x":${nested(5000)},`);
    const run = runHostile({ 'in.ndjson': [record('a'), deep, record('c')].join('\n') }, evaluate('in.ndjson'));
    expectHostile(run, { exit: 0, message: 'evidence_too_deep', rows: 3, rejected: 1 });
  });

  it('json: the same inside an array', () => {
    const deep = record('b').replace('"data":{', `"data":{"x":${nested(5000)},`);
    const run = runHostile({ 'in.json': `[${[record('a'), deep, record('c')].join(',')}]` }, evaluate('in.json'));
    expectHostile(run, { exit: 0, message: 'more than 64 levels', rows: 3, rejected: 1 });
  });

  it('csv: one field over 1 MiB rejects that row', () => {
    const big = `a,2025,${'9'.repeat(1_100_000)},${FIELDS.slice(1)
      .map(() => '8')
      .join(',')}`;
    const run = runHostile({ 'in.csv': csv([big, csvRow('b')]) }, evaluate('in.csv'));
    expectHostile(run, { exit: 0, message: 'field_too_large', rows: 2, rejected: 1 });
  });

  it('ndjson: one line over 4 MiB rejects that line', () => {
    const big = record('b').replace('"data":{', `"data":{"note":"${'z'.repeat(4_300_000)}",`);
    const run = runHostile({ 'in.ndjson': [record('a'), big, record('c')].join('\n') }, evaluate('in.ndjson'));
    expectHostile(run, { exit: 0, message: 'record_too_large', rows: 3, rejected: 1 });
  });

  it('ndjson: "2025" and {from, to} of the same year are one person counted once', () => {
    const lines = [record('a'), record('a', { from: '2025-01-01', to: '2025-12-31' })];
    const run = runHostile({ 'in.ndjson': lines.join('\n') }, evaluate('in.ndjson'));
    expectHostile(run, { exit: 0, message: 'duplicate_record', rows: 2, rejected: 1 });
  });
});

describe('hostile readers through the CLI: XLSX', () => {
  const header = ['id', 'period', 'unit.commune', ...FIELDS.map((f) => `data.${f}.self`)];
  const row = (id: string, commune: string | null, last: unknown = 8) => [
    id,
    '2025',
    commune,
    ...FIELDS.slice(0, -1).map(() => 8),
    last as never,
  ];

  it('merged cells: the covered rows are rejected naming the cell and range', () => {
    const sheet = `<sheetData>${sheetRows([header, row('a', 'Đắk Ruồng'), row('b', null), row('c', 'Tân Lập')])}</sheetData><mergeCells count="1"><mergeCell ref="C2:C3"/></mergeCells>`;
    const run = runHostile({ 'in.xlsx': workbook({ sheet }) }, evaluate('in.xlsx'));
    expectHostile(run, { exit: 0, message: 'Cell C3 is part of the merged range C2:C3', rows: 3, rejected: 1 });
  });

  it('a formula without a saved result and #DIV/0! reject their rows', () => {
    const sheet = `<sheetData>${sheetRows([header, row('a', 'X', { xml: '<f>1+1</f>' }), row('b', 'X', { t: 'e', xml: '<f>1/0</f><v>#DIV/0!</v>' }), row('c', 'X')])}</sheetData>`;
    const run = runHostile({ 'in.xlsx': workbook({ sheet }) }, evaluate('in.xlsx'));
    expectHostile(run, { exit: 0, message: 'holds the error value #DIV/0!', rows: 3, rejected: 2 });
    expectHostile(run, { exit: 0, message: 'has a formula but no saved result' });
  });

  // The shared-strings bomb runs in scripts/hostile-memory.mjs (npm run test:memory) with a fixed
  // heap: at the real caps it takes seconds, too long for the timed suite; the library-level case in
  // readers.test.ts checks the same error with lowered caps.

  it('a file that is not a workbook is one whole-file error', () => {
    const run = runHostile({ 'in.xlsx': 'PK\u0003\u0004 not a zip' }, evaluate('in.xlsx'));
    expectHostile(run, { exit: 1, message: /invalid_xlsx Cannot read the XLSX workbook/ });
  });
});
