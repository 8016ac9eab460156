// One answer through every door: the same seeded records through engine.evaluate / safeEvaluate,
// evaluateBatch, evaluateNdjson (two worker threads, lean scores) and `cdht evaluate` (run once over
// the whole file) must get the same decisions, totals and rejection codes. (`--workers N` giving
// byte-identical output is tested in cli-plugin.test.ts and batch-evidence.test.ts.)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cccdPlugin } from '../examples/plugins/cdht-plugin-cccd/index.js';
import { CdhtError, createEngine, type Evaluation, type Issue } from '../src/index.js';
import {
  type BatchItem,
  evaluateBatch,
  evaluateNdjson,
  readFrameworkInputs,
  resolveBundledCriteriaDir,
} from '../src/node.js';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';
import { differentialRecords } from './fixtures/differential/records.js';

const COUNT = 20_000;
const SEED = 20251231;
const PLUGIN = join(ROOT, 'examples/plugins/cdht-plugin-cccd/index.js');
const EXTRA = [
  join(ROOT, 'examples/kon-ray/criteria'),
  join(ROOT, 'tests/fixtures/frameworks/basic.json'),
  join(ROOT, 'examples/plugins/cdht-plugin-cccd/framework.json'),
];

/** What a door answered for one record, as comparable text. */
interface Answer extends Pick<Evaluation, 'framework' | 'total' | 'possible' | 'unit'> {
  readonly titles: readonly { readonly id: string; readonly decision: string }[];
}
function evaluated(e: Answer): string {
  const titles = e.titles.map((t) => `${t.id}:${t.decision}`).join(' ');
  return `evaluated ${e.framework.id}@${e.framework.version} ${e.total}/${e.possible} ${titles} ${JSON.stringify(e.unit ?? null)}`;
}
const rejected = (issues: readonly { readonly code: string }[]): string =>
  `rejected ${issues.map((i) => i.code).join(',')}`;
const ofItem = (i: BatchItem): string => (i.evaluation ? evaluated(i.evaluation) : rejected(i.issues ?? []));
/** A lean score says the same as an evaluation (decisions in title order). */
const ofScore = (i: BatchItem): string => {
  const s = i.score;
  if (s === undefined) return rejected(i.issues ?? []);
  const titles = s.titles.map((id, k) => ({ id, decision: s.decisions[k] ?? 'undetermined' }));
  return evaluated({ framework: s.framework, total: s.total, possible: s.possible, titles, unit: s.unit });
};

const engine = createEngine({ plugins: [cccdPlugin] });
let records: unknown[] = [];
let sources: Awaited<ReturnType<typeof readFrameworkInputs>>['inputs'] = [];
let ndjson = '';
let dir = '';

