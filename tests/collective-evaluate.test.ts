import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/engine.js';
import { CdhtError } from '../src/errors/issue.js';
import type { Membership } from '../src/format/evidence.js';
import { districtUnit, family, memberRecord, staff } from './collective.fixture.js';
import { bundledEngine } from './programme.fixture.js';

let engine: Engine;
beforeAll(async () => {
  engine = await bundledEngine();
});

const codeOf = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    if (error instanceof CdhtError) return `${error.code} ${JSON.stringify(error.issues[0]?.path)}`;
    throw error;
  }
  return 'no error';
};

describe('a district learning unit (TT 24/2023): members titled against 90% and 95%', () => {
  it('19 of 20 titled (95%) is level 2 when every other target holds', () => {
    const e = engine.evaluateCollective(
      'don-vi-hoc-tap-huyen',
      districtUnit('tc', 20),
      staff(engine, 'tc', { awarded: 19, total: 20 }),
    );
    expect(e.titles.map((t) => [t.id, t.decision])).toEqual([
      ['muc1', 'awarded'],
      ['muc2', 'awarded'],
    ]);
    expect(e.level).toMatchObject({ awarded: 'muc2', possible: 'muc2' });
    expect(e.recognised).toBe('awarded');
    expect(e.members).toMatchObject({ expected: 20, received: 20, missing: 0, undetermined: 0 });
    expect(e.members.conditions.titled).toEqual({ yes: 19, no: 1, unknown: 0, unsure: 0 });
    expect(e.indicators.find((i) => i.id === 'C3.1M2')?.members?.[0]).toMatchObject({
      operator: 'membersPercentAtLeast',
      threshold: 95,
      result: true,
      more: 0,
    });
  });

  it('19 of 20 titled is no level at all when another level-1 target fails (17 of 20 trained: 85% < 90%)', () => {
    const e = engine.evaluateCollective(
      'don-vi-hoc-tap-huyen',
      districtUnit('tc', 20, { membersTrained: 17 }),
      staff(engine, 'tc', { awarded: 19, total: 20 }),
    );
    expect(e.titles.map((t) => [t.id, t.decision])).toEqual([
      ['muc1', 'not-awarded'],
      ['muc2', 'not-awarded'],
    ]);
    expect(e.level.awarded).toBeNull();
    expect(e.recognised).toBe('not-awarded');
    expect(e.titles[0]?.gap?.indicators).toEqual([{ id: 'C2.2', from: 0, to: 1 }]);
    expect(e.titles[0]?.gap?.members).toEqual([]);
  });

  it('18 of 20 titled (90%) is level 1, one short of level 2', () => {
    const e = engine.evaluateCollective(
      'don-vi-hoc-tap-huyen',
      districtUnit('tc', 20),
      staff(engine, 'tc', { awarded: 18, total: 20 }),
    );
    expect(e.level).toMatchObject({ awarded: 'muc1', possible: 'muc1' });
    const muc2 = e.titles.find((t) => t.id === 'muc2');
    expect(muc2?.decision).toBe('not-awarded');
    expect(muc2?.gap?.members).toEqual([
      { indicator: 'C3.1M2', condition: 'titled', among: null, more: 1, undetermined: 0 },
    ]);
  });

  it('17 of 20 titled (85%) fails level 1 with a gap of 1 member', () => {
    const e = engine.evaluateCollective(
      'don-vi-hoc-tap-huyen',
      districtUnit('tc', 20),
      staff(engine, 'tc', { awarded: 17, total: 20 }),
    );
    const muc1 = e.titles.find((t) => t.id === 'muc1');
    expect(muc1?.decision).toBe('not-awarded');
    expect(e.recognised).toBe('not-awarded');
    // 90% of 20 is 18: one more member titled would do.
    expect(muc1?.gap?.members).toEqual([
      { indicator: 'C3.1', condition: 'titled', among: null, more: 1, undetermined: 0 },
    ]);
    expect(muc1?.gap?.indicators).toEqual([{ id: 'C3.1', from: 0, to: 1 }]);
    expect(muc1?.reasons).toEqual([
      {
        code: 'members_below',
        target: 'C3.1',
        actual: 17,
        expected: 18,
        counted: 20,
        threshold: 90,
        percent: true,
        who: { vi: 'thành viên', en: 'members' },
        what: { vi: 'đạt danh hiệu “Công dân học tập”', en: 'hold the Learning Citizen title' },
        message: {
          vi: 'chỉ tiêu C3.1: 17/20 thành viên đạt danh hiệu “Công dân học tập” (85%) < 90%; cần thêm 1 thành viên',
          en: 'target C3.1: 17 of 20 members hold the Learning Citizen title (85%) < 90%; 1 more needed',
        },
      },
    ]);
  });

  it('17 titled and 2 undetermined of 20 is undetermined: 85% to 95% straddles both levels', () => {
    const e = engine.evaluateCollective(
      'don-vi-hoc-tap-huyen',
      districtUnit('tc', 20),
      staff(engine, 'tc', { awarded: 17, undetermined: 2, total: 20 }),
    );
    expect(e.titles.map((t) => [t.id, t.decision])).toEqual([
      ['muc1', 'undetermined'],
      ['muc2', 'undetermined'],
    ]);
    expect(e.level).toMatchObject({ awarded: null, possible: 'muc2' });
    expect(e.recognised).toBe('undetermined');
    expect(e.members).toMatchObject({ undetermined: 2, undeterminedIds: ['tc-18', 'tc-19'] });
    const muc1 = e.titles.find((t) => t.id === 'muc1');
    // Level 1 depends on C3.1 only among the member targets; the reason names it and the members.
    expect(muc1?.reasons.map((r) => r.code)).toEqual(['members_undetermined']);
    expect(muc1?.reasons[0]?.message.en).toBe(
      'target C3.1 depends on members: 2 members are still undetermined; the outcome may change once they are known',
    );
    expect(muc1?.gap?.members).toEqual([
      { indicator: 'C3.1', condition: 'titled', among: null, more: 1, undetermined: 2 },
    ]);
    expect(e.indicators.find((i) => i.id === 'C3.1')).toMatchObject({ status: 'missing', points: null });
    expect(e.indicators.find((i) => i.id === 'C3.1')?.missing).toBeUndefined();
  });

  it('an undetermined member does not hold back what is already certain: 19 titled and 1 undetermined is level 2', () => {
    const e = engine.evaluateCollective(
      'don-vi-hoc-tap-huyen',
      districtUnit('tc', 20),
      staff(engine, 'tc', { awarded: 19, undetermined: 1, total: 20 }),
    );
    expect(e.level).toMatchObject({ awarded: 'muc2', possible: 'muc2' });
    expect(e.members.undetermined).toBe(1);
  });

  it('members without an evaluation are missing: 18 titled of a unit of 20 is certainly level 1, maybe level 2', () => {
    const e = engine.evaluateCollective(
      'don-vi-hoc-tap-huyen',
      districtUnit('tc', 20),
      staff(engine, 'tc', { awarded: 18, total: 18 }),
    );
    expect(e.members).toMatchObject({ expected: 20, received: 18, missing: 2 });
    expect(e.level).toMatchObject({ awarded: 'muc1', possible: 'muc2' });
    expect(e.titles.find((t) => t.id === 'muc2')?.reasons[0]?.message.vi).toBe(
      'chỉ tiêu C3.1M2 phụ thuộc kết quả của thành viên: 2 thành viên chưa có kết quả đánh giá; kết quả có thể thay đổi khi đủ',
    );
  });

  it('without a size, the members received are all the members', () => {
    const e = engine.evaluateCollective(
      'don-vi-hoc-tap-huyen',
      districtUnit('tc', undefined),
      staff(engine, 'tc', { awarded: 18, total: 18 }),
    );
    expect(e.members).toMatchObject({ expected: null, received: 18, missing: 0 });
    // 19 keep discipline of 18 members counted: C2.1 holds; 18 of 18 titled: level 2.
    expect(e.level.awarded).toBe('muc2');
  });

  it('a criterion-2 target reads the member count: 17 disciplined of 20 fails C2.1 (85% < 90%)', () => {
    const e = engine.evaluateCollective(
      'don-vi-hoc-tap-huyen',
      districtUnit('tc', 20, { membersDisciplined: 17 }),
      staff(engine, 'tc', { awarded: 20, total: 20 }),
    );
    expect(e.indicators.find((i) => i.id === 'C2.1')).toMatchObject({ status: 'unmet', points: 0 });
    expect(e.recognised).toBe('not-awarded');
  });

  it('says when the dossier is due and the recognition decided (15/01 and 15/02 of the next year)', () => {
    const e = engine.evaluateCollective(
      'don-vi-hoc-tap-huyen',
      districtUnit('tc', 20),
      staff(engine, 'tc', { awarded: 20, total: 20 }),
    );
    expect(e.deadlines).toEqual({ file: '2026-01-15', decision: '2026-02-15' });
    expect(e.framework).toEqual({ id: 'don-vi-hoc-tap-huyen', version: '1.0.0' });
    expect(e.collective).toEqual({ kind: 'unit', id: 'tc', name: 'Phòng tc', level: 'district' });
  });

  it('picks the framework by kind and level when none is named, and freezes the result', () => {
    const e = engine.evaluateCollective(
      undefined,
      districtUnit('tc', 20),
      staff(engine, 'tc', { awarded: 20, total: 20 }),
    );
    expect(e.framework.id).toBe('don-vi-hoc-tap-huyen');
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen(e.titles[0]?.reasons[0]?.message)).toBe(true);
    expect(engine.frameworkForCollective(districtUnit('tc', 20)).id).toBe('don-vi-hoc-tap-huyen');
  });
});

