/*
 * A sample person in the editor: the officer picks a row of the bundled sample (embedded when the
 * page is built) or fills the draft's evidence fields, and sees what the draft framework decides —
 * points per criterion, each title's decision, its reasons and what is missing — through the
 * library's main entry (`engine.safeEvaluate`), the door every batch and the CLI use.
 */
import { type Evaluation, type Framework, formatPath, formatPercent } from 'cdht';
import { engineWith, type FrameworkJson } from './model.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One person of the sample, as the picker lists them. */
export interface SamplePerson {
  readonly id: string;
  readonly name: string;
  /** The evidence record, as in the sample file. */
  readonly record: Json;
}

/**
 * The first `count` people of a sample NDJSON file (examples/sample/evidence-2025.ndjson); the page
 * embeds them when it is built. A line that is not a record with an `id` and `data` is an error naming it.
 */
export function pickSamples(ndjson: string, count = 8): SamplePerson[] {
  const out: SamplePerson[] = [];
  const lines = ndjson.split('\n');
  for (let i = 0; i < lines.length && out.length < count; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') continue;
    const record: unknown = JSON.parse(line);
    if (!isObject(record) || typeof record.id !== 'string' || !isObject(record.data))
      throw new Error(`sample line ${i + 1}: expected a record with "id" and "data"`);
    out.push({ id: record.id, name: typeof record.name === 'string' ? record.name : record.id, record });
  }
  return out;
}

/** A criterion's points as the page shows them. */
export interface CriterionLine {
  readonly id: string;
  readonly label: string;
  readonly points: number;
  readonly max: number;
}

/** A title's decision as the page shows it, in Vietnamese. */
export interface TitleLine {
  readonly id: string;
  readonly label: string;
  readonly decision: Evaluation['titles'][number]['decision'];
  /** `Đạt` / `Không đạt` / `Chưa đủ dữ liệu`. */
  readonly decisionText: string;
  /** The library's reasons (Vietnamese). */
  readonly reasons: readonly string[];
  /** What would earn it: points and indicators still short, evidence to supply; empty when awarded or out of reach. */
  readonly gap: string;
}

/** The result of the draft for one person. */
export interface PersonReport {
  /** Problems that stop the evaluation (the record or its evidence), path and Vietnamese message. */
  readonly problems: readonly string[];
  /** Warnings that do not (fields the draft does not declare …). */
  readonly warnings: readonly string[];
  readonly total?: number;
  readonly max?: number;
  readonly criteria: readonly CriterionLine[];
  readonly titles: readonly TitleLine[];
  /** Evidence fields the draft reads but the person lacks, `label (field)`. */
  readonly missing: readonly string[];
}

const DECISIONS = { awarded: 'Đạt', 'not-awarded': 'Không đạt', undetermined: 'Chưa đủ dữ liệu' } as const;

const label = (framework: Framework, field: string): string => {
  const declared = Object.hasOwn(framework.evidence, field) ? framework.evidence[field] : undefined;
  return declared ? `${declared.label.vi} (${field})` : field;
};

function gapText(framework: Framework, gap: Evaluation['titles'][number]['gap']): string {
  if (!gap) return '';
  const parts: string[] = [];
  if (gap.points > 0) {
    const moves = gap.indicators.map((g) => `${g.id} ${g.from ?? '—'} → ${g.to}`).join('; ');
    parts.push(`còn thiếu ${gap.points} điểm${moves ? ` (${moves})` : ''}`);
  }
  if (gap.evidence.length > 0) parts.push(`cần bổ sung: ${gap.evidence.map((f) => label(framework, f)).join(', ')}`);
  return parts.join('; ');
}

/**
 * Evaluates `record` under the draft (loaded over the bundled frameworks), as `cdht evaluate` would
 * with the draft as the framework: the record's own `framework` is set aside so the draft decides.
 */
