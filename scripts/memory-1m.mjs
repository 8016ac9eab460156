// Measures the peak memory of `cdht evaluate` on 100,000 and 1,000,000 generated NDJSON rows, to
// show memory does not grow with the row count. Not part of the test run:
//   npm run build && node scripts/memory-1m.mjs
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
const dir = mkdtempSync(join(tmpdir(), 'cdht-mem-'));
const FIELDS = ['tc1_1', 'tc1_2', 'tc1_3', 'tc1_4', 'tc2_1', 'tc2_2', 'tc2_3', 'tc2_4', 'tc3_1', 'tc3_2'];
const GROUPS = ['household', 'clan', 'community', 'official', 'worker'];

async function generate(file, rows) {
  const out = createWriteStream(file);
  for (let i = 0; i < rows; i++) {
    const data = {};
    FIELDS.forEach((f, j) => {
      data[f] = { self: (i * 7 + j * 3) % 11 };
    });
    const unit = { province: 'Kon Tum', district: 'Kon Rẫy', commune: `Xã ${i % 7}`, village: `Thôn ${i % 9}` };
    const line = `${JSON.stringify({ id: `p${i}`, group: GROUPS[i % 5], period: '2025', unit, data })}\n`;
    if (!out.write(line)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

/** Runs the CLI and returns its peak resident set size in MB. */
function run(args) {
  const started = Date.now();
  if (existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], { encoding: 'utf8', cwd: dir });
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    return {
      mb: kb / 1024,
      seconds: (Date.now() - started) / 1000,
      summary: r.stderr.split('\n').find((l) => l.startsWith('Đã đọc')),
    };
  }
  // Without GNU time: a child that runs the CLI in-process and reports its own maxRSS.
  const probe = `await import(${JSON.stringify(cli)}); process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe, '--', ...args], {
    encoding: 'utf8',
    cwd: dir,
  });
  const kb = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1]);
  return {
    mb: kb / 1024,
    seconds: (Date.now() - started) / 1000,
    summary: r.stderr.split('\n').find((l) => l.startsWith('Đã đọc')),
  };
}

try {
  for (const rows of [100_000, 1_000_000]) {
    const file = join(dir, `evidence-${rows}.ndjson`);
    await generate(file, rows);
    const size = (statSync(file).size / 1024 / 1024).toFixed(0);
    for (const extra of [[], ['--no-duplicate-check']]) {
      const r = run(['evaluate', file, '--out', join(dir, 'out.ndjson'), ...extra]);
      console.log(
        `${rows.toLocaleString('en-US')} rows (${size} MB)${extra.length ? ' --no-duplicate-check' : ''}: peak RSS ${r.mb.toFixed(0)} MB, ${r.seconds.toFixed(1)} s`,
      );
      console.log(`  ${r.summary}`);
    }
    rmSync(join(dir, 'out.ndjson'), { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
