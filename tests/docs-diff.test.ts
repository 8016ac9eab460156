import { describe, expect, it } from 'vitest';
import { describeChanges } from '../src/docs/describeChanges.js';
import { diffFrameworks, type FrameworkChange } from '../src/docs/diff.js';
import { findPreviousVersion } from '../src/docs/previousVersion.js';
import { ruleLabels } from '../src/docs/ruleText.js';
import { docsFixtures } from './docs.fixture.js';

const { engine, v1, v2, child } = docsFixtures();
const culture = { vi: 'Công dân học tập', en: 'Learning Citizen' };

describe('diffFrameworks', () => {
  it('lists every change between two hand-made versions, in document order', () => {
    const changes = diffFrameworks(v1, v2);
    expect(changes).toEqual<FrameworkChange[]>([
      { kind: 'source_changed', before: v1.source, after: v2.source },
      {
        kind: 'effective_changed',
        before: { from: '2024-02-01', until: '2024-12-31' },
        after: { from: '2025-01-01' },
      },
      { kind: 'verification_changed', before: 'unverified', after: 'partial' },
      { kind: 'criterion_removed', id: 'TC3', label: { vi: 'Cộng đồng', en: 'Community' } },
      {
        kind: 'indicator_rule_changed',
        id: 'TC1.1',
        rule: 'award',
        points: { before: 10, after: 10 },
        before: { '>=': [{ var: 'learningHours' }, 40] },
        after: {
          if: [{ '>=': [{ var: 'learningHours' }, 40] }, 10, { '>=': [{ var: 'learningHours' }, 20] }, 5, 0],
        },
      },
      {
        kind: 'indicator_label_changed',
        id: 'TC1.2',
        before: { vi: 'Đọc sách', en: 'Reading' },
        after: { vi: 'Đọc sách, báo', en: 'Reading books and newspapers' },
      },
      { kind: 'indicator_points_changed', id: 'TC2.2', before: 10, after: 5 },
      {
        kind: 'indicator_rule_changed',
        id: 'TC2.2',
        rule: 'award',
        points: { before: 10, after: 5 },
        before: true,
        after: { '==': [{ var: 'languageLevel' }, 'good'] },
      },
      {
        kind: 'indicator_added',
        id: 'TC2.3',
        criterion: 'TC2',
        label: { vi: 'Kỹ năng số', en: 'Digital skills' },
        points: 10,
      },
      { kind: 'indicator_removed', id: 'TC3.1', label: { vi: 'Tình nguyện', en: 'Volunteering' } },
      // 50 − 5 (TC2.2) + 10 (TC2.3) − 10 (TC3.1) = 45; the title's 30 of 50 (60%) becomes 35 of 45 (77.8%).
      { kind: 'maximum_changed', before: 50, after: 45 },
      {
        kind: 'title_share_changed',
        id: 'learner',
        label: culture,
        before: { total: 30, max: 50 },
        after: { total: 35, max: 45 },
      },
      {
        kind: 'title_requirement_changed',
        id: 'learner',
        label: culture,
        requirement: 'total',
        before: 30,
        after: 35,
      },
      { kind: 'title_required_added', id: 'learner', label: culture, indicator: 'TC1.1' },
      {
        kind: 'evidence_added',
        field: 'languageLevel',
        label: { vi: 'trình độ ngoại ngữ', en: 'foreign-language level' },
      },
      {
        kind: 'evidence_removed',
        field: 'volunteerDays',
        label: { vi: 'số ngày tình nguyện', en: 'volunteer days' },
      },
    ]);
  });

  it('finds nothing between a version and itself', () => {
    expect(diffFrameworks(v2, v2)).toEqual([]);
  });

  it('sees moves, minimums, proof, verification marks, title rules and evidence details', () => {
    const { v1: a, v2: b } = docsFixtures((files) => {
      const f = files['docs-test-2.0.0'] as {
        criteria: { indicators: Record<string, unknown>[] }[];
        titles: Record<string, unknown>[];
        evidence: Record<string, Record<string, unknown>>;
      };
      const tc1 = f.criteria[0]!.indicators;
      tc1[0]!.min = 2;
      tc1[0]!.proof = [{ id: 'plan', label: { vi: 'Kế hoạch học tập', en: 'Learning plan' } }];
      tc1[1]!.verified = true;
      const moved = f.criteria[1]!.indicators.shift()!;
      tc1.push(moved);
      f.titles[0]!.rule = { '>=': [{ var: 'total' }, 40] };
      f.evidence.learningHours!.unit = 'phút';
    });
    const changes = diffFrameworks(a, b).filter(
      (c) => !['source_changed', 'effective_changed', 'verification_changed'].includes(c.kind),
    );
    const sentences = describeChanges(changes, 'vi', {
      operators: engine.operators,
      labels: { ...ruleLabels(b), total: { vi: 'tổng điểm', en: 'the total' } },
    });
    expect(sentences).toEqual(
      expect.arrayContaining([
        'Chỉ số TC1.1: điểm tối thiểu đổi từ 5 thành 2',
        'Chỉ số TC1.1: thêm giấy tờ minh chứng “Kế hoạch học tập”',
        'Chỉ số TC1.1: bỏ giấy tờ minh chứng “Giấy chứng nhận hoàn thành khóa học”',
        'Chỉ số TC1.2: câu chữ đã được đối chiếu với văn bản chính thức',
        'Chỉ số TC2.1 chuyển từ tiêu chí TC2 sang tiêu chí TC1',
        'Danh hiệu “Công dân học tập”: điều kiện bổ sung đổi từ không có thành “tổng điểm từ 40 trở lên”',
        'Trường minh chứng “số giờ học trong năm” (learningHours): thay đổi đơn vị',
      ]),
    );
  });
});

