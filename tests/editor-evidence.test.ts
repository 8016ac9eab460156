import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceField } from 'cdht';
import { frameworks } from 'cdht/criteria';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkEvidenceField,
  checkProof,
  listEvidence,
  removeEvidenceField,
  setEvidenceField,
  setProofs,
} from '../examples/criteria-editor/evidence.js';
import {
  addIndicator,
  checkDraft,
  listParents,
  newFramework,
  type OpenedFile,
  openFramework,
  saveFramework,
} from '../examples/criteria-editor/model.js';
import { ROOT, requireBuild } from './fixtures/cli/run.js';

/*
 * Evidence declarations and proofs edited through the editor's form (issue 17): edits land where
 * `extends` reads them, the form's checks speak Vietnamese, the library's diff names each change,
 * and undoing an edit gives back the opened file byte for byte — for every bundled framework.
 */
beforeAll(requireBuild);

const open = (text: string): OpenedFile => {
  const r = openFramework(text);
  if ('error' in r) throw new Error(r.error);
  return r;
};
const household = () => {
  const parent = listParents().find((p) => p.id === 'cdht-household');
  if (!parent) throw new Error('cdht-household is bundled');
  return newFramework('cdht-xa-thu', parent);
};
const literacy = {
  type: 'enum',
  label: { vi: 'Mức biết chữ tiếng Việt', en: 'Vietnamese literacy' },
  values: ['none', 'level1', 'fluent'],
};

