import { type Issue, issue, type JsonPath } from '../errors/issue.js';
import type { EvidenceField } from '../format/framework.js';
import type { EvidenceTypeDefinition } from './evidenceType.js';

/** Plugin evidence types by name, as an engine holds them. @category Evidence */
export type EvidenceTypes = Readonly<Record<string, EvidenceTypeDefinition>>;

import { isIsoDate } from './dates.js';
import { _warning } from './issues.js';

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
      return problem
        ? [
            issue(
              'invalid_evidence',
              path,
              `${problem.vi} (${plugin?.label.vi}).`,
              `${problem.en} (${plugin?.label.en}).`,
            ),
          ]
        : [];
    }
  }
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
  const bounds = `${field.min ?? '−∞'}–${field.max ?? '∞'}`;
  const what = count ? { vi: 'Số mục', en: 'Item count' } : { vi: 'Giá trị', en: 'Value' };
  return [
    issue(
      'invalid_evidence',
      path,
      `${what.vi} ${n} nằm ngoài khoảng ${bounds} cho phép.`,
      `${what.en} ${n} is outside the allowed range ${bounds}.`,
    ),
  ];
}

function expected(path: JsonPath, value: unknown, field: EvidenceField, unknownPart = false): Issue {
  const got = describe(value);
  if (unknownPart) {
    return issue(
      'invalid_evidence',
      path,
      `Phiếu tự đánh giá chỉ có "self" và "reviewed", không có "${String(path[path.length - 1])}".`,
      `An assessment has only "self" and "reviewed", not "${String(path[path.length - 1])}".`,
    );
  }
  const want = typeName(field);
  return issue('invalid_evidence', path, `Cần ${want.vi}, nhận được ${got}.`, `Expected ${want.en}, got ${got}.`);
}

function typeName(field: EvidenceField): { vi: string; en: string } {
  const values = field.values?.map((v) => `"${v}"`).join(', ');
  switch (field.type) {
    case 'number':
      return { vi: 'một số', en: 'a number' };
    case 'integer':
      return { vi: 'một số nguyên', en: 'an integer' };
    case 'boolean':
      return { vi: 'giá trị đúng/sai (true/false)', en: 'a boolean (true/false)' };
    case 'date':
      return { vi: 'một ngày dạng yyyy-MM-dd', en: 'a date as yyyy-MM-dd' };
    case 'assessment':
      return {
        vi: `điểm tự đánh giá {self, reviewed} từ ${field.min ?? 0} đến ${field.max ?? 10}`,
        en: `a self-assessment {self, reviewed} scored ${field.min ?? 0} to ${field.max ?? 10}`,
      };
    case 'list':
      return { vi: 'một danh sách', en: 'a list' };
    case 'object':
      return { vi: 'một đối tượng', en: 'an object' };
    default:
      return values
        ? { vi: `một trong ${values}`, en: `one of ${values}` }
        : { vi: 'một chuỗi văn bản', en: 'a text string' };
  }
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
  const name = path.join('.');
  return _warning(
    issue(
      'unknown_evidence_field',
      path,
      `Trường "${name}" không được bộ tiêu chí khai báo; bỏ qua khi đánh giá.`,
      `Field "${name}" is not declared by the framework; it is ignored by evaluation.`,
    ),
  );
}

/** Warning for a declared `required` field that is absent. @internal */
export function _missingField(path: JsonPath, field: EvidenceField): Issue {
  return _warning(
    issue(
      'missing_evidence',
      path,
      `Thiếu minh chứng bắt buộc "${field.label.vi}".`,
      `Required evidence "${field.label.en}" is missing.`,
    ),
  );
}
