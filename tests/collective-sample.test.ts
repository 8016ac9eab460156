// The sample population of Kon Rẫy judged collectively: households, clans, villages, communes and
// units decided from the persons' evaluations streamed once, their counts reconciled with them.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleCollectives } from '../examples/sample/collectives.js';
import { generateSamplePopulation } from '../examples/sample/generate.js';
import type { CollectiveBatchSummary } from '../src/engine/collectiveBatch.js';
import type { Engine } from '../src/engine.js';
import type { CollectiveEvaluation } from '../src/format/collectiveEvaluation.js';
import type { Evaluation } from '../src/format/evaluation.js';
import { bundledEngine } from './programme.fixture.js';

let engine: Engine;
beforeAll(async () => {
  engine = await bundledEngine();
});

const population = generateSamplePopulation();
const collectives = sampleCollectives(population);

describe('the sample collectives', () => {
  it('are the file shipped in examples/sample, byte for byte', () => {
    const shipped = readFileSync(new URL('../examples/sample/collectives-2025.ndjson', import.meta.url), 'utf8');
    expect(shipped).toBe(`${collectives.map((c) => JSON.stringify(c)).join('\n')}\n`);
  });

  it('are every collective the persons name, with sizes counting them', () => {
    const named = new Map<string, number>();
    for (const r of population.records)
      for (const m of r.memberships) {
        const kind = m.kind === 'employer' ? 'unit' : m.kind;
        named.set(`${kind}:${m.id}`, (named.get(`${kind}:${m.id}`) ?? 0) + 1);
      }
    const listed = collectives.filter((c) => !(c.kind === 'community' && c.level === 'commune'));
    expect(new Set(listed.map((c) => `${c.kind}:${c.id}`))).toEqual(new Set(named.keys()));
    for (const c of listed) if (c.size !== undefined) expect(c.size, c.id).toBe(named.get(`${c.kind}:${c.id}`));
    expect(collectives.filter((c) => c.kind === 'community' && c.level === 'commune')).toHaveLength(7);
  });
});

describe('collective evaluation of the sample population', () => {
  it('streams the persons’ evaluations once and its counts reconcile with them', async () => {
    let evaluated = 0;
    // Per collective, from the persons' own results: how many evaluations name it, how many titled.
    const expected = new Map<string, { members: number; titled: number }>();
    async function* people(): AsyncGenerator<Evaluation> {
      for (const record of population.records) {
        const r = engine.safeEvaluate(undefined, record);
        if (!r.success) continue;
        evaluated++;
        const titled = r.data.titles.find((t) => t.id === 'cdht')?.decision === 'awarded';
        for (const m of record.memberships) {
          const key = `${m.kind === 'employer' ? 'unit' : m.kind}:${m.id}`;
          const e = expected.get(key) ?? { members: 0, titled: 0 };
          e.members++;
          if (titled) e.titled++;
          expected.set(key, e);
        }
        yield r.data;
      }
    }
    const decided: CollectiveEvaluation[] = [];
    let summary: CollectiveBatchSummary | undefined;
    for await (const item of engine.evaluateCollectives(collectives, people())) {
      if (item.kind === 'collective') decided.push(item.evaluation);
      else if (item.kind === 'summary') summary = item.summary;
      else throw new Error(`${item.kind} ${item.index}: ${item.issues[0].message.en}`);
    }
    // The rows planted with a score of 12 are rejected (an impossible birth date is only a warning).
    const outOfRange = population.records.filter((r) =>
      Object.values(r.data).some((v) => typeof v === 'object' && v !== null && (v as { self?: number }).self === 12),
    ).length;
    expect(outOfRange).toBe(19);
    expect(evaluated).toBe(population.records.length - outOfRange);
    expect(summary?.members).toEqual({ read: evaluated, counted: evaluated, unmatched: 0, rejected: 0 });
    expect(summary?.collectives).toEqual({ read: collectives.length, evaluated: collectives.length, rejected: 0 });
    expect(decided).toHaveLength(collectives.length);
    let persons = 0;
    for (const e of decided) {
      if (e.collective.kind === 'community' && e.collective.level === 'commune') continue;
      const want = expected.get(`${e.collective.kind}:${e.collective.id}`) ?? { members: 0, titled: 0 };
      const households = decided.filter(
        (h) =>
          h.collective.kind === 'household' &&
          h.memberships?.some((m) => m.kind === e.collective.kind && m.id === e.collective.id),
      ).length;
      expect(e.members.received, e.collective.id).toBe(want.members + households);
      if (e.members.conditions.titled !== undefined)
        expect(e.members.conditions.titled.yes, e.collective.id).toBe(want.titled);
      persons += want.members;
    }
    const households = decided.filter((e) => e.collective.kind === 'household');
    const inLowerCollectives = households.reduce((n, h) => n + (h.memberships?.length ?? 0), 0);
    expect(summary?.links).toBe(persons + inLowerCollectives);
    expect(decided.reduce((n, e) => n + e.members.received, 0)).toBe(summary?.links);
    // A learning family has every adult titled; a planted (rejected) member leaves it undetermined at best.
    for (const h of households) {
      if (h.recognised !== 'awarded') continue;
      expect(h.members.missing, h.collective.id).toBe(0);
      expect(h.members.conditions.titled?.yes, h.collective.id).toBe(h.members.received);
    }
    const recognised = summary?.recognised ?? {};
    for (const [kind, counts] of Object.entries(recognised))
      expect(counts.awarded + counts['not-awarded'] + counts.undetermined, kind).toBe(
        collectives.filter((c) => c.kind === kind).length,
      );
  });
});
