import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworks } from 'cdht/criteria';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addIndicator,
  checkDraft,
  describeScale,
  listParents,
  newFramework,
  type OpenedFile,
  openFramework,
  runDraftCases,
  saveFramework,
  setIndicator,
  setRemoved,
  setThreshold,
} from '../examples/criteria-editor/model.js';
import { ROOT, requireBuild } from './fixtures/cli/run.js';

/*
 * The criteria editor's model (issue 17), the code the browser page runs, tested in Node on the
 * bundled criteria files: a round trip changes no byte, edits land where `extends` expects them,
 * and the change from the parent is said in words with the scale.
 */
beforeAll(requireBuild);

const criteriaDir = join(ROOT, 'criteria');
// The person frameworks the editor extends and edits (collective frameworks are loaded apart).
const frameworkFiles = frameworks.map((b) => join(ROOT, b.file));

const open = (text: string): OpenedFile => {
  const r = openFramework(text);
  if ('error' in r) throw new Error(r.error);
  return r;
};

describe('the editor round-trips every bundled framework', () => {
  it('finds the bundled framework files', () => {
    expect(frameworkFiles.length).toBe(15); // 8 ids in two versions, cdht-learner in one
    expect(listParents().map((p) => p.id)).toContain('cdht-household');
  });

  for (const file of frameworkFiles) {
    it(`${file.slice(criteriaDir.length + 1)}: open → save is byte for byte; an edit changes the file and undoing it restores the points`, () => {
      const text = readFileSync(file, 'utf8');
      const opened = open(text);
      expect(saveFramework(opened.json, opened)).toBe(text);
      const report = checkDraft(opened.json);
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const first = report.framework?.criteria[0]?.indicators[0];
      if (!first) return; // a pure alias has no criteria of its own to edit, but inherits them
      const edited = setIndicator(opened.json, first.id, 'points', first.points + 1);
      expect(saveFramework(edited, opened)).not.toBe(text);
      if ((opened.json.form as { kind?: string } | undefined)?.kind === 'alias') {
        // An alias must change nothing: the editor shows the library's refusal instead of saving a wrong file.
        expect(checkDraft(edited).problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
        return;
      }
      const undone = setIndicator(edited, first.id, 'points', first.points);
      expect(JSON.parse(saveFramework(undone, opened))).toMatchObject({ id: opened.json.id });
      expect(checkDraft(undone).framework?.criteria[0]?.indicators[0]?.points).toBe(first.points);
    });
  }
});

describe('editing a district framework', () => {
  const parent = listParents().find((p) => p.id === 'cdht-household');
  it('adds an indicator, raises the threshold and says what changed, scale first', () => {
    if (!parent) throw new Error('cdht-household is bundled');
    let draft = newFramework('cdht-xa-thu', parent);
    expect(draft.extends).toBe('cdht-household@^2.0.0');
    const base = checkDraft(draft);
    expect(base.problems.filter((p) => p.severity === 'error')).toEqual([]);
    draft = addIndicator(draft, {
      criterion: 'TC3',
      id: 'TC3.3',
      label: { vi: 'Tham gia câu lạc bộ', en: 'Joins a club' },
      points: 10,
    });
    draft = setThreshold(draft, checkDraft(draft).framework!, 'cdht', 'total', 85);
    const report = checkDraft(draft);
    expect(report.problems).toEqual([]);
    // Scale: 100 → 110; 80/100 = 80% → 85/110 ≈ 77.3%, looser.
    expect(report.changes.slice(0, 2)).toEqual([
      'Tổng điểm tối đa 100 → 110',
      'Ngưỡng danh hiệu “Công dân học tập” 80/100 → 85/110 (80% → 77,3%), thấp hơn theo tỷ lệ',
    ]);
    expect(report.changes).toContain('Thêm chỉ số TC3.3 “Tham gia câu lạc bộ” (tối đa 10 điểm) vào tiêu chí TC3');
    // The threshold override keeps the parent's "every indicator ≥ 5".
    expect((draft.overrides as { titles: unknown }).titles).toEqual({
      cdht: { requirements: { total: 85, eachIndicator: 5 } },
    });
    expect(report.preview).toContain('TC3.3');
    const saved = JSON.parse(saveFramework(draft)) as Record<string, unknown>;
    expect(saved.evidence).toMatchObject({ tc3_3: { type: 'assessment', min: 0, max: 10 } });
  });

  it('keeps the share when the threshold follows the maximum, and shows errors in Vietnamese', () => {
    if (!parent) throw new Error('cdht-household is bundled');
    const draft = addIndicator(newFramework('cdht-xa-thu', parent), {
      criterion: 'TC3',
      id: 'TC3.3',
      label: { vi: 'Tham gia câu lạc bộ', en: 'Joins a club' },
      points: 10,
    });
    const kept = checkDraft(setThreshold(draft, checkDraft(draft).framework!, 'cdht', 'total', 88));
    expect(kept.changes[1]).toBe('Ngưỡng danh hiệu “Công dân học tập” 80/100 → 88/110 (80% → 80%), giữ nguyên tỷ lệ');
    const removedTwice = setRemoved(setRemoved(draft, 'TC2.9', true), 'TC2.9', true);
    expect(removedTwice.remove).toEqual(['TC2.9']);
    const broken = checkDraft(removedTwice);
    expect(broken.framework).toBeUndefined();
    expect(broken.problems).toContainEqual({
      severity: 'error',
      path: '$.remove[0]',
      code: 'unknown_reference',
      message: 'không có "TC2.9" trong cdht-household@2.0.0',
    });
    expect(setRemoved(removedTwice, 'TC2.9', false).remove).toBeUndefined();
  });

  it('runs a case file against the draft', () => {
    if (!parent) throw new Error('cdht-household is bundled');
    const draft = setThreshold(
      newFramework('cdht-xa-thu', parent),
      checkDraft(newFramework('cdht-xa-thu', parent)).framework!,
      'cdht',
      'total',
      85,
    );
    const data = Object.fromEntries(
      ['tc1_1', 'tc1_2', 'tc1_3', 'tc1_4', 'tc2_1', 'tc2_2', 'tc2_3', 'tc2_4', 'tc3_1', 'tc3_2'].map((f) => [
        f,
        { self: 8 },
      ]),
    );
    const cases = JSON.stringify({
      framework: 'cdht-xa-thu',
      cases: [
        {
          description: '10 × 8 = 80 < 85 → không đạt',
          evidence: { id: 'a', group: 'household', period: '2025', data },
          expect: { total: 80, titles: { cdht: 'not-awarded' } },
        },
        {
          description: 'sai: 80 không đạt 85',
          evidence: { id: 'b', group: 'household', period: '2025', data },
          expect: { titles: { cdht: 'awarded' } },
        },
      ],
    });
    const r = runDraftCases(draft, cases);
    expect(r.passed).toBe(1);
    expect(r.failed).toEqual([
      { description: 'sai: 80 không đạt 85', mismatches: ['titles.cdht: expected "awarded", got "not-awarded"'] },
    ]);
    expect(runDraftCases(draft, '{').error).toMatch(/^Tệp ca kiểm thử không phải JSON hợp lệ/);
  });

  it('describeScale says nothing when neither the maximum nor a threshold moved', () => {
    const framework = checkDraft(open(readFileSync(join(criteriaDir, 'cdht', '2.0.0.json'), 'utf8')).json).framework!;
    expect(describeScale(framework, framework)).toEqual([]);
  });
});
