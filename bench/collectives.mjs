// Memory of a collective batch: `engine.evaluateCollectives` over a stream of member evaluations
// made on the fly (none held by the caller), with a fixed set of collectives. The heap, measured
// after a forced GC every 50,000 members, should stay flat as members grow (apart from one key per
// member for the duplicate check, which `duplicateCheck: false` turns off).
//
//   npm run build && node --expose-gc bench/collectives.mjs [--members 1000000] [--units 2000]
import { createEngine } from 'cdht';
import { collectiveFrameworks, frameworks } from 'cdht/criteria';

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const members = arg('members', 1_000_000);
const units = arg('units', 2_000);
const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');

const engine = createEngine();
const loaded = engine.loadAll([...frameworks, ...collectiveFrameworks]);
if (loaded.issues.some((i) => i.severity !== 'warning')) throw new Error('criteria do not load');

const unitRecord = (i) => ({
  id: `U${i}`,
  kind: 'unit',
  level: 'district',
  period: '2025',
  data: {
    annualPlan: true,
    trainingRules: true,
    stateFunded: true,
    trainingBudget: true,
    digitalTools: true,
    lifelongLearning: true,
    membersDisciplined: Math.ceil(members / units),
    membersTrained: Math.ceil(members / units),
  },
});

/** A stored person evaluation, as `cdht evaluate` writes it (only what the grouping reads). */
const DECISIONS = [
  'awarded',
  'awarded',
  'awarded',
  'awarded',
  'awarded',
  'awarded',
  'awarded',
  'awarded',
  'awarded',
  'not-awarded',
];
function member(i) {
  return {
    person: `P${i}`,
    framework: { id: 'cdht-official', version: '2.0.0' },
    period: { from: '2025-01-01', to: '2025-12-31' },
    asOf: '2025-12-31',
    memberships: [{ kind: 'employer', id: `U${i % units}`, level: 'district' }],
    total: 90,
    titles: [{ id: 'cdht', decision: DECISIONS[i % 10], reasons: [], gap: null }],
    derived: {},
  };
}

async function run(duplicateCheck) {
  gc();
  const base = process.memoryUsage().heapUsed;
  const samples = [];
  async function* stream() {
    for (let i = 0; i < members; i++) {
      if (i % 50_000 === 0) {
        gc();
        samples.push(process.memoryUsage().heapUsed - base);
      }
      yield member(i);
    }
  }
  const started = performance.now();
  let summary;
  let decided = 0;
  const collectives = Array.from({ length: units }, (_, i) => unitRecord(i));
  for await (const item of engine.evaluateCollectives(collectives, stream(), { duplicateCheck })) {
    if (item.kind === 'summary') summary = item.summary;
    else if (item.kind === 'collective') decided++;
  }
  const ms = performance.now() - started;
  gc();
  const mb = (b) => (b / 1e6).toFixed(1);
  const first = samples[1] ?? samples[0];
  const last = samples.at(-1);
  console.log(
    `duplicateCheck ${duplicateCheck}: ${members.toLocaleString('en')} members, ${units} units in ${(ms / 1000).toFixed(1)} s; ` +
      `heap above baseline after 50k members ${mb(first)} MB, after ${members.toLocaleString('en')} ${mb(last)} MB, peak ${mb(Math.max(...samples))} MB; ` +
      `${decided} decided; members ${JSON.stringify(summary.members)}; links ${summary.links}`,
  );
}

await run(false);
await run(true);
