import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Issue, JsonPath } from '../errors/issue.js';
import type { JsonSchemaDocument } from '../format/jsonSchema.js';

/** A compiled JSON Schema check that reports {@link Issue}s. */
export type SchemaCheck = (value: unknown, file?: string) => Issue[];

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Compiles a JSON Schema once (ajv, draft 2020-12, all errors) into a function returning issues.
 *
 * @param schema - the JSON Schema document
 * @returns the check
 * @category Frameworks
 */
export function compileSchemaCheck(schema: JsonSchemaDocument): SchemaCheck {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  ajv.addFormat('date', ISO_DATE);
  const validate: ValidateFunction = ajv.compile(schema);
  return (value, file) => {
    if (validate(value)) return [];
    return simplify(validate.errors ?? []).map((e) => toIssue(e, file));
  };
}

/** ajv reports every branch of a failed `anyOf`; keep the most specific errors only. */
function simplify(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') continue;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out.length > 0 ? out : [...errors];
}

function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** @internal */
export function toIssue(e: ErrorObject, file?: string): Issue {
  let path: JsonPath = pathOf(e.instancePath);
  const p = e.params as Record<string, unknown>;
  let vi: string;
  let en: string;
  switch (e.keyword) {
    case 'required':
      path = [...path, String(p.missingProperty)];
      vi = `thiếu trường bắt buộc "${p.missingProperty}"`;
      en = `missing required property "${p.missingProperty}"`;
      break;
    case 'additionalProperties':
      path = [...path, String(p.additionalProperty)];
      vi = `trường không được phép "${p.additionalProperty}"`;
      en = `unknown property "${p.additionalProperty}"`;
      break;
    case 'type':
      vi = `cần kiểu ${p.type}`;
      en = `expected ${p.type}`;
      break;
    case 'pattern':
    case 'format':
      vi = `không đúng định dạng (${p.pattern ?? p.format})`;
      en = `does not match the expected form (${p.pattern ?? p.format})`;
      break;
    case 'enum':
      vi = `phải là một trong: ${(p.allowedValues as unknown[]).join(', ')}`;
      en = `expected one of: ${(p.allowedValues as unknown[]).join(', ')}`;
      break;
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      vi = `phải ${p.comparison} ${p.limit}`;
      en = `must be ${p.comparison} ${p.limit}`;
      break;
    case 'minItems':
    case 'minLength':
      vi = `cần ít nhất ${p.limit} phần tử`;
      en = `expected at least ${p.limit} items`;
      break;
    default:
      vi = `không hợp lệ: ${e.message ?? e.keyword}`;
      en = `invalid: ${e.message ?? e.keyword}`;
  }
  return { code: 'schema_violation', path, message: { vi, en }, file };
}
