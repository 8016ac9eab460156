import { type Issue, issue, type JsonPath } from '../errors/issue.js';
import type { EvidenceField } from '../format/framework.js';
import type { EvidenceTypeDefinition } from './evidenceType.js';

/** Plugin evidence types by name, as an engine holds them. @category Evidence */
export type EvidenceTypes = Readonly<Record<string, EvidenceTypeDefinition>>;

import { isIsoDate } from './dates.js';

const SCORE: EvidenceField = { type: 'number', label: { vi: 'Điểm', en: 'Score' }, min: 0, max: 10 };

/**
 * Checks one evidence value against its declared field: type, `min`/`max` (value for numbers,
 * scores for assessments, item count for lists) and `values` for enums and strings. Unknown
 * sub-fields of objects are warnings; types not built in (plugin types) are not checked here.
 *
 * @param value - the value as read
 * @param field - its declaration
 * @param path - the JSON path of the value, e.g. `['data', 'tc1_1']`
 * @param types - plugin evidence types (`engine.evidenceTypes`): their `validate` checks such fields
 * @returns the issues, empty when the value fits
 * @category Evidence
 */
export function checkEvidenceValue(
  value: unknown,
  field: EvidenceField,
  path: JsonPath,
  types?: EvidenceTypes,
): Issue[] {
  switch (field.type) {
    case 'number':
    case 'integer': {
      const ok =
        typeof value === 'number' && Number.isFinite(value) && (field.type === 'number' || Number.isInteger(value));
      return ok ? range(value, field, path) : [expected(path, value, field)];
    }
    case 'boolean':
      return typeof value === 'boolean' ? [] : [expected(path, value, field)];
    case 'date':
      return typeof value === 'string' && isIsoDate(value) ? [] : [expected(path, value, field)];
    case 'string':
    case 'enum': {
      if (typeof value !== 'string' || (field.type === 'enum' && !field.values)) return [expected(path, value, field)];
      return field.values && !field.values.includes(value) ? [expected(path, value, field)] : [];
    }
    case 'assessment':
      return checkAssessment(value, field, path);
    case 'list':
      return checkList(value, field, path, types);
    case 'object':
      return checkObject(value, field, path, types);
    default: {
      const plugin = types && Object.hasOwn(types, field.type) ? types[field.type] : undefined;
      const problem = plugin?.validate?.(value) ?? null;
      return problem && plugin
        ? [issue('invalid_evidence', path, { kind: 'plugin', type: field.type, label: plugin.label, problem })]
        : [];
    }
  }
}

/**
 * Whether {@link checkEvidenceValue} would find nothing to say about `value` (no issue, no warning),
 * answered without building paths or issue lists: the batch front door checks every field of every
 * record, and nearly all of them fit. `false` means "ask checkEvidenceValue", not "wrong": plugin
 * types are always left to it.
 *
 * @internal
 */
export function _fitsEvidence(value: unknown, field: EvidenceField): boolean {
  switch (field.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && inRange(value, field);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && inRange(value, field);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && isIsoDate(value);
    case 'string':
      return typeof value === 'string' && (field.values === undefined || field.values.includes(value));
    case 'enum':
      return typeof value === 'string' && field.values !== undefined && field.values.includes(value);
    case 'list': {
      if (!Array.isArray(value) || !inRange(value.length, field)) return false;
      const items = field.items;
      if (items !== undefined) for (let i = 0; i < value.length; i++) if (!_fitsEvidence(value[i], items)) return false;
      return true;
    }
    case 'object': {
      if (!isPlainObject(value)) return false;
      const fields = field.fields;
      if (fields === undefined) return true;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        if (!Object.hasOwn(fields, key) || !_fitsEvidence(value[key], fields[key] as EvidenceField)) return false;
      }
      for (const key in fields)
        if (Object.hasOwn(fields, key) && fields[key]?.required && !(key in value)) return false;
      return true;
    }
    case 'assessment': {
      if (!isPlainObject(value) || !('self' in value)) return false;
      const min = field.min ?? 0;
      const max = field.max ?? 10;
      for (const key in value) {
        if (!Object.hasOwn(value, key)) continue;
        const part = value[key];
        if (key !== 'self' && key !== 'reviewed') return false;
        if (typeof part !== 'number' || !Number.isFinite(part) || part < min || part > max) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

function inRange(n: number, field: EvidenceField): boolean {
  return !(field.min !== undefined && n < field.min) && !(field.max !== undefined && n > field.max);
}

function checkAssessment(value: unknown, field: EvidenceField, path: JsonPath): Issue[] {
  if (!isPlainObject(value) || !('self' in value)) return [expected(path, value, field)];
  const score = { ...SCORE, min: field.min ?? 0, max: field.max ?? 10 };
  const issues: Issue[] = [];
  for (const [key, part] of Object.entries(value)) {
    if (key === 'self' || key === 'reviewed') issues.push(...checkEvidenceValue(part, score, [...path, key]));
    else issues.push(expected([...path, key], part, field, true));
  }
  return issues;
}

function checkList(value: unknown, field: EvidenceField, path: JsonPath, types?: EvidenceTypes): Issue[] {
  if (!Array.isArray(value)) return [expected(path, value, field)];
  const issues = range(value.length, field, path, true);
  if (field.items) {
    const items = field.items;
    value.forEach((item, index) => {
      issues.push(...checkEvidenceValue(item, items, [...path, index], types));
    });
  }
  return issues;
}

function checkObject(value: unknown, field: EvidenceField, path: JsonPath, types?: EvidenceTypes): Issue[] {
  if (!isPlainObject(value)) return [expected(path, value, field)];
  const fields = field.fields ?? {};
  const issues: Issue[] = [];
  for (const [key, part] of Object.entries(value)) {
    const declared = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (declared) issues.push(...checkEvidenceValue(part, declared, [...path, key], types));
    else if (field.fields) issues.push(_unknownField([...path, key]));
  }
  for (const [key, declared] of Object.entries(fields)) {
    if (declared.required && !(key in value)) issues.push(_missingField([...path, key], declared));
  }
  return issues;
}

function range(n: number, field: EvidenceField, path: JsonPath, count = false): Issue[] {
  const low = field.min !== undefined && n < field.min;
  const high = field.max !== undefined && n > field.max;
  if (!low && !high) return [];
  const min = field.min ?? null;
  const max = field.max ?? null;
  return [
    count
      ? issue('invalid_evidence', path, { kind: 'count_out_of_range', count: n, min, max })
      : issue('invalid_evidence', path, { kind: 'out_of_range', value: n, min, max }),
  ];
}

function expected(path: JsonPath, value: unknown, field: EvidenceField, unknownPart = false): Issue {
  if (unknownPart)
    return issue('invalid_evidence', path, { kind: 'assessment_key', key: String(path[path.length - 1]) });
  const assessment = field.type === 'assessment';
  return issue('invalid_evidence', path, {
    kind: 'wrong_type',
    type: field.type,
    ...(field.values ? { values: field.values } : {}),
    ...(assessment ? { min: field.min ?? 0, max: field.max ?? 10 } : {}),
    got: describe(value),
  });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'object';
  return String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Warning for a value under `data` that the framework does not declare. @internal */
export function _unknownField(path: JsonPath): Issue {
  return issue('unknown_evidence_field', path, { field: path.join('.') }, { severity: 'warning' });
}

/** Warning for a declared `required` field that is absent. @internal */
export function _missingField(path: JsonPath, field: EvidenceField): Issue {
  return issue('missing_evidence', path, { field: path.join('.'), label: field.label }, { severity: 'warning' });
}
