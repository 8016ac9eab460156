import { beforeAll, describe, expect, it } from 'vitest';
import type { CollectiveBatchItem, CollectiveBatchSummary } from '../src/engine/collectiveBatch.js';
import type { Engine } from '../src/engine.js';
import { CdhtError } from '../src/errors/issue.js';
import type { CollectiveRecord } from '../src/format/collective.js';
import type { CollectiveEvaluation } from '../src/format/collectiveEvaluation.js';
import type { Evaluation } from '../src/format/evaluation.js';
import type { Membership } from '../src/format/evidence.js';
import { districtUnit, family, memberRecord, staff } from './collective.fixture.js';
import { bundledEngine } from './programme.fixture.js';

let engine: Engine;
beforeAll(async () => {
  engine = await bundledEngine();
});

async function run(
  collectives: Iterable<unknown> | AsyncIterable<unknown>,
  members: Iterable<unknown> | AsyncIterable<unknown>,
  options?: Parameters<Engine['evaluateCollectives']>[2],
): Promise<{ items: CollectiveBatchItem[]; byId: Map<string, CollectiveEvaluation>; summary: CollectiveBatchSummary }> {
  const items: CollectiveBatchItem[] = [];
  for await (const item of engine.evaluateCollectives(collectives, members, options)) items.push(item);
  const byId = new Map<string, CollectiveEvaluation>();
  for (const i of items) if (i.kind === 'collective') byId.set(i.evaluation.collective.id, i.evaluation);
  const last = items.at(-1);
  if (last?.kind !== 'summary') throw new Error('the last item is not the summary');
  return { items, byId, summary: last.summary };
}

/** Yields the values one by one, as a reader would, counting how many were taken. */
async function* lazily<T>(values: readonly T[], taken: { n: number }): AsyncGenerator<T> {
  for (const v of values) {
    taken.n++;
    yield v;
  }
}

const household: Membership = { kind: 'household', id: 'ĐR-T1-H07' };
const adult = (id: string, outcome: 'awarded' | 'not-awarded' | 'undetermined', more: Membership[] = []): Evaluation =>
  engine.evaluate(undefined, memberRecord(id, outcome, [household, ...more], 'cdht-resident'));

