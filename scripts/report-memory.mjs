// Measures the peak memory of `cdht report` on 300,000 evaluations (issue 14: under 300 MB), in
// xlsx with the recognition annex, and in html. Not part of the test run:
//   npm run build && node scripts/report-memory.mjs [persons]
// The evaluations are the sample's (examples/sample, evaluated once here), repeated with new ids
// across the sample's communes and villages, so the plan places every row as in the sample.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const sample = fileURLToPath(new URL('../examples/sample/evidence-2025.ndjson', import.meta.url));
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
const persons = Number(process.argv[2] ?? 300_000);
const dir = mkdtempSync(join(tmpdir(), 'cdht-report-mem-'));

/** Runs the CLI under /usr/bin/time and returns its peak resident set size in MB and seconds. */
function measure(args) {
  const started = Date.now();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cdht ${args.join(' ')} failed:\n${r.stderr}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/u.exec(r.stderr)?.[1]);
  return { mb: Math.round(kb / 1024), seconds: (Date.now() - started) / 1000 };
}

measure(['evaluate', sample, '--out', 'base.ndjson']);
const base = readFileSync(join(dir, 'base.ndjson'), 'utf8').split('\n').filter(Boolean);
const out = createWriteStream(join(dir, 'ev.ndjson'));
for (let i = 0; i < persons; i++) {
  const row = JSON.parse(base[i % base.length]);
  row.person = `M${String(i).padStart(7, '0')}`;
  if (!out.write(`${JSON.stringify(row)}\n`)) await new Promise((r) => out.once('drain', r));
}
await new Promise((r) => out.end(r));
const common = ['report', '--plan', 'kon-ray-2022', '--by', 'commune', '--as-of', '2025-12-31', 'ev.ndjson'];
const xlsx = measure([...common, '--format', 'xlsx', '--out', 'report.xlsx', '--annex', 'annex.xlsx']);
const html = measure([...common, '--format', 'html', '--out', 'report.html']);
const size = (f) => `${(statSync(join(dir, f)).size / 1e6).toFixed(1)} MB`;
console.log(`${persons} evaluations (${size('ev.ndjson')})`);
console.log(
  `report --format xlsx --annex annex.xlsx: peak RSS ${xlsx.mb} MB, ${xlsx.seconds} s; report.xlsx ${size('report.xlsx')}, annex.xlsx ${size('annex.xlsx')}`,
);
console.log(`report --format html: peak RSS ${html.mb} MB, ${html.seconds} s; report.html ${size('report.html')}`);
rmSync(dir, { recursive: true, force: true });
