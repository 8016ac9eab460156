// `npm run bench`: cdht against json-logic-js, json-logic-engine, json-rules-engine, a hand-written
// function and the JSON.parse floor, in one process and interleaved rounds; then end to end
// (NDJSON file → evaluate → aggregate by commune) in child processes with 0, 1 and 2 worker threads.
//
//   node --expose-gc bench/run.mjs [--quick] [--no-e2e] [--no-in-process] [--sizes 100000,1000000]
//                                  [--cli-baseline other/dist/cli.js] [--rounds N] [--e2e-rounds N]
//                                  [--write docs/benchmarks.md] [--framework default|quantifiers]
//
// --quick: 10,000 records in process and end to end (a smoke run). Results are printed; with
// --write they also replace the results section of docs/benchmarks.md. End to end includes
// `cdht evaluate --detail summary` with 0 and 2 workers; --cli-baseline adds the same runs of
// another build's CLI, interleaved, for before/after ratios measured side by side.
// --framework quantifiers: the in-process run on bench/framework-quantifiers.json (twelve quantifiers
// over one certificate list, dotted paths, `in` over lists of strings) against its own hand-written
// function and records; json-rules-engine is left out there (its rules are written for
// bench/framework.json) and so is the end-to-end run (which reads bench/framework.json).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as aot from './contestants/aot.mjs';
import * as cdhtContestants from './contestants/cdht.mjs';
import floor from './contestants/floor.mjs';
import handwrittenDefault from './contestants/handwritten.mjs';
import handwrittenQuantifiers from './contestants/handwritten-quantifiers.mjs';
import * as jle from './contestants/jsonlogicengine.mjs';
import jsonlogicjs from './contestants/jsonlogicjs.mjs';
import jsonrules from './contestants/jsonrulesengine.mjs';
import { makeRecords as makeDefaultRecords, writeNdjson } from './records.mjs';
import { makeRecords as makeQuantifierRecords } from './records-quantifiers.mjs';

const args = process.argv.slice(2);
const frameworkArg = args.indexOf('--framework');
const frameworkName = frameworkArg >= 0 ? args[frameworkArg + 1] : 'default';
if (frameworkName !== 'default' && frameworkName !== 'quantifiers') {
  process.stderr.write(`--framework: expected default or quantifiers, got ${frameworkName}\n`);
  process.exit(2);
}
const quantifiers = frameworkName === 'quantifiers';
const handwritten = quantifiers ? handwrittenQuantifiers : handwrittenDefault;
const makeRecords = quantifiers ? makeQuantifierRecords : makeDefaultRecords;
const quick = args.includes('--quick');
const withE2e = !args.includes('--no-e2e') && !quantifiers;
const roundsArg = args.indexOf('--rounds');
const rounds = roundsArg >= 0 ? Number(args[roundsArg + 1]) : quick ? 3 : 11;
const writeArg = args.indexOf('--write');
const writeTo = writeArg >= 0 ? args[writeArg + 1] : undefined;
const SEED = 20241231;
const inProcessCount = quick ? 10_000 : 100_000;
const sizesArg = args.indexOf('--sizes');
const e2eSizes = sizesArg >= 0 ? args[sizesArg + 1].split(',').map(Number) : quick ? [10_000] : [100_000, 1_000_000];
const withInProcess = !args.includes('--no-in-process');
const e2eRoundsArg = args.indexOf('--e2e-rounds');
const e2eRounds = e2eRoundsArg >= 0 ? Number(args[e2eRoundsArg + 1]) : undefined;
const baselineArg = args.indexOf('--cli-baseline');
const cliBaseline = baselineArg >= 0 ? args[baselineArg + 1] : undefined;
/** A slow contestant runs on a prefix sized to take about this long per round. */
const ROUND_BUDGET_MS = quick ? 100 : 500;

const here = fileURLToPath(new URL('.', import.meta.url));
const frameworkFile = quantifiers ? 'framework-quantifiers.json' : 'framework.json';
const framework = JSON.parse(readFileSync(join(here, frameworkFile), 'utf8'));
const gc = globalThis.gc ?? (() => undefined);

/** The 1-minute load average now: the machine is shared, so every timing says how busy it was. */
function loadNow() {
  return loadavg()[0].toFixed(2);
}

