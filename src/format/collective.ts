import * as z from 'zod';
import { CollectiveKindSchema, CollectiveLevelSchema } from './collectiveSpec.js';
import { UnitSchema } from './common.js';
import { MembershipSchema, PeriodInputSchema, ProofItemSchema } from './evidence.js';

/**
 * One collective's own evidence for one period: a household (gia đình), clan (dòng họ), community
 * (thôn, làng, tổ dân phố, or a commune) or unit (cơ quan, đơn vị). Its members are not listed
 * here: people (and households) name it in their `memberships` — `household`, `clan`,
 * `community`, or `employer` for a unit — with this record's `id`.
 */
export const CollectiveRecordSchema = z
  .object({
    id: z
      .string()
      .min(1)
      .max(200)
      .describe('Id of the collective, the one its members name in their memberships (unique within its kind)'),
    kind: CollectiveKindSchema,
    name: z.string().max(500).optional(),
    framework: z.string().optional().describe('Id of the collective framework to judge it by'),
    level: CollectiveLevelSchema.optional().describe(
      'Level at which it is recognised (a commune-managed unit, a district unit, a village community, …); chooses the framework when none is named',
    ),
    period: PeriodInputSchema,
    unit: UnitSchema.optional().describe('Where it is, as level → name (a unit: its commune and agency)'),
    size: z
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .optional()
      .describe(
        'How many members it counts (the staff of a unit, the adults of a family): members without an evaluation are missing and keep the result undetermined',
      ),
    memberships: z
      .array(MembershipSchema)
      .max(50)
      .optional()
      .describe('Collectives this one belongs to, e.g. the clan and village community of a household'),
    data: z.record(z.string(), z.unknown()).describe('Values of the collective framework’s declared evidence fields'),
    proofs: z.array(ProofItemSchema).optional(),
  })
  .strict()
  .meta({ id: 'CollectiveRecord', title: 'cdht collective record' });
/** One collective's own evidence for one period. */
export type CollectiveRecord = z.infer<typeof CollectiveRecordSchema>;
