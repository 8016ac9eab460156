import type { EvidenceField } from '../format/framework.js';

/** A JSON Schema document (draft 2020-12), as plain JSON. @category Evidence */
export type JsonSchema = { readonly [key: string]: unknown };

/** Options of {@link evidenceJsonSchema}. @category Evidence */
export interface EvidenceJsonSchemaOptions {
  /** `record` (default): a whole evidence record; `data`: only its `data` object. */
  readonly scope?: 'record' | 'data' | undefined;
  /** `$id` of the schema, e.g. `https://example.org/cdht/cdht-household.evidence.json`. */
  readonly id?: string | undefined;
  /** Title of the schema, e.g. the framework's Vietnamese title. */
  readonly title?: string | undefined;
  /** Allow fields under `data` that are not declared (default true, as the readers only warn). */
  readonly allowUnknownFields?: boolean | undefined;
}

const DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * Builds the JSON Schema (draft 2020-12) of a framework's evidence, for forms and APIs.
 *
 * Each declared field becomes a property titled with its Vietnamese label (English label in the
 * description); `assessment` becomes `{ self, reviewed }` scored `min`–`max` (0–10 by default);
 * `date` is an ISO date string; `list` bounds its item count by `min`/`max`. Plugin field types
 * are left open (`{}`), since only their plugin knows them.
 *
 * @param evidence - the framework's declared evidence fields
 * @param options - scope (`record` or `data`), `$id`, title, unknown fields
 * @returns the schema as plain JSON
 * @example evidenceJsonSchema({ tc1_1: { type: 'assessment', label: { vi: 'Đọc', en: 'Reading' } } }, { scope: 'data' })
 * // { $schema: …, type: 'object', properties: { tc1_1: { type: 'object', properties: { self: …, reviewed: … }, required: ['self'] } } }
 * @category Evidence
 */
export function evidenceJsonSchema(
  evidence: Readonly<Record<string, EvidenceField>>,
  options: EvidenceJsonSchemaOptions = {},
): JsonSchema {
  const data = objectSchema(evidence, options.allowUnknownFields ?? true);
  const head = {
    $schema: DRAFT,
    ...(options.id ? { $id: options.id } : {}),
    ...(options.title ? { title: options.title } : {}),
  };
  if (options.scope === 'data') return { ...head, ...data };
  return {
    ...head,
    type: 'object',
    properties: {
      id: { type: 'string', minLength: 1, description: 'Person id, unique within a batch' },
      name: { type: 'string' },
      group: { type: 'string' },
      framework: { type: 'string' },
      period: {
        oneOf: [
          { type: 'string', pattern: '^\\d{4}$' },
          {
            type: 'object',
            properties: { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } },
            required: ['from', 'to'],
            additionalProperties: false,
          },
        ],
      },
      unit: {
        type: 'object',
        propertyNames: { pattern: '^[a-z][A-Za-z0-9_]*$' },
        additionalProperties: { type: 'string', minLength: 1 },
      },
      data,
      proofs: {
        type: 'array',
        items: {
          type: 'object',
          properties: Object.fromEntries(
            ['type', 'indicator', 'title', 'date', 'ref'].map((k) => [k, { type: 'string' }]),
          ),
          required: ['type'],
          additionalProperties: false,
        },
      },
    },
    required: ['id', 'period', 'data'],
    additionalProperties: false,
  };
}

function objectSchema(fields: Readonly<Record<string, EvidenceField>>, open: boolean): JsonSchema {
  const required = Object.entries(fields)
    .filter(([, f]) => f.required)
    .map(([name]) => name);
  return {
    type: 'object',
    properties: Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, fieldSchema(field, open)])),
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: open,
  };
}

function fieldSchema(field: EvidenceField, open: boolean): JsonSchema {
  const describe = {
    title: field.label.vi,
    description: [field.label.en, field.description?.vi, field.unit && `unit: ${field.unit}`]
      .filter(Boolean)
      .join(' — '),
  };
  const bounds = {
    ...(field.min !== undefined ? { minimum: field.min } : {}),
    ...(field.max !== undefined ? { maximum: field.max } : {}),
  };
  switch (field.type) {
    case 'number':
    case 'integer':
      return { ...describe, type: field.type, ...bounds };
    case 'boolean':
      return { ...describe, type: 'boolean' };
    case 'date':
      return { ...describe, type: 'string', format: 'date' };
    case 'string':
    case 'enum':
      return { ...describe, type: 'string', ...(field.values ? { enum: [...field.values] } : {}) };
    case 'assessment': {
      const score = { type: 'number', minimum: field.min ?? 0, maximum: field.max ?? 10 };
      return {
        ...describe,
        type: 'object',
        properties: { self: score, reviewed: score },
        required: ['self'],
        additionalProperties: false,
      };
    }
    case 'list':
      return {
        ...describe,
        type: 'array',
        ...(field.items ? { items: fieldSchema(field.items, open) } : {}),
        ...(field.min !== undefined ? { minItems: field.min } : {}),
        ...(field.max !== undefined ? { maxItems: field.max } : {}),
      };
    case 'object':
      return { ...describe, ...objectSchema(field.fields ?? {}, open || field.fields === undefined) };
    default:
      return describe;
  }
}