describe('engine.evaluateCollectives: every collective of a batch from one stream of members', () => {
  it('decides each collective exactly as engine.evaluateCollective does, and the counts reconcile', async () => {
    // Unit A: 19 of 20 titled (level 2); unit B: 17 of 20 (no level, 1 more needed); family: 3 adults titled.
    const a = staff(engine, 'A', { awarded: 19, total: 20 });
    const b = staff(engine, 'B', { awarded: 17, total: 20 });
    const adults = [adult('a1', 'awarded'), adult('a2', 'awarded'), adult('a3', 'awarded')];
    // Interleaved, as a file of the whole population would be.
    const members = a.flatMap((m, i) => [m, b[i] as Evaluation, ...(i < 3 ? [adults[i] as Evaluation] : [])]);
    const collectives = [districtUnit('A', 20), districtUnit('B', 20), family('ĐR-T1-H07', 3)];
    const taken = { n: 0 };
    const { byId, summary } = await run(collectives, lazily(members, taken));
    expect(taken.n).toBe(43);
    expect(byId.get('A')).toEqual(engine.evaluateCollective(undefined, districtUnit('A', 20), a));
    expect(byId.get('B')).toEqual(engine.evaluateCollective(undefined, districtUnit('B', 20), b));
    expect(byId.get('ĐR-T1-H07')).toEqual(engine.evaluateCollective(undefined, family('ĐR-T1-H07', 3), adults));
    expect(byId.get('A')?.level.awarded).toBe('muc2');
    expect(byId.get('B')?.level.awarded).toBeNull();
    expect(byId.get('B')?.titles[0]?.gap?.members).toEqual([
      { indicator: 'C3.1', condition: 'titled', among: null, more: 1, undetermined: 0 },
    ]);
    expect(summary).toEqual({
      collectives: { read: 3, evaluated: 3, rejected: 0 },
      members: { read: 43, counted: 43, unmatched: 0, rejected: 0 },
      links: 43,
      recognised: {
        unit: { awarded: 1, 'not-awarded': 1, undetermined: 0 },
        household: { awarded: 1, 'not-awarded': 0, undetermined: 0 },
      },
    });
    // links = the members each collective received
    expect([...byId.values()].reduce((n, e) => n + e.members.received, 0)).toBe(summary.links);
  });

  it('17 titled and 2 undetermined of 20 is undetermined in a batch too', async () => {
    const members = staff(engine, 'C', { awarded: 17, undetermined: 2, total: 20 });
    const { byId } = await run([districtUnit('C', 20)], members);
    expect(byId.get('C')?.recognised).toBe('undetermined');
    expect(byId.get('C')?.level).toMatchObject({ awarded: null, possible: 'muc2' });
  });

  it('a family’s decision changes when one member’s evaluation changes', async () => {
    const before = await run(
      [family('ĐR-T1-H07', 3)],
      [adult('a1', 'awarded'), adult('a2', 'awarded'), adult('a3', 'awarded')],
    );
    const after = await run(
      [family('ĐR-T1-H07', 3)],
      [adult('a1', 'awarded'), adult('a2', 'not-awarded'), adult('a3', 'awarded')],
    );
    expect(before.byId.get('ĐR-T1-H07')).toMatchObject({ total: 95, recognised: 'awarded' });
    expect(after.byId.get('ĐR-T1-H07')).toMatchObject({ total: 85, recognised: 'not-awarded' });
  });

  it('decides households first and counts them in their clan, as the clan’s own evaluation would', async () => {
    const clan: CollectiveRecord = {
      id: 'clan1',
      kind: 'clan',
      period: '2025',
      data: { childrenSchooling: true, studyBoard: true, studyFund: true, noViolations: true },
    };
    const clanOf: Membership = { kind: 'clan', id: 'clan1' };
    const homes = ['H1', 'H2', 'H3'].map((id) => ({ ...family(id, 1), memberships: [clanOf] }));
    const people = homes.map((h, i) =>
      engine.evaluate(
        undefined,
        memberRecord(
          `p${i + 1}`,
          i === 2 ? 'not-awarded' : 'awarded',
          [{ kind: 'household', id: h.id }, clanOf],
          'cdht-resident',
        ),
      ),
    );
    // The clan first in the file: it is still decided after its households.
    const { items, byId, summary } = await run([clan, ...homes], people);
    const order = items.flatMap((i) => (i.kind === 'collective' ? [i.evaluation.collective.id] : []));
    expect(order).toEqual(['H1', 'H2', 'H3', 'clan1']);
    const homeEvaluations = homes.map((h) => byId.get(h.id) as CollectiveEvaluation);
    expect(homeEvaluations.map((h) => h.recognised)).toEqual(['awarded', 'awarded', 'not-awarded']);
    expect(byId.get('clan1')).toEqual(engine.evaluateCollective(undefined, clan, [...homeEvaluations, ...people]));
    expect(byId.get('clan1')?.members.received).toBe(6);
    // 3 persons in their households and clan (6), 3 households in the clan (3)
    expect(summary.links).toBe(9);
    expect(summary.members).toEqual({ read: 3, counted: 3, unmatched: 0, rejected: 0 });
  });

  it('never loses a record: bad and duplicate collectives and members are items with their issues', async () => {
    const members = staff(engine, 'A', { awarded: 2, total: 2 });
    const stranger = engine.evaluate(
      undefined,
      memberRecord('x1', 'awarded', [{ kind: 'employer', id: 'Z', level: 'district' }]),
    );
    const { items, summary } = await run(
      [districtUnit('A', 2), { id: 'bad', kind: 'unit' }, districtUnit('A', 3)],
      [members[0], { person: 'p' }, members[1], members[0], stranger],
    );
    const rejected = items.flatMap((i) =>
      i.kind === 'collective-rejected' || i.kind === 'member-rejected'
        ? [`${i.kind} ${i.index} ${i.id} ${i.issues.map((x) => `${x.code} ${JSON.stringify(x.path)}`).join(', ')}`]
        : [],
    );
    expect(rejected).toEqual([
      'collective-rejected 1 bad invalid_record ["period"], invalid_record ["data"]',
      'collective-rejected 2 A duplicate_collective ["id"]',
      'member-rejected 1 p invalid_member ["framework"]',
      'member-rejected 3 A-01 duplicate_member []',
    ]);
    const dup = items.find((i) => i.kind === 'collective-rejected' && i.index === 2);
    expect(dup?.kind === 'collective-rejected' && dup.issues[0].message.en).toBe(
      'unit "A" already has a record for period 2025-01-01..2025-12-31 at record 1; this one is rejected',
    );
    expect(summary.collectives).toEqual({ read: 3, evaluated: 1, rejected: 2 });
    expect(summary.members).toEqual({ read: 5, counted: 2, unmatched: 1, rejected: 2 });
  });

  it('a collective with more members than its size is rejected after counting them', async () => {
    const members = staff(engine, 'A', { awarded: 3, total: 3 });
    const { items, summary } = await run([districtUnit('A', 2)], members);
    expect(items[0]).toMatchObject({ kind: 'collective-rejected', index: 0, id: 'A' });
    expect(items[0]?.kind === 'collective-rejected' && items[0].issues[0].code).toBe('members_exceed_size');
    expect(summary.links).toBe(3);
  });

  it('refuses a bad date at once, and freezes each evaluation', async () => {
    expect(() => engine.evaluateCollectives([], [], { asOf: '31/02/2025' })).toThrow(CdhtError);
    const { byId } = await run([districtUnit('A', 1)], staff(engine, 'A', { awarded: 1, total: 1 }));
    expect(Object.isFrozen(byId.get('A')?.members)).toBe(true);
  });
});
