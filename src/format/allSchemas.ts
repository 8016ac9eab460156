import { evaluationJsonSchema, evidenceRecordJsonSchema, frameworkJsonSchema, type JsonSchemaDocument, toJsonSchema } from './jsonSchema.js';
import { CaseFileSchema } from './cases.js';
import { PlanFileSchema, PopulationTableSchema } from './plan.js';

/**
 * Every JSON Schema document the package ships under `schema/`, by file name.
 *
 * @returns file name → schema
 * @category Formats
 */
export function allJsonSchemas(): Record<string, JsonSchemaDocument> {
  return {
    'framework.schema.json': frameworkJsonSchema(),
    'evidence.schema.json': evidenceRecordJsonSchema(),
    'evaluation.schema.json': evaluationJsonSchema(),
    'plan.schema.json': toJsonSchema(PlanFileSchema, 'plan.schema.json'),
    'population.schema.json': toJsonSchema(PopulationTableSchema, 'population.schema.json'),
    'cases.schema.json': toJsonSchema(CaseFileSchema, 'cases.schema.json'),
  };
}
