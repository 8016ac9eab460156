import type { z } from 'zod';
import type { Issue } from '../errors/issue.js';
import type { JsonSchemaDocument } from '../format/jsonSchema.js';
import { toJsonSchema } from '../format/jsonSchema.js';
import { PlanFileSchema, PopulationTableSchema } from '../format/plan.js';
import { compileSchemaCheck } from '../framework/schemaValidator.js';
import { fromZodIssues } from './issues.js';

/**
 * The JSON Schema of a target plan file (`schema/plan.schema.json`).
 *
 * @returns the schema document
 * @category Plans
 */
export function planJsonSchema(): JsonSchemaDocument {
  return toJsonSchema(PlanFileSchema, 'plan.schema.json');
}

/**
 * The JSON Schema of a population table (`schema/population.schema.json`).
 *
 * @returns the schema document
 * @category Plans
 */
export function populationTableJsonSchema(): JsonSchemaDocument {
  return toJsonSchema(PopulationTableSchema, 'population.schema.json');
}

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
