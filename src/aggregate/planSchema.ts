import type * as z from 'zod';
import { fromZodIssues } from '../errors/fromZod.js';
import { type Issue, issue } from '../errors/issue.js';

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
  const [first, ...rest] = fromZodIssues(zodIssues, 'schema_violation', { file });
  if (first) return [first, ...rest];
  // zod never fails without an issue; this keeps the type honest.
  return [issue('schema_violation', [], { kind: 'other', detail: 'invalid' }, { file })];
}
