import type ExcelJS from 'exceljs';
import { CdhtError } from '../../errors/issue.js';
import { toolingIssue } from '../../errors/toolingIssue.js';

/** The exceljs module, as `import('exceljs')` gives it. */
export type ExcelJsModule = typeof ExcelJS;

/** Whether an import failed because `exceljs` itself is not installed (not one of its own dependencies). */
function isExcelJsMissing(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    typeof message === 'string' &&
    /['"]exceljs['"]/.test(message)
  );
}

/**
 * Loads exceljs on first use. It is an optional dependency: large (~1 MB, ~190 ms to load) and only
 * needed to write workbooks (evidence workbooks are read without it), so nothing else ever loads it.
 *
 * @returns the exceljs module
 * @throws CdhtError `missing_dependency` naming the package and how to install it, when it is absent
 * @internal
 */
export async function loadExcelJs(): Promise<ExcelJsModule> {
  try {
    return (await import('exceljs')).default;
  } catch (error) {
    if (!isExcelJsMissing(error)) throw error;
    throw new CdhtError([toolingIssue('missing_dependency', [], { kind: 'xlsx', package: 'exceljs' })], {
      cause: error,
    });
  }
}