describe('a learning family (448/QĐ-KHVN): its adults must hold the title', () => {
  const household: Membership = { kind: 'household', id: 'ĐR-T1-H07' };
  const adults = (outcomes: readonly ('awarded' | 'not-awarded' | 'undetermined')[]) =>
    outcomes.map((o, i) => engine.evaluate(undefined, memberRecord(`a${i + 1}`, o, [household], 'cdht-resident')));

  it('with every adult titled, 95 points: a learning family', () => {
    const e = engine.evaluateCollective(
      'gia-dinh-hoc-tap',
      family('ĐR-T1-H07', 3),
      adults(['awarded', 'awarded', 'awarded']),
    );
    expect(e.total).toBe(95);
    expect(e.titles[0]).toMatchObject({ id: 'gdht', decision: 'awarded' });
    expect(e.recognised).toBe('awarded');
    expect(e.level.awarded).toBe('gdht');
  });

  it('the decision changes when one adult’s evaluation changes: 85 points and C2.3 unmet', () => {
    const e = engine.evaluateCollective(
      'gia-dinh-hoc-tap',
      family('ĐR-T1-H07', 3),
      adults(['awarded', 'not-awarded', 'awarded']),
    );
    expect(e.total).toBe(85);
    expect(e.titles[0]?.decision).toBe('not-awarded');
    expect(e.titles[0]?.reasons.map((r) => r.code)).toEqual(['members_below']);
    expect(e.titles[0]?.reasons[0]?.message.vi).toBe(
      'chỉ tiêu C2.3: 2/3 người lớn (không tính học sinh, sinh viên) đạt danh hiệu “Công dân học tập” (66,7%) < 100%; cần thêm 1 người lớn (không tính học sinh, sinh viên)',
    );
    expect(e.titles[0]?.gap?.members).toEqual([
      { indicator: 'C2.3', condition: 'titled', among: 'adult', more: 1, undetermined: 0 },
    ]);
  });

  it('an adult still undetermined leaves the family undetermined', () => {
    const e = engine.evaluateCollective(
      'gia-dinh-hoc-tap',
      family('ĐR-T1-H07', 3),
      adults(['awarded', 'undetermined', 'awarded']),
    );
    expect(e.titles[0]?.decision).toBe('undetermined');
    expect(e.possible).toBe(95);
    expect(e.total).toBe(85);
  });

  it('pupils do not count as adults: a learner member not titled changes nothing', () => {
    const pupil = engine.evaluate(undefined, {
      ...memberRecord('c1', 'not-awarded', [household], 'cdht-learner'),
      unit: { commune: 'Đắk Ruồng' },
    });
    const e = engine.evaluateCollective('gia-dinh-hoc-tap', family('ĐR-T1-H07', 3), [
      ...adults(['awarded', 'awarded']),
      pupil,
    ]);
    expect(e.members.conditions.adult).toEqual({ yes: 2, no: 1, unknown: 0, unsure: 0 });
    expect(e.titles[0]?.decision).toBe('awarded');
  });
});

