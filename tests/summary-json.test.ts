// `--detail summary` rows are written field by field as bytes (_writeSummary) instead of
// JSON.stringify: the bytes must be the same, for every bundled framework, optional field and variant.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.js';
import { _createSummarizer } from '../src/evaluate/summary.js';
import type { EvidenceRecord } from '../src/format/evidence.js';
import { JsonSink } from '../src/node/batch/jsonSink.js';
import { _summaryWriter } from '../src/node/batch/summaryBytes.js';
import { evaluateBatch, evaluateNdjsonText } from '../src/node.js';
import { bundledEngine, sampleUnitEntries } from './programme.fixture.js';

const read = (name: string): EvidenceRecord[] =>
  readFileSync(new URL(`../examples/sample/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EvidenceRecord);
const allSamples = [
  ...read('evidence-2025.ndjson'),
  ...read('cadres-2025.ndjson'),
  ...read('evidence-2025-two-tier.ndjson'),
];
/** The sample records the front door accepts (the sample has a few broken rows on purpose). */
const samples: EvidenceRecord[] = [];

let engine: Engine;
beforeAll(async () => {
  engine = await bundledEngine();
  for await (const item of evaluateBatch(engine, allSamples, { detail: 'summary', workers: 0 }))
    if (item.evaluation !== undefined) samples.push(allSamples[item.index] as EvidenceRecord);
  expect(samples.length).toBeGreaterThan(4300);
});

/** The bytes a summary writer writes for `e`, as text (one writer throughout: it remembers shared parts). */
const writeSummary = _summaryWriter();
const written = (e: Parameters<typeof writeSummary>[0]): string => {
  const out = new JsonSink(0);
  writeSummary(e, out);
  return out.bytes.subarray(0, out.at).toString('utf8');
};

describe('_summaryWriter', () => {
  it('writes what JSON.stringify writes, for every bundled framework over the samples', () => {
    // Optional fields both ways: without a name, unit or memberships; with a birth year or not.
    const varied = samples.slice(0, 400).map((r, i) => {
      const { name, unit, memberships, ...rest } = r;
      const data = { ...r.data };
      if (i % 3 === 0) delete data.birthDate;
      return {
        ...rest,
        ...(i % 2 ? { name } : {}),
        ...(i % 5 ? { unit } : {}),
        ...(i % 7 ? { memberships } : {}),
        data,
      } as EvidenceRecord;
    });
    const seen = { frameworks: 0, rows: 0, variant: 0, derived: 0, name: 0, birthYear: 0, noUnit: 0 };
    for (const fw of engine.frameworks()) {
      const cf = engine.compile(fw);
      if (cf.collective !== undefined) continue;
      seen.frameworks++;
      for (const options of [{}, { asOf: '2025-06-30', units: sampleUnitEntries() }]) {
        const summarize = _createSummarizer(cf, options);
        for (const record of [...samples, ...varied]) {
          const e = summarize(record);
          expect(written(e)).toBe(JSON.stringify(e));
          seen.rows++;
          if (e.variant !== undefined) seen.variant++;
          if (Object.keys(e.derived).length > 0) seen.derived++;
          if (e.name !== undefined) seen.name++;
          if (e.birthYear !== undefined) seen.birthYear++;
          if (e.unit === undefined) seen.noUnit++;
        }
      }
    }
    expect(seen.frameworks).toBeGreaterThanOrEqual(8);
    for (const [k, n] of Object.entries(seen)) expect(n, k).toBeGreaterThan(0);
  });

  it('remembers the bytes of frozen shared parts only, so a changed unfrozen part is written anew', () => {
    const fw = engine.frameworks().find((f) => engine.compile(f).collective === undefined);
    const cf = engine.compile(fw as NonNullable<typeof fw>);
    const summarize = _createSummarizer(cf);
    const e = summarize(samples[0] as EvidenceRecord);
    // The summarizer shares frozen parts: the framework reference, a year's period, title results.
    expect(Object.isFrozen(e.framework) && Object.isFrozen(e.titles[0])).toBe(true);
    const writer = _summaryWriter();
    const once = (x: typeof e): string => {
      const out = new JsonSink(0);
      writer(x, out);
      return out.bytes.subarray(0, out.at).toString('utf8');
    };
    expect(once(e)).toBe(JSON.stringify(e));
    expect(once(e)).toBe(JSON.stringify(e)); // from the remembered bytes
    // Equal content in other objects, frozen or not, and an unfrozen part changed between writes.
    const criterion = { ...(e.criteria[0] as (typeof e.criteria)[number]) };
    const copy = {
      ...e,
      framework: Object.freeze({ ...e.framework }),
      period: { ...e.period },
      criteria: [criterion, ...e.criteria.slice(1)],
      titles: e.titles.map((t) => ({ ...t, reasons: [] })),
    };
    expect(once(copy)).toBe(JSON.stringify(copy));
    criterion.points = 0.5;
    copy.period.to = '2099-12-31';
    (copy.titles[0] as { decision: string }).decision = 'undetermined';
    expect(once(copy)).toBe(JSON.stringify(copy));
    expect(once(copy)).toContain('"points":0.5');
  });

  it('is what `--detail summary` writes: the text door matches JSON.stringify of the batch door', async () => {
    const file = new URL('../examples/sample/evidence-2025.ndjson', import.meta.url).pathname;
    const decoder = new TextDecoder();
    let text = '';
    for await (const block of evaluateNdjsonText(engine, file, { detail: 'summary', workers: 0 }))
      for (const bytes of block.pieces) text += decoder.decode(bytes);
    let expected = '';
    for await (const item of evaluateBatch(engine, read('evidence-2025.ndjson'), { detail: 'summary', workers: 0 }))
      if (item.evaluation !== undefined) expected += `${JSON.stringify(item.evaluation)}\n`;
    expect(expected.split('\n').length).toBeGreaterThan(3900);
    expect(text).toBe(expected);
  });
});
