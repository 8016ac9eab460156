import type { z } from 'zod';
import type { Issue } from '../errors/issue.js';
import type { JsonSchemaDocument } from '../format/jsonSchema.js';
import { compileSchemaCheck } from '../framework/schemaValidator.js';
import { fromZodIssues } from './issues.js';

/**
 * Explains why zod rejected a value with the same `schema_violation` issues (bilingual, ajv paths)
 * that framework files get. The JSON Schema is compiled only on this failure path.
 *
 * @param schema - the JSON Schema of the format
 * @param value - the rejected value
 * @param zodIssues - zod's issues, used when the JSON Schema finds nothing (a refinement)
 * @param file - file name for the issues
 * @returns at least one issue
 * @internal
 */
export function schemaIssues(
  schema: JsonSchemaDocument,
  value: unknown,
  zodIssues: readonly z.core.$ZodIssue[],
  file?: string,
): [Issue, ...Issue[]] {
  const [first, ...rest] = compileSchemaCheck(schema)(value, file);
  if (first) return [first, ...rest];
  return fromZodIssues(zodIssues, 'schema_violation', file) as [Issue, ...Issue[]];
}
