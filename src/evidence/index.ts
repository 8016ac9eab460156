export type { EvidenceTypes } from './checkField.js';
export { checkEvidenceValue } from './checkField.js';
export { isIsoDate, parseVietnameseDate } from './dates.js';
export { EVIDENCE_ISSUE_CODES } from './issues.js';
export { readEvidence } from './read.js';
export { type EvidenceJsonSchemaOptions, evidenceJsonSchema, type JsonSchema } from './schema.js';
export { detectEvidenceFormat } from './source.js';
export type { EvidenceFormat, EvidenceSource, ReadEvidenceOptions, RowResult } from './types.js';
export { type EvidenceValidation, validateEvidenceRecord } from './validate.js';