describe('describeChanges', () => {
  const options = { operators: engine.operators, labels: { ...ruleLabels(v1), ...ruleLabels(v2) } };

  it('writes Vietnamese sentences', () => {
    expect(describeChanges(diffFrameworks(v1, v2), 'vi', options)).toEqual([
      'Văn bản nguồn đổi từ 01/QĐ-TEST ngày 15/01/2024 thành 02/QĐ-TEST ngày 20/12/2024',
      'Hiệu lực đổi từ “từ 01/02/2024 đến 31/12/2024” thành “từ 01/01/2025”',
      'Trạng thái kiểm chứng đổi từ “chưa kiểm chứng” thành “kiểm chứng một phần”',
      'Bỏ tiêu chí TC3 “Cộng đồng”',
      'Chỉ số TC1.1: cách tính điểm đổi từ “đủ 10 điểm nếu số giờ học trong năm từ 40 trở lên” thành “10 điểm nếu số giờ học trong năm từ 40 trở lên; 5 điểm nếu số giờ học trong năm từ 20 trở lên; còn lại 0 điểm”',
      'Chỉ số TC1.2: tên đổi từ “Đọc sách” thành “Đọc sách, báo”',
      'Chỉ số TC2.2: điểm tối đa đổi từ 10 thành 5',
      'Chỉ số TC2.2: cách tính điểm đổi từ “đủ 10 điểm” thành “đủ 5 điểm nếu trình độ ngoại ngữ bằng “good””',
      'Thêm chỉ số TC2.3 “Kỹ năng số” (tối đa 10 điểm) vào tiêu chí TC2',
      'Bỏ chỉ số TC3.1 “Tình nguyện”',
      'Tổng điểm tối đa 50 → 45',
      'Ngưỡng danh hiệu “Công dân học tập” 30/50 → 35/45 (60% → 77,8%), cao hơn theo tỷ lệ',
      'Danh hiệu “Công dân học tập”: tổng điểm tối thiểu đổi từ 30 thành 35',
      'Danh hiệu “Công dân học tập”: chỉ số TC1.1 phải đạt điểm tối đa',
      'Thêm trường minh chứng “trình độ ngoại ngữ” (languageLevel)',
      'Bỏ trường minh chứng “số ngày tình nguyện” (volunteerDays)',
    ]);
  });

  it('writes English sentences', () => {
    expect(describeChanges(diffFrameworks(v1, v2), 'en', options).slice(0, 4)).toEqual([
      'Source document changed from 01/QĐ-TEST of 2024-01-15 to 02/QĐ-TEST of 2024-12-20',
      'Effective dates changed from “from 2024-02-01 until 2024-12-31” to “from 2025-01-01”',
      'Verification status changed from “not verified” to “partly verified”',
      'Criterion TC3 “Community” removed',
    ]);
    expect(describeChanges(diffFrameworks(v1, v2), 'en', options).slice(6)).toEqual([
      'Indicator TC2.2: maximum points changed from 10 to 5',
      'Indicator TC2.2: scoring changed from “full 10 points” to “full 5 points if foreign-language level equals “good””',
      'Indicator TC2.3 “Digital skills” (up to 10 points) added to criterion TC2',
      'Indicator TC3.1 “Volunteering” removed',
      'Maximum total 50 → 45',
      'Threshold of title “Learning Citizen” 30/50 → 35/45 (60% → 77.8%), higher as a share',
      'Title “Learning Citizen”: minimum total changed from 30 to 35',
      'Title “Learning Citizen”: indicator TC1.1 must score full points',
      'Evidence field “foreign-language level” (languageLevel) added',
      'Evidence field “volunteer days” (volunteerDays) removed',
    ]);
  });

  it('writes the example sentence of the issue', () => {
    expect(describeChanges([{ kind: 'indicator_points_changed', id: 'TC2.2', before: 10, after: 5 }], 'vi')).toEqual([
      'Chỉ số TC2.2: điểm tối đa đổi từ 10 thành 5',
    ]);
    expect(
      describeChanges(
        [
          {
            kind: 'title_requirement_changed',
            id: 't',
            label: culture,
            requirement: 'indicators',
            target: 'TC1.1',
            before: undefined,
            after: 2.5,
          },
        ],
        'vi',
      ),
    ).toEqual(['Danh hiệu “Công dân học tập”: điểm tối thiểu của chỉ số TC1.1 đổi từ không quy định thành 2,5']);
  });
});

describe('previousVersion', () => {
  it('is the next-lower version of the same id', () => {
    const all = engine.frameworks();
    expect(findPreviousVersion(v2, all)).toBe(v1);
    expect(findPreviousVersion(v1, all)).toBeUndefined();
    expect(findPreviousVersion(child, all)).toBeUndefined();
  });
});
