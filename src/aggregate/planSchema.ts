import type * as z from 'zod';
import type { Issue } from '../errors/issue.js';
import { schemaViolations } from '../framework/schemaValidator.js';

/**
 * Explains why zod rejected a plan or population table with the same `schema_violation` issues
 * (bilingual, JSON paths) that framework files get.
 *
 * @param zodIssues - zod's issues
 * @param file - file name for the issues
 * @returns at least one issue
 * @internal
 */
export function schemaIssues(zodIssues: readonly z.core.$ZodIssue[], file?: string): [Issue, ...Issue[]] {
  const [first, ...rest] = schemaViolations(zodIssues, file);
  if (first) return [first, ...rest];
  // zod never fails without an issue; this keeps the type honest.
  return [
    {
      code: 'schema_violation',
      path: [],
      message: { vi: 'không hợp lệ', en: 'invalid' },
      ...(file === undefined ? {} : { file }),
    },
  ];
}
