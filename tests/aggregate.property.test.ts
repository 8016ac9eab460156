import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Aggregate } from '../src/aggregate/aggregate.js';
import { aggregate, createEmptyAggregate } from '../src/aggregate/aggregate.js';
import { mergeAggregates } from '../src/aggregate/merge.js';
import { rollUp } from '../src/aggregate/rollUp.js';
import { bundledPlans, cadre, evaluation } from './aggregate.fixture.js';

const { konRay } = bundledPlans();

const unitArb = fc.constantFrom<Record<string, string> | undefined>(
  undefined,
  { commune: 'Đắk Ruồng', village: 'Thôn 1' },
  { commune: 'Đắk Ruồng', village: 'Thôn 2' },
  { commune: 'Tân Lập', village: 'Thôn 1' },
  { commune: 'Tân Lập' },
  { agency: 'UBND huyện', unit: 'Phòng GD&ĐT' },
  { commune: 'Tân Lập', agency: 'UBND xã', unit: 'Trường TH' },
  { district: 'Đắk Hà', commune: 'Đắk Mar' },
  { ward: 'Phường 1' },
);

const rowArb: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .record({
      group: fc.constantFrom('household', 'clan', 'community', 'official', 'worker', 'learner'),
      unit: unitArb,
      decision: fc.constantFrom('awarded' as const, 'not-awarded' as const, 'undetermined' as const),
      skill: fc.constantFrom('none' as const, 'basic' as const, 'proficient' as const),
    })
    .map((r) => evaluation('p', r.group, r.unit, r.decision, r.skill)),
  fc.record({ unit: unitArb, trained: fc.boolean() }).map((r) => cadre('c', r.unit ?? {}, r.trained)),
  fc.constant({ person: 'bad' }),
);

const rowsArb = fc.array(rowArb, { maxLength: 40 });
const agg = (rows: unknown[]): Aggregate => aggregate(rows, konRay);

describe('merge of partial aggregates (property)', () => {
  it('equals the aggregate of the concatenated rows, for any split', () => {
    fc.assert(
      fc.property(fc.array(rowsArb, { minLength: 1, maxLength: 5 }), (chunks) => {
        const parts = chunks.map(agg) as [Aggregate, ...Aggregate[]];
        expect(mergeAggregates(parts)).toEqual(agg(chunks.flat()));
      }),
    );
  });

  it('is commutative', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, (a, b) => {
        expect(JSON.stringify(mergeAggregates([agg(a), agg(b)]))).toBe(
          JSON.stringify(mergeAggregates([agg(b), agg(a)])),
        );
      }),
    );
  });

  it('is associative, with the empty aggregate as identity', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, rowsArb, (a, b, c) => {
        const [x, y, z] = [agg(a), agg(b), agg(c)];
        const left = mergeAggregates([mergeAggregates([x, y]), z]);
        const right = mergeAggregates([x, mergeAggregates([y, z])]);
        expect(JSON.stringify(left)).toBe(JSON.stringify(right));
        expect(mergeAggregates([x, createEmptyAggregate(konRay)])).toEqual(x);
      }),
    );
  });

  it('rolls up the same whether merged before or after', () => {
    fc.assert(
      fc.property(rowsArb, rowsArb, (a, b) => {
        expect(rollUp(mergeAggregates([agg(a), agg(b)]))).toEqual(rollUp(agg([...a, ...b])));
      }),
    );
  });
});