beforeAll(async () => {
  requireBuild();
  const read = await readFrameworkInputs([resolveBundledCriteriaDir(), ...EXTRA]);
  sources = read.inputs;
  const loaded = engine.loadAll(sources);
  expect(loaded.issues.filter((i) => i.severity !== 'warning')).toEqual([]);
  records = differentialRecords(COUNT, SEED, engine.frameworks());
  dir = mkdtempSync(join(tmpdir(), 'cdht-differential-'));
  ndjson = join(dir, 'records.ndjson');
  writeFileSync(ndjson, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
  // Loading every bundled framework and generating the records took over vitest's 10 s hook default
  // on a machine under load; the tests themselves already have a minute each.
}, 120_000);

/**
 * engine.safeEvaluate record by record, with the batches' duplicate rule (the first evaluated record
 * wins); engine.evaluate on every tenth record must throw exactly the issues safeEvaluate returns,
 * or return the same evaluation. Batches leave out explanations; so does this door (decisions and
 * totals do not depend on them).
 */
function engineAnswers(): { answers: string[]; warned: number } {
  const seen = new Set<string>();
  let warned = 0;
  const options = { explain: false } as const;
  const answers = records.map((record, k) => {
    const r = engine.safeEvaluate(undefined, record, options);
    if (k % 10 === 0) {
      let thrown: readonly Issue[] | undefined;
      let value: Evaluation | undefined;
      try {
        value = engine.evaluate(undefined, record, options);
      } catch (error) {
        if (!(error instanceof CdhtError)) throw error;
        thrown = error.issues;
      }
      expect([thrown, value]).toEqual(r.success ? [undefined, r.data] : [r.issues, undefined]);
    }
    if (!r.success) return rejected(r.issues);
    const key = `${r.data.person}\u0000${r.data.period.from}..${r.data.period.to}`;
    if (seen.has(key)) return rejected([{ code: 'duplicate_record' }]);
    seen.add(key);
    if (r.warnings.length > 0) warned++;
    return evaluated(r.data);
  });
  return { answers, warned };
}

describe(`one answer through every door (${COUNT.toLocaleString('en')} seeded records)`, () => {
  it('engine.evaluate, evaluateBatch, evaluateNdjson with workers and cdht evaluate agree on every record', async () => {
    const expected = engineAnswers();
    const counts = new Map<string, number>();
    for (const a of expected.answers) {
      const key = a.startsWith('rejected') ? a.split(' ')[1]?.split(',')[0] : 'evaluated';
      counts.set(key as string, (counts.get(key as string) ?? 0) + 1);
    }
    // The corpus is what the test claims: a quarter or more rejected, by many different codes.
    const rejectedCount = expected.answers.filter((a) => a.startsWith('rejected')).length;
    expect(rejectedCount).toBeGreaterThanOrEqual(COUNT / 4);
    expect(rejectedCount).toBeLessThan(COUNT / 2);
    for (const code of ['invalid_evidence', 'invalid_record', 'unknown_framework', 'duplicate_record'])
      expect(counts.get(code) ?? 0, code).toBeGreaterThan(50);
    expect(expected.warned).toBeGreaterThan(500);
    expect(
      new Set(expected.answers.filter((a) => a.startsWith('evaluated')).map((a) => a.split(' ')[1])).size,
    ).toBeGreaterThan(8);

    const batch: BatchItem[] = [];
    for await (const item of evaluateBatch(engine, records)) batch.push(item);
    expect(batch.map(ofItem)).toEqual(expected.answers);
    expect(batch.filter((i) => i.warnings !== undefined).length).toBe(expected.warned);

    // NDJSON parsed and checked in two worker threads, scored by the lean scorer.
    const lines: BatchItem[] = [];
    const options = { workers: 2, sources, plugins: [PLUGIN], detail: 'score' } as const;
    for await (const item of evaluateNdjson(engine, ndjson, options)) lines.push(item);
    expect(lines.map(ofScore)).toEqual(expected.answers);
    expect(lines.map((i) => i.row)).toEqual(records.map((_, k) => k + 1));
    // The lean score carries the points per criterion of the full evaluation (rounded alike).
    expect(lines.flatMap((i) => (i.score === undefined ? [] : [i.score.criteria]))).toEqual(
      batch.flatMap((i) => (i.evaluation === undefined ? [] : [i.evaluation.criteria.map((c) => c.points)])),
    );

    const out = join(dir, 'out.ndjson');
    const rejects = join(dir, 'rejects.ndjson');
    const extra = EXTRA.flatMap((c) => ['--criteria', c]);
    const run = cdht(
      [
        'evaluate',
        ndjson,
        ...extra,
        '--plugin',
        PLUGIN,
        '--detail',
        'summary',
        '--workers',
        '2',
        '--out',
        out,
        '--rejects',
        rejects,
        '--lang',
        'en',
      ],
      dir,
    );
    expect(run.code, run.stderr).toBe(0);
    const evaluations = readFileSync(out, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Evaluation);
    const rejectedRows = new Map(
      readFileSync(rejects, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { row: number; issues: { code: string }[] })
        .map((r) => [r.row, r.issues]),
    );
    let next = 0;
    const cli = records.map((_, k) => {
      const issues = rejectedRows.get(k + 1);
      return issues ? rejected(issues) : evaluated(evaluations[next++] as Evaluation);
    });
    expect(next).toBe(evaluations.length);
    expect(cli).toEqual(expected.answers);
    const evaluatedCount = COUNT - rejectedCount;
    expect(run.stderr).toContain(
      `Read ${COUNT.toLocaleString('en-US')} rows: ${evaluatedCount.toLocaleString('en-US')} evaluated, ${rejectedCount.toLocaleString('en-US')} rejected`,
    );
    expect(run.stderr).toContain(`${expected.warned.toLocaleString('en-US')} rows had warnings`);

    // The summary the CLI writes is the full evaluation (evaluateBatch's) without indicator results,
    // reasons and gaps — same values, same key order — though it is computed without building them.
    const summaries = batch.flatMap((i) =>
      i.evaluation === undefined
        ? []
        : [
            JSON.stringify({
              ...i.evaluation,
              indicators: [],
              titles: i.evaluation.titles.map((t) => ({ id: t.id, decision: t.decision, reasons: [], gap: null })),
            }),
          ],
    );
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(summaries.map((l) => `${l}\n`).join(''));

    // Byte-identical output for every worker count, in NDJSON and JSON, summaries and full evaluations.
    const again = (name: string, ...more: string[]): string => {
      const file = join(dir, name);
      const r = cdht(['evaluate', ndjson, ...extra, '--plugin', PLUGIN, '--out', file, '--lang', 'en', ...more], dir);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain(
        `Read ${COUNT.toLocaleString('en-US')} rows: ${evaluatedCount.toLocaleString('en-US')} evaluated, ${rejectedCount.toLocaleString('en-US')} rejected`,
      );
      return readFileSync(file, 'utf8');
    };
    expect(again('summary0.ndjson', '--detail', 'summary', '--workers', '0')).toBe(written);
    const json = again('summary2.json', '--detail', 'summary', '--workers', '2', '--format', 'json');
    expect(json).toBe(`[\n${summaries.join(',\n')}\n]\n`);
    expect(again('summary0.json', '--detail', 'summary', '--workers', '0', '--format', 'json')).toBe(json);
    const full = again('full2.ndjson', '--workers', '2');
    expect(
      full
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as Evaluation).person),
    ).toEqual(batch.flatMap((i) => (i.evaluation === undefined ? [] : [i.evaluation.person])));
    expect(again('full0.ndjson', '--workers', '0')).toBe(full);
  }, 300_000);

  it('every door refuses an evaluation date that is not one', async () => {
    const record = records.find((r) => engine.safeEvaluate(undefined, r).success);
    for (const asOf of ['garbage', '2025-02-30', '31/13/2025']) {
      expect(engine.safeEvaluate(undefined, record, { asOf })).toMatchObject({
        success: false,
        issues: [{ code: 'invalid_as_of' }],
      });
      expect(() => evaluateBatch(engine, [record], { asOf })).toThrow(
        expect.objectContaining({ code: 'invalid_as_of' }),
      );
      expect(() => evaluateNdjson(engine, ndjson, { asOf })).toThrow(
        expect.objectContaining({ code: 'invalid_as_of' }),
      );
      const run = cdht(['evaluate', ndjson, '--as-of', asOf, '--lang', 'en'], dir);
      expect([run.code, run.stderr]).toEqual([
        2,
        expect.stringContaining(`--as-of must be a date dd/MM/yyyy or yyyy-MM-dd (got "${asOf}")`),
      ]);
    }
    // The same day written three ways gives the same evaluation.
    const days = ['2025-12-31', '31/12/2025', new Date(2025, 11, 31)].map((asOf) =>
      engine.evaluate(undefined, record, { asOf }),
    );
    expect(days[1]).toEqual(days[0]);
    expect(days[2]).toEqual(days[0]);
  }, 60_000);
});
