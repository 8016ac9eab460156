// The hostile inputs that once exhausted memory, run through the built CLI with a fixed heap
// (--max-old-space-size=256): a CSV with one 160 MB field, an XLSX whose shared-strings table is a
// compressed bomb (4 GB of XML in a few MB), and a 100,000-row CSV with a NUL byte in row 50,000.
// Each must end with a clear answer (exit code, message), never an out-of-memory crash. Not part
// of the timed test run:
//   npm run test:memory
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

const HEAP_MB = 256;
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
const dir = mkdtempSync(join(tmpdir(), 'cdht-hostile-mem-'));
const FIELDS = ['tc1_1', 'tc1_2', 'tc1_3', 'tc1_4', 'tc2_1', 'tc2_2', 'tc2_3', 'tc2_4', 'tc3_1', 'tc3_2'];
const HEADER = ['id', 'period', ...FIELDS.map((f) => `data.${f}.self`)].join(',');
const row = (id) => [id, '2025', ...FIELDS.map(() => '8')].join(',');

async function write(file, pieces) {
  const out = createWriteStream(file);
  for (const piece of pieces) if (!out.write(piece)) await new Promise((r) => out.once('drain', r));
  await new Promise((r) => out.end(r));
}

/** Runs the CLI with the fixed heap; peak resident memory from /usr/bin/time when there is one. */
function run(args) {
  const started = Date.now();
  const node = [process.execPath, `--max-old-space-size=${HEAP_MB}`, cli, ...args, '--lang', 'en'];
  const timed = existsSync('/usr/bin/time');
  const r = spawnSync(timed ? '/usr/bin/time' : node[0], timed ? ['-v', ...node] : node.slice(1), {
    encoding: 'utf8',
    cwd: dir,
    maxBuffer: 64 * 1024 * 1024,
  });
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
  const said = r.stderr
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^\s/.test(l) && !l.includes('Command being timed'))
    .slice(0, 2)
    .join(' | ');
  return {
    exit: r.status,
    seconds: (Date.now() - started) / 1000,
    peakMB: kb ? Math.round(kb / 1024) : undefined,
    said,
  };
}

/** A zip with one deflated entry streamed from `pieces` (no zip64: under 4 GiB) plus small stored ones. */
async function zipWithBomb(small, name, pieces) {
  const deflate = createDeflateRaw({ level: 1 });
  const compressed = [];
  deflate.on('data', (c) => compressed.push(c));
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    crc = crc32(piece, crc);
    size += piece.length;
    if (!deflate.write(piece)) await new Promise((r) => deflate.once('drain', r));
  }
  const ended = new Promise((r) => deflate.once('end', r));
  deflate.end();
  await ended;
  const entries = [
    ...small.map(([n, text]) => {
      const raw = Buffer.from(text);
      return { name: n, body: deflateRawSync(raw), crc: crc32(raw), size: raw.length };
    }),
    { name, body: Buffer.concat(compressed), crc, size },
  ];
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const n = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.body.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.body.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, e.body);
    centrals.push(central, n);
    offset += 30 + n.length + e.body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const WORKBOOK = [
  [
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  ],
  [
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ],
  [
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  ],
  [
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
  ],
];

function* repeat(piece, times) {
  for (let i = 0; i < times; i++) yield piece;
}

const results = [];
function report(name, input, r, expect) {
  const ok = r.exit === expect.exit && expect.message.test(r.said);
  results.push({ case: name, input, exit: r.exit, 'peak MB': r.peakMB, seconds: r.seconds, ok, said: r.said });
}

try {
  // 1. One 160 MB field.
  const field = join(dir, 'field.csv');
  const chunk = '9'.repeat(1024 * 1024);
  await write(field, [`${HEADER}\n${row('a')}\nb,2025,`, ...repeat(chunk, 160), `,8,8,8,8,8,8,8,8,8\n${row('c')}\n`]);
  report(
    'CSV, one 160 MB field',
    `${Math.round(statSync(field).size / 1e6)} MB`,
    run(['evaluate', '--framework', 'cdht', 'field.csv', '--out', 'field.ndjson']),
    {
      exit: 0,
      message: /Read 3 rows: 2 evaluated, 1 rejected/,
    },
  );

  // 2. Shared strings: 1.9 GB of XML (2.5 million 768-character strings) deflated to a few MB
  // (a part declared over 2 GiB is refused before it is inflated at all).
  const si = `<si><t>${'x'.repeat(768)}</t></si>`;
  const table = [
    `<?xml version="1.0"?><sst ${NS}>`,
    ...repeat(Buffer.from(si.repeat(1300)), Math.floor(1_900_000_000 / (si.length * 1300))),
  ];
  const bomb = await zipWithBomb(
    WORKBOOK,
    'xl/sharedStrings.xml',
    table.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)),
  );
  writeFileSync(join(dir, 'bomb.xlsx'), bomb);
  report(
    'XLSX, shared-strings bomb',
    `${(bomb.length / 1e6).toFixed(1)} MB zip, 1.9 GB XML`,
    run(['evaluate', '--framework', 'cdht', 'bomb.xlsx']),
    {
      exit: 1,
      message: /xlsx_too_large/,
    },
  );

  // 3. 2,000,001 tiny shared strings (the count cap).
  const many = await zipWithBomb(WORKBOOK, 'xl/sharedStrings.xml', [
    Buffer.from(`<sst ${NS}>`),
    ...repeat(Buffer.from('<si><t>a</t></si>'.repeat(1000)), 2001),
    Buffer.from('</sst>'),
  ]);
  writeFileSync(join(dir, 'many.xlsx'), many);
  report(
    'XLSX, 2,001,000 shared strings',
    `${(many.length / 1e6).toFixed(2)} MB zip`,
    run(['evaluate', '--framework', 'cdht', 'many.xlsx']),
    {
      exit: 1,
      message: /more than 2000000 shared strings/,
    },
  );

  // 4. 100,000 rows with a NUL byte in row 50,000.
  const nul = join(dir, 'nul.csv');
  const rows = [HEADER];
  for (let i = 1; i <= 100_000; i++) rows.push(i === 50_000 ? `${row(`p${i}`)}\u0000` : row(`p${i}`));
  await write(nul, [`${rows.join('\n')}\n`]);
  report(
    'CSV, 100,000 rows, NUL in row 50,000',
    `${(statSync(nul).size / 1e6).toFixed(1)} MB`,
    run(['evaluate', '--framework', 'cdht', 'nul.csv', '--out', 'nul.ndjson']),
    {
      exit: 0,
      message: /Read 100000 rows: 99999 evaluated, 1 rejected/,
    },
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`Heap cap: --max-old-space-size=${HEAP_MB}`);
console.table(results.map(({ said, ...r }) => r));
for (const r of results) console.log(`${r.case}: ${r.said}`);
if (results.some((r) => !r.ok)) process.exitCode = 1;
