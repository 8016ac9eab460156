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
  const at = where.byte === undefined ? '' : `, byte ${where.byte}`;
  const atVi = where.byte === undefined ? '' : `, byte thứ ${where.byte}`;
  if (utf16) {
    return issue(
      'invalid_encoding',
      path,
      `Tệp có vẻ được mã hoá UTF-16 (dòng ${where.row}${atVi}); hãy lưu lại dưới dạng UTF-8.`,
      `The file looks UTF-16 encoded (row ${where.row}${at}); save it as UTF-8.`,
    );
  }
  return issue(
    'invalid_encoding',
    path,
    `Dòng ${where.row} có byte không hợp lệ theo UTF-8${atVi} (có thể tệp lưu bằng Windows-1258 hoặc Latin-1); hãy lưu lại dưới dạng UTF-8.`,
    `Row ${where.row} has bytes that are not valid UTF-8${at} (the file may be Windows-1258 or Latin-1); save it as UTF-8.`,
  );
}

/** @internal */
export function _warning(value: Issue): Issue {
  return { ...value, severity: 'warning' };
}

/** @internal */
export function _withFile(issues: readonly Issue[], file: string | undefined): Issue[] {
  return file === undefined ? [...issues] : issues.map((i) => ({ ...i, file }));
}
