import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addIndicator,
  checkDraft,
  listParents,
  newFramework,
  setThreshold,
} from '../examples/criteria-editor/model.js';
import { personInputs, pickSamples, runPerson, setPersonValue, totalLine } from '../examples/criteria-editor/person.js';
import { ROOT, requireBuild } from './fixtures/cli/run.js';

/*
 * The editor's sample person (issue 17): a row of examples/sample/evidence-2025.ndjson (the one the
 * page embeds) run under a draft district framework through the library's main entry. Expected
 * values are computed by hand from the row's self-assessed scores.
 */
beforeAll(requireBuild);

const SAMPLE = readFileSync(join(ROOT, 'examples', 'sample', 'evidence-2025.ndjson'), 'utf8');

function district() {
  const parent = listParents().find((p) => p.id === 'cdht-household');
  if (!parent) throw new Error('cdht-household is bundled');
  const draft = addIndicator(newFramework('cdht-xa-thu', parent), {
    criterion: 'TC3',
    id: 'TC3.3',
    label: { vi: 'Tham gia câu lạc bộ', en: 'Joins a club' },
    points: 10,
  });
  return setThreshold(draft, checkDraft(draft).framework!, 'cdht', 'total', 85);
}

describe('the sample person in the editor', () => {
  it('embeds the first rows of the sample file', () => {
    const people = pickSamples(SAMPLE, 5);
    expect(people.map((p) => p.id)).toEqual(['KR25-00001', 'KR25-00002', 'KR25-00003', 'KR25-00004', 'KR25-00005']);
    expect(people[0]?.name).toBe('[Mẫu] Y Rin');
    expect(() => pickSamples('{"id":"x"}\n')).toThrow('sample line 1: expected a record with "id" and "data"');
  });

  it('Y Rin under the district draft: 92 known of 110, TC3.3 missing, so the title is undetermined and the gap names tc3_3', () => {
    const draft = district();
    const [person] = pickSamples(SAMPLE, 1);
    // Scores 9+8+10+10 (TC1 = 37), 9+9+9+9 (TC2 = 36), 9+10 (TC3 = 19) = 92; TC3.3 has no evidence.
    const r = runPerson(draft, person?.record);
    expect(r.problems).toEqual([]);
    expect(totalLine(r)).toBe('Tổng điểm 92/110 (83,6%)');
    expect(r.criteria.map((c) => [c.id, c.points, c.max])).toEqual([
      ['TC1', 37, 40],
      ['TC2', 36, 40],
      ['TC3', 19, 30],
    ]);
    expect(r.missing).toEqual(['Điểm TC3.3: Tham gia câu lạc bộ (tc3_3)']);
    expect(r.titles).toHaveLength(1);
    expect(r.titles[0]?.decision).toBe('undetermined');
    expect(r.titles[0]?.decisionText).toBe('Chưa đủ dữ liệu');
    expect(r.titles[0]?.gap).toContain('cần bổ sung: Điểm TC3.3: Tham gia câu lạc bộ (tc3_3)');
    // Fields of the sample the draft does not declare are warnings, not failures (the birth date is
    // the person's, read for the annex, so it is not one of them).
    expect(r.warnings.join('\n')).toContain('data.learningActivities');
    expect(r.warnings.join('\n')).not.toContain('data.birthDate');
  });

  it('filling TC3.3 in the form decides the title: 92 + 6 = 98 ≥ 85 awarded; 92 + 4 = 96 not, TC3.3 is under 5', () => {
    const draft = district();
    const framework = checkDraft(draft).framework!;
    const [person] = pickSamples(SAMPLE, 1);
    const record = person!.record;
    const inputs = personInputs(framework, record);
    const tc33 = inputs.find((i) => i.name === 'tc3_3')!;
    expect(tc33).toMatchObject({ kind: 'score', value: '', max: 10 });
    expect(inputs.find((i) => i.name === 'tc1_2')).toMatchObject({ kind: 'score', value: '8' });
    const six = setPersonValue(record, tc33, '6');
    if ('error' in six) throw new Error(six.error);
    const awarded = runPerson(draft, six.record);
    expect(totalLine(awarded)).toBe('Tổng điểm 98/110 (89,1%)');
    expect(awarded.titles[0]).toMatchObject({ decision: 'awarded', decisionText: 'Đạt', gap: '' });
    expect(awarded.titles[0]?.reasons).toEqual(['đạt mọi yêu cầu (tổng điểm 98 ≥ 85)']);
    const four = setPersonValue(record, tc33, '4');
    if ('error' in four) throw new Error(four.error);
    const short = runPerson(draft, four.record);
    expect(short.titles[0]?.decision).toBe('not-awarded');
    expect(short.titles[0]?.reasons).toEqual(['chỉ số TC3.3 đạt 4 < 5']);
    // The least change: TC3.3 from 4 to 5 (each indicator ≥ 5); the total 96 already passes 85.
    expect(totalLine(short)).toBe('Tổng điểm 96/110 (87,3%)');
    expect(short.titles[0]?.gap).toBe('còn thiếu 1 điểm (TC3.3 4 → 5)');
    expect(setPersonValue(record, tc33, 'mười')).toEqual({
      error: 'Điểm TC3.3: Tham gia câu lạc bộ: “mười” không phải là số',
    });
  });

  it('a score out of range is the library’s error, in Vietnamese with its path', () => {
    const draft = district();
    const [person] = pickSamples(SAMPLE, 1);
    const record = { ...person!.record, data: { ...(person!.record.data as object), tc3_3: { self: 11 } } };
    const r = runPerson(draft, record);
    expect(r.titles).toEqual([]);
    expect(r.problems.some((p) => p.startsWith('$.data.tc3_3.self: '))).toBe(true);
  });
});
