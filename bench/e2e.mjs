// One end-to-end run in its own process, so its peak RSS is its own:
//   node bench/e2e.mjs floor <file>            read + JSON.parse every line (the I/O floor)
//   node bench/e2e.mjs cdht <file> <workers>   NDJSON file → evaluate → aggregate by commune
//   node bench/e2e.mjs cli <file> <workers> [cli.js]
//                                              `cdht evaluate --detail summary --workers N` run in this
//                                              process (dist/cli.js, or another build's), output to a
//                                              temporary file; the digest is the output's SHA-256
// Prints one JSON line: rows, ms, maxRssMb, digest (of the aggregate and of every row's result, in order).
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { cdht } from './lib.mjs';

const [mode, file, workersArg] = process.argv.slice(2);
const framework = JSON.parse(readFileSync(new URL('./framework.json', import.meta.url), 'utf8'));

async function floor() {
  let rows = 0;
  let pending = '';
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
    pending += decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
      if (end > start) {
        JSON.parse(pending.slice(start, end));
        rows++;
      }
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  return { rows, digest: '' };
}

async function evaluate(workers) {
  const engine = cdht.createEngine();
  const loaded = engine.load(framework);
  const byCommune = new Map();
  // An order-sensitive digest of every row's result (FNV-1a over index, person, total, decisions):
  // cheap enough not to weigh on the thread that every worker feeds.
  let h = 0x811c9dc5;
  const mix = (n) => {
    h = Math.imul(h ^ (n & 0xffff), 16777619);
    h = Math.imul(h ^ (n >>> 16), 16777619);
  };
  let rows = 0;
  const options = { workers, detail: 'score', framework: loaded };
  for await (const item of cdht.evaluateNdjson(engine, file, options)) {
    rows++;
    const s = item.score;
    if (s === undefined) throw new Error(`row ${item.row}: ${JSON.stringify(item.issues)}`);
    const commune = s.unit?.commune ?? '';
    let a = byCommune.get(commune);
    if (a === undefined) {
      a = { people: 0, points: 0, learner: 0, excellent: 0 };
      byCommune.set(commune, a);
    }
    a.people++;
    a.points += s.total;
    if (s.decisions[0] === 'awarded') a.learner++;
    if (s.decisions[1] === 'awarded') a.excellent++;
    mix(item.index);
    for (let k = 0; k < s.person.length; k++) mix(s.person.charCodeAt(k));
    mix(Math.round(s.total * 1000));
    for (const d of s.decisions) mix(d.length);
  }
  const aggregate = JSON.stringify([...byCommune].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    rows,
    digest: `${createHash('sha256').update(aggregate).digest('hex').slice(0, 12)}/${(h >>> 0).toString(16).padStart(8, '0')}`,
  };
}

if (mode === 'cli') {
  // The CLI runs as its own module (it reads process.argv and sets process.exitCode); the result
  // line is written when the process exits, so the time covers start-up, workers and the last write.
  const cli = process.argv[5] ?? new URL('../dist/cli.js', import.meta.url).pathname;
  const { mkdtempSync, rmSync, writeSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'cdht-bench-cli-'));
  const out = join(dir, 'out.ndjson');
  const criteria = new URL('./framework.json', import.meta.url).pathname;
  const t0 = process.hrtime.bigint();
  process.on('exit', (code) => {
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const usage = process.resourceUsage();
    const maxRssMb = usage.maxRSS / 1024;
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    const bytes = readFileSync(out);
    let rows = 0;
    for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) rows++;
    const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
    rmSync(dir, { recursive: true, force: true });
    writeSync(
      1,
      `${JSON.stringify({ mode, workers: Number(workersArg ?? 0), rows, digest, ms, cpuMs, maxRssMb, code })}\n`,
    );
  });
  process.argv = [
    process.argv[0],
    cli,
    'evaluate',
    '--no-bundled',
    '--criteria',
    criteria,
    '--framework',
    'bench-synthetic',
    '--detail',
    'summary',
    '--workers',
    String(Number(workersArg ?? 0)),
    '--out',
    out,
    '--lang',
    'en',
    file,
  ];
  await import(cli);
} else {
  const t0 = process.hrtime.bigint();
  const result = mode === 'floor' ? await floor() : await evaluate(Number(workersArg ?? 0));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const usage = process.resourceUsage();
  const maxRssMb = usage.maxRSS / 1024;
  // CPU time of every thread of the process: on a shared machine it moves less than the wall time.
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stdout.write(
    `${JSON.stringify({ mode, workers: mode === 'floor' ? null : Number(workersArg ?? 0), ...result, ms, cpuMs, maxRssMb })}\n`,
  );
}
