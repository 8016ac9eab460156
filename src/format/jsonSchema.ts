import * as z from 'zod';
import { describeJsonSchema } from './describeSchema.js';
import { EvaluationSchema } from './evaluation.js';
import { EvidenceRecordSchema } from './evidence.js';
import { FrameworkFileSchema } from './framework.js';
import { PlanFileSchema, PopulationTableSchema } from './plan.js';

/** JSON Schema documents generated from the zod formats, by file name under `schema/`. */
export type JsonSchemaDocument = Record<string, unknown>;

/**
 * Generates the JSON Schema (draft 2020-12) of a zod format with the package's conventions: every
 * property the help of src/format/descriptions/ names carries a Vietnamese `description`, a
 * bilingual `markdownDescription` and `examples`, so a code editor explains the key on hover.
 *
 * @param schema - a zod schema
 * @param id - the `$id` to give it
 * @returns the JSON Schema document
 * @category Formats
 */
export function toJsonSchema(schema: z.ZodType, id: string): JsonSchemaDocument {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaDocument;
  return describeJsonSchema({ $id: `https://cdht.dev/schema/${id}`, ...json });
}

/**
 * The JSON Schema of a criteria framework file.
 *
 * @returns the schema document
 * @category Formats
 */
export function frameworkJsonSchema(): JsonSchemaDocument {
  return toJsonSchema(FrameworkFileSchema, 'framework.schema.json');
}

/**
 * The JSON Schema of an evidence record (any framework; see `evidenceJsonSchema` for one framework's fields).
 *
 * @returns the schema document
 * @category Formats
 */
export function evidenceRecordJsonSchema(): JsonSchemaDocument {
  return toJsonSchema(EvidenceRecordSchema, 'evidence.schema.json');
}

/**
 * The JSON Schema of an evaluation result.
 *
 * @returns the schema document
 * @category Formats
 */
export function evaluationJsonSchema(): JsonSchemaDocument {
  return toJsonSchema(EvaluationSchema, 'evaluation.schema.json');
}

/**
 * The JSON Schema of a target plan file (`schema/plan.schema.json`).
 *
 * @returns the schema document
 * @category Formats
 */
export function planJsonSchema(): JsonSchemaDocument {
  return toJsonSchema(PlanFileSchema, 'plan.schema.json');
}

/**
 * The JSON Schema of a population table (`schema/population.schema.json`).
 *
 * @returns the schema document
 * @category Formats
 */
export function populationTableJsonSchema(): JsonSchemaDocument {
  return toJsonSchema(PopulationTableSchema, 'population.schema.json');
}
