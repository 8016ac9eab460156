import { CaseFileSchema } from './cases.js';
import { CollectiveRecordSchema } from './collective.js';
import { CollectiveEvaluationSchema } from './collectiveEvaluation.js';
import {
  evaluationJsonSchema,
  evidenceRecordJsonSchema,
  frameworkJsonSchema,
  type JsonSchemaDocument,
  planJsonSchema,
  populationTableJsonSchema,
  toJsonSchema,
} from './jsonSchema.js';
import { UnitMappingFileSchema, UnitsFileSchema } from './units.js';
import { DossierSchema, RecognitionPolicySchema } from './workflow.js';

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
    'plan.schema.json': planJsonSchema(),
    'population.schema.json': populationTableJsonSchema(),
    'cases.schema.json': toJsonSchema(CaseFileSchema, 'cases.schema.json'),
    'collective.schema.json': toJsonSchema(CollectiveRecordSchema, 'collective.schema.json'),
    'collective-evaluation.schema.json': toJsonSchema(CollectiveEvaluationSchema, 'collective-evaluation.schema.json'),
    'units.schema.json': toJsonSchema(UnitsFileSchema, 'units.schema.json'),
    'unit-mapping.schema.json': toJsonSchema(UnitMappingFileSchema, 'unit-mapping.schema.json'),
    'dossier.schema.json': toJsonSchema(DossierSchema, 'dossier.schema.json'),
    'recognition-policy.schema.json': toJsonSchema(RecognitionPolicySchema, 'recognition-policy.schema.json'),
  };
}
