import { type Issue, issue, type JsonPath } from '../errors/issue.js';

/**
 * Issue codes the evidence readers produce, in alphabetical order.
 *
 * @category Evidence
 */
export const EVIDENCE_ISSUE_CODES = [
  'duplicate_record',
  'invalid_csv',
  'invalid_encoding',
  'invalid_evidence',
  'invalid_json',
  'invalid_record',
  'invalid_xlsx',
  'missing_evidence',
  'unknown_evidence_field',
  'unknown_format',
] as const;

/** @internal */
export function _invalidEncoding(
  path: JsonPath,
  where: { row: number; byte?: number | undefined },
  utf16 = false,
): Issue {
  return issue('invalid_encoding', path, {
    kind: utf16 ? 'utf16' : 'not_utf8',
    row: where.row,
    ...(where.byte === undefined ? {} : { byte: where.byte }),
  });
}

/** @internal */
export function _withFile(issues: readonly Issue[], file: string | undefined): Issue[] {
  return file === undefined ? [...issues] : issues.map((i) => ({ ...i, file }));
}
