export type { EvidenceTypes } from './checkField.js';
export { checkEvidenceValue } from './checkField.js';
export { isIsoDate, parseVietnameseDate } from './dates.js';
export { EVIDENCE_MAX_DEPTH } from './depth.js';
export type { EvidenceTypeDefinition } from './evidenceType.js';
export { EVIDENCE_ISSUE_CODES } from './issues.js';
export { type EvidenceJsonSchemaOptions, evidenceJsonSchema, type JsonSchema } from './schema.js';
export { type EvidenceValidation, validateEvidenceRecord } from './validate.js';