export function runPerson(draft: FrameworkJson, record: unknown): PersonReport {
  const empty = { warnings: [], criteria: [], titles: [], missing: [] };
  if (!isObject(record)) return { ...empty, problems: ['Hồ sơ phải là một đối tượng JSON { … }'] };
  const { engine, loaded } = engineWith(draft);
  if (!loaded.success) return { ...empty, problems: ['Bộ tiêu chí đang soạn còn lỗi; sửa trước khi chạy thử hồ sơ.'] };
  const framework = loaded.framework;
  const { framework: _chosen, ...own } = record;
  const result = engine.safeEvaluate(framework, own);
  if (!result.success)
    return { ...empty, problems: result.issues.map((i) => `${formatPath(i.path)}: ${i.message.vi}`) };
  const e = result.data;
  const missing = [...new Set(e.indicators.flatMap((i) => i.missing ?? []))].map((f) => label(framework, f));
  return {
    problems: [],
    warnings: result.warnings.map((w) => `${formatPath(w.path)}: ${w.message.vi}`),
    total: e.total,
    max: e.max,
    criteria: e.criteria.map((c) => ({
      id: c.id,
      label: framework.criteria.find((x) => x.id === c.id)?.label.vi ?? c.id,
      points: c.points,
      max: c.max,
    })),
    titles: e.titles.map((t) => ({
      id: t.id,
      label: framework.titles.find((x) => x.id === t.id)?.label.vi ?? t.id,
      decision: t.decision,
      decisionText: DECISIONS[t.decision],
      reasons: t.reasons.map((r) => r.message.vi),
      gap: gapText(framework, t.gap),
    })),
    missing,
  };
}

/** The summary line of a report: `Tổng điểm 92/110 (83,6%)`. */
export function totalLine(report: PersonReport): string {
  if (report.total === undefined || report.max === undefined) return '';
  const share = report.max > 0 ? ` (${formatPercent(report.total / report.max, 'vi')})` : '';
  return `Tổng điểm ${report.total}/${report.max}${share}`;
}

/** One evidence input of the person form: the field, its label and the value as the input shows it. */
export interface PersonInput {
  readonly name: string;
  readonly label: string;
  /** `score` (an assessment's self score), `number`, `boolean`, or `json` (any other value, as JSON). */
  readonly kind: 'score' | 'number' | 'boolean' | 'text' | 'json';
  readonly value: string;
  readonly max?: number;
}

/** The inputs of the person form for the draft's evidence fields, filled from `record`. */
export function personInputs(framework: Framework, record: Json): PersonInput[] {
  const data = isObject(record.data) ? record.data : {};
  return Object.entries(framework.evidence).map(([name, field]) => {
    const v = Object.hasOwn(data, name) ? data[name] : undefined;
    const base = { name, label: field.label.vi, ...(field.max === undefined ? {} : { max: field.max }) };
    if (field.type === 'assessment')
      return { ...base, kind: 'score', value: isObject(v) && typeof v.self === 'number' ? String(v.self) : '' };
    if (field.type === 'number' || field.type === 'integer')
      return { ...base, kind: 'number', value: typeof v === 'number' ? String(v) : '' };
    if (field.type === 'boolean') return { ...base, kind: 'boolean', value: v === undefined ? '' : String(v) };
    if (field.type === 'string' || field.type === 'enum' || field.type === 'date')
      return { ...base, kind: 'text', value: typeof v === 'string' ? v : '' };
    return { ...base, kind: 'json', value: v === undefined ? '' : JSON.stringify(v) };
  });
}

/**
 * The record with one evidence value set from the form's text (empty text removes it, so the
 * evaluation sees it missing); text a JSON input cannot read is an error in Vietnamese.
 */
export function setPersonValue(
  record: Json,
  input: PersonInput,
  text: string,
): { readonly record: Json } | { readonly error: string } {
  const data: Json = { ...(isObject(record.data) ? record.data : {}) };
  const t = text.trim();
  if (t === '') delete data[input.name];
  else if (input.kind === 'score' || input.kind === 'number') {
    const n = Number(t.replace(',', '.'));
    if (!Number.isFinite(n)) return { error: `${input.label}: “${text}” không phải là số` };
    if (input.kind === 'score') {
      const old = data[input.name];
      data[input.name] = { ...(isObject(old) ? old : {}), self: n };
    } else data[input.name] = n;
  } else if (input.kind === 'boolean') data[input.name] = t === 'true';
  else if (input.kind === 'text') data[input.name] = t;
  else {
    try {
      data[input.name] = JSON.parse(t);
    } catch {
      return { error: `${input.label}: “${text}” không phải giá trị JSON hợp lệ` };
    }
  }
  return { record: { ...record, data } };
}
