/** JSON Schemas of request bodies (Fastify validates the envelope; the library validates evidence). */
export const PERIOD = { type: 'string', pattern: '^[0-9]{4}$' } as const;
const ID = { type: 'string', minLength: 1, maxLength: 100 } as const;

export const dossierInput = {
  type: 'object',
  required: ['framework', 'period', 'data'],
  additionalProperties: false,
  properties: {
    framework: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', maxLength: 100 },
    period: PERIOD,
    data: { type: 'object', maxProperties: 200 },
    proofs: { type: 'array', maxItems: 200 },
  },
} as const;

export const personInput = {
  type: 'object',
  required: ['name', 'unit'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,40}$' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    unit: {
      type: 'object',
      additionalProperties: { type: 'string', minLength: 1, maxLength: 200 },
      maxProperties: 8,
    },
  },
} as const;

export const idParam = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } },
} as const;

export const periodBody = {
  type: 'object',
  required: ['period'],
  additionalProperties: false,
  properties: { period: PERIOD },
} as const;

export { ID };
