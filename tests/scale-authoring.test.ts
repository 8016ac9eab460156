// Scale-aware authoring (issue 12, item 6): a child framework that moves the maximum, or a title's
// share of it, is warned about by lint and shown by diff; a threshold stated as a share of the
// maximum follows it. Hand-computed on a two-indicator parent: 60 + 40 = 100 points, title at 80.
import { describe, expect, it } from 'vitest';
import { createEngine, describeChanges, diffFrameworks, type Framework, lintScale } from '../src/index.js';

const text = (vi: string, en: string) => ({ vi, en });
const indicator = (id: string, points: number, field: string) => ({
  id,
  label: text(id, id),
  points,
  award: { '*': [{ var: field }, points / 10] },
});
const parentFile = {
  id: 'scale-parent',
  version: '1.0.0',
  group: 'citizen',
  title: text('Cha', 'Parent'),
  effective: { from: '2025-01-01' },
  evidence: {
    a: { type: 'number', label: text('a', 'a'), min: 0, max: 10 },
    b: { type: 'number', label: text('b', 'b'), min: 0, max: 10 },
    c: { type: 'number', label: text('c', 'c'), min: 0, max: 10 },
  },
  criteria: [
    { id: 'C1', label: text('C1', 'C1'), indicators: [indicator('C1.1', 60, 'a'), indicator('C1.2', 40, 'b')] },
  ],
  titles: [{ id: 't', label: text('Danh hiệu', 'Title'), requirements: { total: 80 } }],
};
const child = (extra: Record<string, unknown>) => ({
  id: 'scale-child',
  version: '1.0.0',
  extends: 'scale-parent@^1.0.0',
  title: text('Con', 'Child'),
  ...extra,
});
const addTen = { addIndicators: [{ criterion: 'C1', indicator: indicator('C1.3', 10, 'c') }] };

function load(file: Record<string, unknown>): { parent: Framework; child: Framework } {
  const engine = createEngine();
  const parent = engine.load(parentFile);
  return { parent, child: engine.load(file) };
}

describe('lintScale', () => {
  it('an added indicator moves the maximum 100 → 110 and the title from 80% to 72.7%', () => {
    const { parent, child: c } = load(child(addTen));
    const found = lintScale(c, parent);
    expect(found.map((i) => i.params)).toEqual([
      { kind: 'maximum', parent: 'scale-parent@1.0.0', before: 100, after: 110 },
      {
        kind: 'title_share',
        parent: 'scale-parent@1.0.0',
        title: 't',
        before: { total: 80, max: 100 },
        after: { total: 80, max: 110 },
      },
    ]);
    expect(found.every((i) => i.severity === 'warning')).toBe(true);
    expect(found[1]?.message.en).toBe(
      'title "t" needs 80/110 points (72.7%) instead of 80/100 points (80%) as in scale-parent@1.0.0: who earns it changes',
    );
    expect(found[1]?.message.vi).toBe(
      'danh hiệu "t" cần 80/110 điểm (72,7%) thay vì 80/100 điểm (80%) như scale-parent@1.0.0: tỷ lệ người đạt sẽ thay đổi',
    );
  });

  it('a threshold stated as a share keeps it: 0.8 of 110 is 88, only the maximum is reported', () => {
    const { parent, child: c } = load(
      child({ ...addTen, overrides: { titles: { t: { requirements: { totalShare: 0.8 } } } } }),
    );
    const found = lintScale(c, parent);
    expect(found.map((i) => i.params.kind)).toEqual(['maximum']);
    // The maximum still moves, but no threshold changes share: the warning says so instead of advising totalShare.
    expect(found[0]?.message.en).toBe(
      'the maximum moves from 100 (scale-parent@1.0.0) to 110: every title states its threshold as a share of the maximum (totalShare), so each follows it',
    );
    expect(found[0]?.message.vi).toBe(
      'điểm tối đa đổi từ 100 (scale-parent@1.0.0) thành 110: mọi danh hiệu ghi ngưỡng theo tỷ lệ điểm tối đa (totalShare) nên ngưỡng tự theo điểm mới',
    );
    // And the share decides: 87 of 110 is not awarded, 88 is (a = 10, b = 10, c = 7 or 8 → 60 + 40 + 7|8 … scaled).
    const engine = createEngine();
    engine.load(parentFile);
    const fw = engine.load(child({ ...addTen, overrides: { titles: { t: { requirements: { totalShare: 0.8 } } } } }));
    const at = (a: number, b: number, cc: number) =>
      engine.evaluate(fw, { id: 'p', period: '2025', data: { a, b, c: cc } }).titles[0]?.decision;
    // 6·a + 4·b + c: (10, 7, 0) = 88 → awarded; (10, 6, 3) = 87 → not awarded.
    expect(at(10, 7, 0)).toBe('awarded');
    expect(at(10, 6, 3)).toBe('not-awarded');
  });

  it('a lower threshold on the same maximum is a share change: 70/100 instead of 80/100', () => {
    const { parent, child: c } = load(child({ overrides: { titles: { t: { requirements: { total: 70 } } } } }));
    expect(lintScale(c, parent).map((i) => i.params)).toEqual([
      {
        kind: 'title_share',
        parent: 'scale-parent@1.0.0',
        title: 't',
        before: { total: 80, max: 100 },
        after: { total: 70, max: 100 },
      },
    ]);
  });

  it('nothing when only labels change', () => {
    const { parent, child: c } = load(child({ overrides: { titles: { t: { label: text('Khác', 'Other') } } } }));
    expect(lintScale(c, parent)).toEqual([]);
  });
});