describe('the front door refuses what is not a member of the collective', () => {
  it('a member that does not name the unit, a duplicate, too many members, a malformed one', () => {
    const members = staff(engine, 'tc', { awarded: 2, total: 2 });
    const other = staff(engine, 'other', { awarded: 1, total: 1 });
    const unit = districtUnit('tc', 2);
    expect(codeOf(() => engine.evaluateCollective('don-vi-hoc-tap-huyen', unit, [...members, ...other]))).toBe(
      'member_mismatch ["members",2,"memberships"]',
    );
    expect(codeOf(() => engine.evaluateCollective('don-vi-hoc-tap-huyen', unit, [members[0], members[0]]))).toBe(
      'duplicate_member ["members",1]',
    );
    expect(codeOf(() => engine.evaluateCollective('don-vi-hoc-tap-huyen', districtUnit('tc', 1), members))).toBe(
      'members_exceed_size ["size"]',
    );
    expect(codeOf(() => engine.evaluateCollective('don-vi-hoc-tap-huyen', unit, [{ person: 'x' }]))).toBe(
      'invalid_member ["members",0,"framework"]',
    );
    expect(codeOf(() => engine.evaluateCollective('don-vi-hoc-tap-huyen', { ...unit, size: -1 }, members))).toBe(
      'invalid_record ["size"]',
    );
    expect(codeOf(() => engine.evaluateCollective('gia-dinh-hoc-tap', unit, members))).toBe(
      'invalid_collective ["kind"]',
    );
    expect(codeOf(() => engine.evaluateCollective('cdht-resident', unit, members))).toBe(
      'invalid_collective ["framework"]',
    );
  });

  it('a member of another period does not count for this one', () => {
    const members = staff(engine, 'tc', { awarded: 1, total: 1 });
    expect(
      codeOf(() =>
        engine.evaluateCollective('don-vi-hoc-tap-huyen', { ...districtUnit('tc', 1), period: '2024' }, members),
      ),
    ).toBe('member_mismatch ["members",0,"period"]');
  });

  it('a person’s record naming a collective framework is refused as not a form', () => {
    expect(codeOf(() => engine.evaluate('gia-dinh-hoc-tap', memberRecord('x', 'awarded', [])))).toBe(
      'invalid_collective ["framework"]',
    );
    expect(
      codeOf(() => engine.evaluate(undefined, { ...memberRecord('x', 'awarded', []), framework: 'gia-dinh-hoc-tap' })),
    ).toBe('not_a_form ["framework"]');
  });
});
