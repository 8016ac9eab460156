import * as z from 'zod';
import { IsoDateSchema, UnitSchema } from './common.js';

/** The evaluation period: a calendar year (`"2024"`) or an explicit range. */
export const PeriodInputSchema = z
  .union([
    z.string().regex(/^\d{4}$/, 'a year like 2024'),
    z.object({ from: IsoDateSchema, to: IsoDateSchema }).strict(),
  ])
  .meta({ id: 'PeriodInput', title: 'Evaluation period' });
/** A period as written in evidence. */
export type PeriodInput = z.infer<typeof PeriodInputSchema>;

/** A proof document attached to a record. */
export const ProofItemSchema = z
  .object({
    type: z.string().min(1).describe('Proof id declared by the indicator, e.g. certificate'),
    indicator: z.string().optional(),
    title: z.string().optional(),
    date: z.string().optional(),
    ref: z.string().optional().describe('File name, URL or register number'),
  })
  .strict()
  .meta({ id: 'ProofItem' });
/** A proof item. */
export type ProofItem = z.infer<typeof ProofItemSchema>;

/** One person's evidence (minh chứng) for one period. */
export const EvidenceRecordSchema = z
  .object({
    id: z.string().min(1).describe('Person id, unique within a batch'),
    name: z.string().optional(),
    group: z.string().optional().describe('Citizen group; selects the framework when none is given'),
    framework: z.string().optional().describe('Framework id to evaluate against'),
    period: PeriodInputSchema,
    unit: UnitSchema.optional(),
    data: z.record(z.string(), z.unknown()).describe('Values of the framework’s declared evidence fields'),
    proofs: z.array(ProofItemSchema).optional(),
  })
  .strict()
  .meta({ id: 'EvidenceRecord', title: 'cdht evidence record' });
/** One person's evidence record. */
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;