describe('diffFrameworks and describeChanges', () => {
  it('report the maximum, the share of the threshold and the share as a requirement', () => {
    const { parent, child: c } = load(
      child({ ...addTen, overrides: { titles: { t: { requirements: { totalShare: 0.75 } } } } }),
    );
    const changes = diffFrameworks(parent, c).filter((x) =>
      ['maximum_changed', 'title_share_changed', 'title_requirement_changed'].includes(x.kind),
    );
    expect(changes).toEqual([
      { kind: 'maximum_changed', before: 100, after: 110 },
      // 0.75 × 110 = 82.5 > 80, so the least total is 82.5 of 110 (75%) instead of 80 of 100.
      {
        kind: 'title_share_changed',
        id: 't',
        label: text('Danh hiệu', 'Title'),
        before: { total: 80, max: 100 },
        after: { total: 82.5, max: 110 },
      },
      // Restating requirements replaces them: `total` goes, the share comes.
      {
        kind: 'title_requirement_changed',
        id: 't',
        label: text('Danh hiệu', 'Title'),
        requirement: 'total',
        before: 80,
        after: undefined,
      },
      {
        kind: 'title_requirement_changed',
        id: 't',
        label: text('Danh hiệu', 'Title'),
        requirement: 'totalShare',
        before: undefined,
        after: 0.75,
      },
    ]);
    expect(describeChanges(changes, 'vi')).toEqual([
      'Tổng điểm tối đa 100 → 110',
      'Ngưỡng danh hiệu “Danh hiệu” 80/100 → 82,5/110 (80% → 75%), thấp hơn theo tỷ lệ',
      'Danh hiệu “Danh hiệu”: tổng điểm tối thiểu đổi từ 80 thành không quy định',
      'Danh hiệu “Danh hiệu”: tổng điểm tối thiểu theo tỷ lệ điểm tối đa đổi từ không quy định thành 75%',
    ]);
    expect(describeChanges(changes, 'en')[0]).toBe('Maximum total 100 → 110');
  });

  it('say whether the threshold is lower, higher or the same share of the new maximum', () => {
    // Hand-computed: 80/100 = 80%; 80/110 ≈ 72.7% (looser), 88/110 = 80% (same), 90/110 ≈ 81.8% (stricter).
    const at = (total: number) => load(child({ ...addTen, overrides: { titles: { t: { requirements: { total } } } } }));
    const scale = (total: number, locale: 'vi' | 'en') => {
      const { parent, child: c } = at(total);
      const changes = diffFrameworks(parent, c).filter((x) => x.kind.startsWith('title_share'));
      return { kinds: changes.map((x) => x.kind), text: describeChanges(changes, locale) };
    };
    expect(scale(80, 'vi')).toEqual({
      kinds: ['title_share_changed'],
      text: ['Ngưỡng danh hiệu “Danh hiệu” 80/100 → 80/110 (80% → 72,7%), thấp hơn theo tỷ lệ'],
    });
    expect(scale(88, 'vi')).toEqual({
      kinds: ['title_share_kept'],
      text: ['Ngưỡng danh hiệu “Danh hiệu” 80/100 → 88/110 (80% → 80%), giữ nguyên tỷ lệ'],
    });
    expect(scale(90, 'en').text).toEqual([
      'Threshold of title “Title” 80/100 → 90/110 (80% → 81.8%), higher as a share',
    ]);
    expect(scale(88, 'en').text).toEqual(['Threshold of title “Title” 80/100 → 88/110 (80% → 80%), the same share']);
    // A share threshold follows the maximum by itself: 0.8 × 110 = 88, the same share, said so.
    const { parent, child: c } = load(
      child({ ...addTen, overrides: { titles: { t: { requirements: { totalShare: 0.8 } } } } }),
    );
    expect(diffFrameworks(parent, c).find((x) => x.kind.startsWith('title_share'))).toEqual({
      kind: 'title_share_kept',
      id: 't',
      label: text('Danh hiệu', 'Title'),
      before: { total: 80, max: 100 },
      after: { total: 88, max: 110 },
    });
    // Nothing moved, nothing said.
    expect(diffFrameworks(parent, parent).filter((x) => x.kind.startsWith('title_share'))).toEqual([]);
  });

  it('report variants added, removed and changed', () => {
    const variant = {
      id: 'remote',
      label: text('Vùng xa', 'Remote areas'),
      unit: { area: ['remote'] },
      titles: { t: { total: 70 } },
      verification: { status: 'example' },
    };
    const engine = createEngine();
    const v1 = engine.load({ ...parentFile, variants: [variant] });
    const v2 = engine.load({
      ...parentFile,
      version: '1.1.0',
      variants: [{ ...variant, titles: { t: { total: 75 } }, enabled: false }],
    });
    const v3 = engine.load({ ...parentFile, version: '1.2.0', variants: [] });
    expect(diffFrameworks(v1, v2).filter((x) => x.kind.startsWith('variant'))).toEqual([
      { kind: 'variant_changed', id: 'remote', label: variant.label, aspects: ['titles', 'enabled'] },
    ]);
    expect(diffFrameworks(v2, v3).filter((x) => x.kind.startsWith('variant'))).toEqual([
      { kind: 'variant_removed', id: 'remote', label: variant.label },
    ]);
    expect(
      describeChanges(
        diffFrameworks(v1, v2).filter((x) => x.kind === 'variant_changed'),
        'vi',
      ),
    ).toEqual(['Biến thể “Vùng xa”: thay đổi điều kiện danh hiệu và trạng thái áp dụng']);
  });
});