describe('evidence declarations in the form', () => {
  it('an inherited field redeclared with a new label is “changed”, and the library says so', () => {
    const draft = household();
    const before = checkDraft(draft);
    const tc11 = before.framework!.evidence.tc1_1!;
    expect(listEvidence(draft, before.framework!, before.parent).find((r) => r.name === 'tc1_1')?.origin).toBe(
      'inherited',
    );
    const edited = setEvidenceField(draft, 'tc1_1', { ...tc11, label: { ...tc11.label, vi: 'Điểm đọc sách (TC1.1)' } });
    const after = checkDraft(edited);
    expect(after.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(listEvidence(edited, after.framework!, after.parent).find((r) => r.name === 'tc1_1')?.origin).toBe(
      'changed',
    );
    expect(after.changes).toContain('Trường minh chứng “Điểm đọc sách (TC1.1)” (tc1_1): thay đổi tên');
    // Dropping the redeclaration gives the parent's field back, and the file as it was.
    expect(removeEvidenceField(edited, 'tc1_1')).toEqual(draft);
  });

  it('a new field nobody reads is the lint warning in Vietnamese, and the diff names it', () => {
    const draft = setEvidenceField(household(), 'literacy', literacy);
    const r = checkDraft(draft);
    expect(r.problems).toContainEqual({
      severity: 'warning',
      path: '$.evidence.literacy',
      code: 'evidence_never_read',
      message: 'minh chứng "literacy" được khai báo nhưng không quy tắc nào đọc',
    });
    expect(r.changes).toContain('Thêm trường minh chứng “Mức biết chữ tiếng Việt” (literacy)');
    const own = listEvidence(draft, r.framework!, r.parent).find((x) => x.name === 'literacy');
    expect(own?.origin).toBe('own');
  });

  it('a declaration the library refuses shows its error, with the path', () => {
    const r = checkDraft(setEvidenceField(household(), 'literacy', { ...literacy, values: [] }));
    expect(r.framework).toBeUndefined();
    expect(r.problems.map((p) => p.path)).toContain('$.evidence.literacy.values');
  });

  it('the form checks a declaration as the officer types, in Vietnamese', () => {
    expect(checkEvidenceField('literacy', literacy)).toEqual([]);
    expect(checkEvidenceField('Literacy', literacy)).toEqual([
      'Tên trường “Literacy” không hợp lệ: bắt đầu bằng chữ thường a–z, sau đó chỉ chữ, số và _ (vd. tc3_3)',
    ]);
    expect(checkEvidenceField('tc1_1', literacy, ['tc1_1'])).toEqual([
      'Đã có trường “tc1_1”; chọn tên khác hoặc sửa trường đó',
    ]);
    expect(checkEvidenceField('hours', { type: 'number', label: { vi: '', en: 'Hours' }, min: 10, max: 5 })).toEqual([
      'Thiếu tên tiếng Việt của trường',
      'Giá trị nhỏ nhất (10) lớn hơn giá trị lớn nhất (5)',
    ]);
    expect(checkEvidenceField('level', { type: 'enum', label: { vi: 'Mức', en: 'Level' } })).toEqual([
      'Kiểu enum cần ít nhất một giá trị cho phép (values)',
    ]);
    expect(checkEvidenceField('score', { type: 'assessment', label: { vi: 'Điểm', en: 'Score' } })).toEqual([
      'Điểm tự đánh giá cần điểm tối đa (max), thường bằng điểm của chỉ số',
    ]);
  });

  it('removing an inherited field goes through remove, and its indicator still reading it is an error', () => {
    const r = checkDraft(removeEvidenceField(household(), 'tc2_2', true));
    expect(r.framework).toBeUndefined();
    expect(r.problems.some((p) => p.severity === 'error' && p.message.includes('tc2_2'))).toBe(true);
  });
});

describe('proofs in the form', () => {
  const certificate = { id: 'clubCard', label: { vi: 'Thẻ hội viên câu lạc bộ', en: 'Club membership card' } };

  it('a proof added to an inherited indicator is an override of its whole list; the diff names it', () => {
    const draft = household();
    const tc14 = checkDraft(draft).framework!.criteria[0]!.indicators.find((i) => i.id === 'TC1.4')!;
    const edited = setProofs(draft, 'TC1.4', [...(tc14.proof ?? []), certificate]);
    expect((edited.overrides as { indicators: Record<string, unknown> }).indicators['TC1.4']).toEqual({
      proof: [...(tc14.proof ?? []), certificate],
    });
    const r = checkDraft(edited);
    expect(r.problems).toEqual([]);
    expect(r.changes).toContain('Chỉ số TC1.4: thêm giấy tờ minh chứng “Thẻ hội viên câu lạc bộ”');
    expect(r.framework!.criteria[0]!.indicators.find((i) => i.id === 'TC1.4')!.proof).toHaveLength(
      (tc14.proof ?? []).length + 1,
    );
    // Removing every proof of an inherited indicator writes [] (an absent key would keep the parent's).
    const none = checkDraft(setProofs(draft, 'TC1.4', []));
    expect(none.framework!.criteria[0]!.indicators.find((i) => i.id === 'TC1.4')!.proof).toEqual([]);
    expect(none.changes).toContain(`Chỉ số TC1.4: bỏ giấy tờ minh chứng “${tc14.proof?.[0]?.label.vi}”`);
  });

  it('a proof of an added indicator is written in place', () => {
    const draft = addIndicator(household(), {
      criterion: 'TC3',
      id: 'TC3.3',
      label: { vi: 'Tham gia câu lạc bộ', en: 'Joins a club' },
      points: 10,
    });
    const edited = setProofs(draft, 'TC3.3', [certificate]);
    expect((edited.addIndicators as { indicator: { proof?: unknown } }[])[0]?.indicator.proof).toEqual([certificate]);
    expect(checkDraft(edited).problems).toEqual([]);
    expect(setProofs(edited, 'TC3.3', [])).toEqual(draft);
  });

  it('the form checks a proof in Vietnamese', () => {
    expect(checkProof(certificate)).toEqual([]);
    expect(checkProof({ id: 'the card', label: { vi: 'Thẻ', en: '' } }, [])).toEqual([
      'Mã minh chứng “the card” không hợp lệ: bắt đầu bằng chữ thường a–z, sau đó chỉ chữ, số và _ (vd. giayChungNhan)',
      'Thiếu tên tiếng Anh của giấy tờ minh chứng (label.en)',
    ]);
    expect(checkProof(certificate, ['clubCard'])).toEqual(['Chỉ số đã có minh chứng “clubCard”']);
  });
});

describe('every bundled framework: editing a proof and undoing it restores the file byte for byte', () => {
  for (const b of frameworks) {
    it(b.file, () => {
      const text = readFileSync(join(ROOT, b.file), 'utf8');
      const opened = open(text);
      const report = checkDraft(opened.json);
      const indicator = report.framework?.criteria.flatMap((c) => c.indicators).find((i) => (i.proof ?? []).length > 0);
      const own =
        (opened.json.form as { kind?: string } | undefined)?.kind !== 'alias' && Array.isArray(opened.json.criteria);
      if (!indicator || !own) return; // proofs inherited: an edit is an override, undone by removing it (above)
      const proofs = indicator.proof ?? [];
      const edited = setProofs(opened.json, indicator.id, proofs.slice(1));
      expect(saveFramework(edited, opened)).not.toBe(text);
      expect(saveFramework(setProofs(edited, indicator.id, proofs), opened)).toBe(text);
      const field = Object.keys(report.framework?.evidence ?? {})[0];
      if (!field || !Object.hasOwn(opened.json.evidence as object, field)) return;
      const declared = (opened.json.evidence as Record<string, EvidenceField>)[field] as EvidenceField;
      const relabeled = setEvidenceField(opened.json, field, { ...declared, unit: 'x' });
      expect(saveFramework(relabeled, opened)).not.toBe(text);
      expect(saveFramework(setEvidenceField(relabeled, field, declared), opened)).toBe(text);
    });
  }
});
