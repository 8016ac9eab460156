import type { Issue, JsonPath } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';

/**
 * Issue codes the evidence readers produce, in alphabetical order.
 *
 * @category Evidence
 */
export const EVIDENCE_ISSUE_CODES = [
  'cell_error',
  'duplicate_key',
  'duplicate_record',
  'evidence_too_deep',
  'field_too_large',
  'formula_without_value',
  'invalid_csv',
  'invalid_encoding',
  'invalid_evidence',
  'invalid_json',
  'invalid_record',
  'invalid_xlsx',
  'merged_cell',
  'missing_evidence',
  'record_too_large',
  'unknown_evidence_field',
  'unknown_format',
  'xlsx_too_large',
] as const;

/** @internal */
export function _invalidEncoding(
  path: JsonPath,
  where: { row: number; byte?: number | undefined },
  utf16 = false,
): Issue {
  return toolingIssue('invalid_encoding', path, {
    kind: utf16 ? 'utf16' : 'not_utf8',
    row: where.row,
    ...(where.byte === undefined ? {} : { byte: where.byte }),
  });
}

/** @internal */
export function _withFile(issues: readonly Issue[], file: string | undefined): Issue[] {
  return file === undefined ? [...issues] : issues.map((i) => ({ ...i, file }));
}