function machineLine() {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} · ${Math.round(totalmem() / 2 ** 30)} GiB RAM (${Math.round(freemem() / 2 ** 30)} free) · ${platform()} ${release()} · Node ${process.version}`;
}

const log = (text = '') => process.stdout.write(`${text}\n`);

// ---------------------------------------------------------------- in process

// The compiled module runs right after createScorer: the AOT row is read against both.
const compiledModule = await aot.importCompiled(framework);
const contestants = [
  handwritten,
  cdhtContestants.lean,
  ...(compiledModule ? [aot.contestant(compiledModule)] : []),
  cdhtContestants.full,
  cdhtContestants.fullJson,
  jle.compiled,
  jle.interpreted,
  jsonlogicjs,
  ...(quantifiers ? [] : [jsonrules]),
  floor,
];

function verify(prepared, records) {
  const reference = handwritten.prepare({ framework });
  return Promise.all(
    prepared.map(async ({ c, p }) => {
      if (c.floor) return 0;
      // json-rules-engine is ~1,000× slower: check it on a prefix.
      const sample = p.async ? records.slice(0, Math.min(records.length, 5_000)) : records;
      let mismatches = 0;
      for (const r of sample) {
        const a = reference.score(r);
        const b = p.async ? await p.score(r) : p.score(r);
        if (a.total !== b.total || a.decisions !== b.decisions) mismatches++;
      }
      return mismatches;
    }),
  );
}

async function timeOne(c, p, records, lines, count) {
  let sink = 0;
  const t0 = process.hrtime.bigint();
  if (c.floor) {
    for (let i = 0; i < count; i++) sink += p.run(lines[i]).data.hours;
  } else if (p.async) {
    for (let i = 0; i < count; i++) sink += (await p.score(records[i])).total;
  } else if (p.run) {
    for (let i = 0; i < count; i++) sink += p.run(records[i]);
  } else {
    for (let i = 0; i < count; i++) sink += p.score(records[i]).total;
  }
  const ns = Number(process.hrtime.bigint() - t0);
  return { ns, sink };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function inProcess() {
  log(`Generating ${inProcessCount.toLocaleString('en')} seeded records…`);
  const records = makeRecords(inProcessCount, SEED);
  const lines = records.map((r) => JSON.stringify(r));
  const prepared = contestants.map((c) => ({ c, p: c.prepare({ framework }) }));
  const mismatches = await verify(prepared, records);

  // Calibrate: how many records each contestant can do in the round budget (at most all of them).
  const counts = [];
  for (const { c, p } of prepared) {
    const probe = Math.min(records.length, 2_000);
    await timeOne(c, p, records, lines, probe); // warm up
    const { ns } = await timeOne(c, p, records, lines, probe);
    const perRecord = ns / probe;
    counts.push(Math.max(probe, Math.min(records.length, Math.floor((ROUND_BUDGET_MS * 1e6) / perRecord))));
  }

  const samples = prepared.map(() => []);
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round so no contestant always runs right after the same one.
    for (let k = 0; k < prepared.length; k++) {
      const i = (k + round) % prepared.length;
      const { c, p } = prepared[i];
      gc();
      const { ns } = await timeOne(c, p, records, lines, counts[i]);
      samples[i].push(ns / counts[i]);
    }
    process.stdout.write(`  round ${round + 1}/${rounds}\r`);
  }
  log();
  const base = median(samples[0]);
  return prepared.map(({ c }, i) => {
    const ns = median(samples[i]);
    return {
      name: c.name,
      ns,
      perSecond: 1e9 / ns,
      ratio: ns / base,
      measured: counts[i],
      mismatches: mismatches[i],
      checked: c.floor ? 0 : prepared[i].p.async ? Math.min(records.length, 5_000) : records.length,
    };
  });
}

function inProcessTable(rows) {
  const out = [
    '| contestant | persons/s | ns/person | × hand-written | records per round | mismatches / checked |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    out.push(
      `| ${r.name} | ${Math.round(r.perSecond).toLocaleString('en')} | ${Math.round(r.ns).toLocaleString('en')} | ${r.ratio.toFixed(2)} | ${r.measured.toLocaleString('en')} | ${r.checked ? `${r.mismatches} / ${r.checked.toLocaleString('en')}` : '—'} |`,
    );
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- end to end

// A fixed heap budget: if a run finishes within it at any size, memory needs do not grow with rows.
const CAPPED = ['--max-old-space-size=64', '--max-semi-space-size=4'];

function child(mode, file, workers, capped = false, cli = undefined) {
  const argv = [...(capped ? CAPPED : []), join(here, 'e2e.mjs'), mode, file];
  if (workers !== undefined) argv.push(String(workers));
  if (cli !== undefined) argv.push(cli);
  const out = execFileSync(process.execPath, argv, {
    encoding: 'utf8',
    env: process.env,
    maxBuffer: 1 << 20,
    // The CLI's summary line goes to stderr: not wanted in the bench log.
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out.trim().split('\n').pop());
}

async function endToEnd() {
  const results = [];
  for (const n of e2eSizes) {
    const file = join(tmpdir(), `cdht-bench-${n}-${SEED}.ndjson`);
    if (!existsSync(file)) {
      log(`Writing ${n.toLocaleString('en')} records to ${file}…`);
      await writeNdjson(file, n, SEED);
    }
    // Interleaved: each round runs every configuration once; the best round is reported.
    const configs = [
      ['floor'],
      ['cdht', 0],
      ['cdht', 1],
      ['cdht', 2],
      ['floor', undefined, true],
      ['cdht', 1, true],
      ['cli', 0],
      ['cli', 2],
      ...(cliBaseline === undefined
        ? []
        : [
            ['cli', 0, false, cliBaseline],
            ['cli', 2, false, cliBaseline],
          ]),
    ];
    const best = new Map();
    const runs = e2eRounds ?? (quick ? 1 : n >= 1_000_000 ? 2 : 3);
    for (let round = 0; round < runs; round++) {
      for (const [mode, workers, capped, cli] of configs) {
        const r = { ...child(mode, file, workers, capped, cli), capped: capped === true, baseline: cli !== undefined };
        const key = `${mode}:${workers ?? ''}${capped ? ':capped' : ''}${cli ? ':baseline' : ''}`;
        r.load = loadNow();
        const before = best.get(key);
        if (before === undefined || r.ms < before.ms)
          best.set(key, { ...r, maxRssMb: Math.max(r.maxRssMb, before?.maxRssMb ?? 0) });
        else before.maxRssMb = Math.max(before.maxRssMb, r.maxRssMb);
        log(
          `  ${n.toLocaleString('en')} rows · ${mode}${workers === undefined ? '' : ` ${workers} worker(s)`}${capped ? ' (capped heap)' : ''}${cli ? ' (baseline)' : ''}: ${Math.round(r.ms)} ms (CPU ${Math.round(r.cpuMs)} ms), ${Math.round(r.maxRssMb)} MB, load ${r.load}`,
        );
      }
    }
    for (const [key, r] of best) results.push({ n, key, ...r });
    if (!args.includes('--keep')) rmSync(file, { force: true });
  }
  return results;
}

function e2eTable(results) {
  const out = [
    '| rows | pipeline | time | rows/s | × floor throughput | CPU time | peak RSS | output digest | load (1 min) |',
    '|---:|---|---:|---:|---:|---:|---:|---|---:|',
  ];
  for (const n of e2eSizes) {
    const rows = results.filter((r) => r.n === n);
    const floorRow = rows.find((r) => r.mode === 'floor' && !r.capped);
    for (const r of rows) {
      const name =
        (r.mode === 'floor'
          ? 'read + JSON.parse (floor)'
          : r.mode === 'cli'
            ? `\`cdht evaluate --detail summary --workers ${r.workers}\`${r.baseline ? ' (baseline build)' : ''}`
            : `cdht, ${r.workers === 0 ? 'calling thread only' : `${r.workers} worker thread${r.workers > 1 ? 's' : ''}`}`) +
        (r.capped ? ', heap capped (64 MB old space, 4 MB semi-space)' : '');
      out.push(
        `| ${n.toLocaleString('en')} | ${name} | ${(r.ms / 1000).toFixed(2)} s | ${Math.round((r.rows / r.ms) * 1000).toLocaleString('en')} | ${(floorRow.ms / r.ms).toFixed(2)} | ${(r.cpuMs / 1000).toFixed(2)} s | ${Math.round(r.maxRssMb)} MB | ${r.digest || '—'} | ${r.load} |`,
      );
    }
  }
  return out.join('\n');
}

