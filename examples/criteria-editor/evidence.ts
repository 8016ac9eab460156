/*
 * Evidence declarations and proofs in the editor's form: pure edits of the draft file, and the
 * checks the form shows in Vietnamese as the officer types, before the library's own validation
 * (checkDraft) sees the draft. A child's `evidence` entry replaces the parent's field of the same
 * name, so editing an inherited field writes its whole declaration; an indicator's `proof` list is
 * replaced as a whole by an override, so editing one proof writes the whole list.
 */
import type { EvidenceField, Framework, Proof } from 'cdht';
import type { FrameworkJson } from './model.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The evidence types a form offers (the built-in ones; a plugin type is edited in the JSON box). */
export const EVIDENCE_TYPES = [
  'assessment',
  'number',
  'integer',
  'boolean',
  'string',
  'date',
  'enum',
  'list',
  'object',
] as const;

/** A field as the form shows it: its declaration in the resolved framework, and where it comes from. */
export interface EvidenceRow {
  readonly name: string;
  readonly field: EvidenceField;
  /** `own`: declared by the draft only; `changed`: inherited and redeclared; `inherited`: from the parent. */
  readonly origin: 'own' | 'changed' | 'inherited';
}

/** The draft's evidence fields as resolved, each marked own, changed or inherited. */
export function listEvidence(draft: FrameworkJson, resolved: Framework, parent: Framework | undefined): EvidenceRow[] {
  const own = isObject(draft.evidence) ? draft.evidence : {};
  return Object.entries(resolved.evidence).map(([name, field]) => ({
    name,
    field,
    origin: !Object.hasOwn(own, name)
      ? 'inherited'
      : parent && Object.hasOwn(parent.evidence, name)
        ? 'changed'
        : 'own',
  }));
}

const FIELD_NAME = /^[a-z][A-Za-z0-9_]*$/;

/**
 * What is wrong with a declaration the form is about to write, in Vietnamese; empty when nothing.
 * `taken` are the names already in use (a new field must not reuse one).
 */
export function checkEvidenceField(name: string, field: EvidenceField, taken: readonly string[] = []): string[] {
  const out: string[] = [];
  if (!FIELD_NAME.test(name))
    out.push(`Tên trường “${name}” không hợp lệ: bắt đầu bằng chữ thường a–z, sau đó chỉ chữ, số và _ (vd. tc3_3)`);
  else if (taken.includes(name)) out.push(`Đã có trường “${name}”; chọn tên khác hoặc sửa trường đó`);
  if (field.label.vi.trim() === '') out.push('Thiếu tên tiếng Việt của trường');
  if (field.label.en.trim() === '') out.push('Thiếu tên tiếng Anh của trường (label.en)');
  for (const key of ['min', 'max'] as const) {
    const v = field[key];
    if (v !== undefined && !Number.isFinite(v)) out.push(`“${key}” phải là một số`);
  }
  if (field.min !== undefined && field.max !== undefined && field.min > field.max)
    out.push(`Giá trị nhỏ nhất (${field.min}) lớn hơn giá trị lớn nhất (${field.max})`);
  if (field.type === 'enum' && (field.values ?? []).length === 0)
    out.push('Kiểu enum cần ít nhất một giá trị cho phép (values)');
  if (field.type === 'assessment' && field.max === undefined)
    out.push('Điểm tự đánh giá cần điểm tối đa (max), thường bằng điểm của chỉ số');
  return out;
}

/** Writes (or replaces) the declaration of `name` in the draft's own `evidence`. */
export function setEvidenceField(draft: FrameworkJson, name: string, field: EvidenceField): FrameworkJson {
  const next = clone(draft);
  const evidence = isObject(next.evidence) ? next.evidence : {};
  evidence[name] = clone(field);
  next.evidence = evidence;
  return next;
}

/**
 * Drops the draft's own declaration of `name` (an inherited field goes back to the parent's);
 * `fromParent` also lists it in `remove`, which drops an inherited field altogether.
 */
export function removeEvidenceField(draft: FrameworkJson, name: string, fromParent = false): FrameworkJson {
  const next = clone(draft);
  if (isObject(next.evidence)) {
    delete next.evidence[name];
    if (Object.keys(next.evidence).length === 0) delete next.evidence;
  }
  if (fromParent) {
    const list = Array.isArray(next.remove) ? (next.remove as string[]).filter((x) => x !== name) : [];
    next.remove = [...list, name];
  }
  return next;
}

/** What is wrong with a proof the form is about to add, in Vietnamese; empty when nothing. */
export function checkProof(proof: Proof, taken: readonly string[] = []): string[] {
  const out: string[] = [];
  if (!FIELD_NAME.test(proof.id))
    out.push(
      `Mã minh chứng “${proof.id}” không hợp lệ: bắt đầu bằng chữ thường a–z, sau đó chỉ chữ, số và _ (vd. giayChungNhan)`,
    );
  else if (taken.includes(proof.id)) out.push(`Chỉ số đã có minh chứng “${proof.id}”`);
  if (proof.label.vi.trim() === '') out.push('Thiếu tên tiếng Việt của giấy tờ minh chứng');
  if (proof.label.en.trim() === '') out.push('Thiếu tên tiếng Anh của giấy tờ minh chứng (label.en)');
  return out;
}

/**
 * Sets the proof list of indicator `id`: in place when the draft defines the indicator (its own
 * criteria or addIndicators), otherwise as `overrides.indicators[id].proof`. An empty list on an
 * inherited indicator is written as `[]` (it drops the parent's proofs); on the draft's own, the key goes.
 */
export function setProofs(draft: FrameworkJson, id: string, proofs: readonly Proof[]): FrameworkJson {
  const next = clone(draft);
  const list = proofs.map((p) => clone(p));
  // Assigning keeps the key where it was, so undoing an edit gives back the same bytes.
  const put = (indicator: Json, keepEmpty: boolean): Json => {
    const out = { ...indicator };
    if (list.length > 0 || keepEmpty) out.proof = list;
    else delete out.proof;
    return out;
  };
  for (const criterion of Array.isArray(next.criteria) ? (next.criteria as Json[]) : []) {
    const indicators = Array.isArray(criterion.indicators) ? (criterion.indicators as Json[]) : [];
    const at = indicators.findIndex((i) => i.id === id);
    if (at >= 0) {
      indicators[at] = put(indicators[at] as Json, false);
      return next;
    }
  }
  for (const entry of Array.isArray(next.addIndicators) ? (next.addIndicators as Json[]) : []) {
    if (isObject(entry.indicator) && entry.indicator.id === id) {
      entry.indicator = put(entry.indicator, false);
      return next;
    }
  }
  const overrides = isObject(next.overrides) ? next.overrides : {};
  const indicators = isObject(overrides.indicators) ? overrides.indicators : {};
  indicators[id] = put(isObject(indicators[id]) ? indicators[id] : {}, true);
  next.overrides = { ...overrides, indicators };
  return next;
}