function e2eSummary(results) {
  const lines = [];
  for (const n of e2eSizes) {
    const get = (key) => results.find((r) => r.n === n && r.key === key);
    const f = get('floor:');
    const one = get('cdht:1');
    const two = get('cdht:2');
    const zero = get('cdht:0');
    const digests = new Set([zero, one, two].map((r) => r.digest));
    lines.push(
      `- ${n.toLocaleString('en')} rows: 1 worker = ${((f.ms / one.ms) * 100).toFixed(0)}% of the floor's throughput (target ≥ 80%); 2 workers ${(one.ms / two.ms).toFixed(2)}× faster than 1 (target ≥ 1.7×); output ${digests.size === 1 ? 'identical' : 'DIFFERENT'} for 0, 1 and 2 workers.`,
    );
    const cli0 = get('cli:0');
    const cli2 = get('cli:2');
    lines.push(
      `- ${n.toLocaleString('en')} rows, CLI: \`--workers 2\` = ${(f.ms / cli2.ms).toFixed(2)}× the floor's throughput (target ≥ 0.8×), ${(cli0.ms / cli2.ms).toFixed(2)}× faster than \`--workers 0\` (target ≥ 1.6×); output ${cli0.digest === cli2.digest ? 'identical' : 'DIFFERENT'} for 0 and 2 workers.`,
    );
    const base0 = get('cli:0:baseline');
    const base2 = get('cli:2:baseline');
    if (base0 && base2)
      lines.push(
        `- ${n.toLocaleString('en')} rows, CLI against the baseline build (same run, interleaved): \`--workers 0\` ${(base0.ms / cli0.ms).toFixed(2)}× faster, \`--workers 2\` ${(base2.ms / cli2.ms).toFixed(2)}× faster; baseline output ${base0.digest === cli0.digest && base2.digest === cli2.digest ? 'identical' : 'DIFFERENT'}.`,
      );
  }
  if (e2eSizes.length > 1) {
    for (const key of ['cdht:1', 'cdht:2', 'floor::capped', 'cdht:1:capped', 'cli:0', 'cli:2']) {
      const small = results.find((r) => r.n === e2eSizes[0] && r.key === key);
      const large = results.find((r) => r.n === e2eSizes[1] && r.key === key);
      lines.push(
        `- Peak RSS ${
          key === 'floor::capped'
            ? 'floor, capped heap'
            : key.startsWith('cli:')
              ? `CLI ${key.slice(4)} worker(s)`
              : key
                  .replace('cdht:', '')
                  .replace(':capped', ' worker, capped heap')
                  .replace(/^(\d)$/, '$1 worker(s)')
        }: ${Math.round(large.maxRssMb)} MB at ${e2eSizes[1].toLocaleString('en')} rows vs ${Math.round(small.maxRssMb)} MB at ${e2eSizes[0].toLocaleString('en')} = ${(large.maxRssMb / small.maxRssMb).toFixed(2)}× (target ≤ 1.2×).`,
      );
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

const machine = machineLine();
log(`cdht benchmark — ${machine}`);
log(`${quick ? 'quick run' : 'full run'}, ${rounds} interleaved rounds, seed ${SEED}, bench/${frameworkFile}`);
if (quantifiers)
  log('json-rules-engine and the end-to-end runs are left out for this framework (written for bench/framework.json).');
let table = '';
if (withInProcess) {
  const loadBefore = loadNow();
  const rows = await inProcess();
  const lean = rows.find((r) => r.name.startsWith('cdht createScorer'));
  const compiled = rows.find((r) => r.name.startsWith('cdht compiled module'));
  const aotLine = compiled
    ? `; compiled module (\`cdht compile\`) = ${compiled.ratio.toFixed(2)}× the hand-written function (target ≤ 1.3×), ${(lean.ns / compiled.ns).toFixed(2)}× as fast as createScorer`
    : '';
  const full = rows.find((r) => r.name.startsWith('cdht evaluateCompiled (full'));
  const fullLine = full ? `; full Evaluation = ${full.ratio.toFixed(2)}× (target ≤ 5×)` : '';
  table = `${inProcessTable(rows)}\n\n- cdht lean path = ${lean.ratio.toFixed(2)}× the hand-written function (target ≤ 2.5×)${fullLine}${aotLine}; mismatches: ${rows.reduce((n, r) => n + r.mismatches, 0)} in all; load (1 min) ${loadBefore} before, ${loadNow()} after.`;
  log();
  log(table);
}
let e2e = '';
if (withE2e) {
  log();
  log('End to end (child processes):');
  const results = await endToEnd();
  e2e = `${e2eTable(results)}\n\n${e2eSummary(results)}`;
  log();
  log(e2e);
}

if (writeTo !== undefined) {
  const path = join(here, '..', writeTo);
  const text = readFileSync(path, 'utf8');
  // Each framework's results have their own section, so both runs can be written.
  const marker = quantifiers ? 'bench-quantifiers' : 'bench';
  const begin = `<!-- ${marker}:begin -->`;
  const end = `<!-- ${marker}:end -->`;
  const block = `${begin}\n\nMachine: ${machine}  \nRun: ${new Date().toISOString().slice(0, 10)}, ${quick ? 'quick' : 'full'}, ${rounds} rounds, in process ${inProcessCount.toLocaleString('en')} records.\n\n${table}\n\n${e2e}\n\n${end}`;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  writeFileSync(path, a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + end.length) : `${text}\n${block}\n`);
  log(`\nWrote ${writeTo}`);
}
