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

/**
 * Level of an employing unit (đơn vị học tập): `commune`, `district` (until 30/6/2025), `province`
 * or `central`. 677/QĐ-TTg counts staff of learning units at commune, district, province and
 * central level; 387/QĐ-TTg only commune-level units.
 */
export const EmployerLevelSchema = z
  .enum(['commune', 'district', 'province', 'central'])
  .meta({ id: 'EmployerLevel', title: 'Level of an employing unit' });
/** Level of an employing unit. */
export type EmployerLevel = z.infer<typeof EmployerLevelSchema>;

const membershipId = z
  .string()
  .min(1)
  .max(200)
  .describe('Id of the household, clan, community or unit, unique within its kind (e.g. a household register number)');
const membershipName = z.string().max(500).optional().describe('Name, for lists and reports');
const learning = z
  .boolean()
  .optional()
  .describe(
    'Whether the family, clan, community or unit holds its learning title (gia đình / dòng họ / cộng đồng / đơn vị học tập) for the period; absent when not known',
  );
const collective = <K extends 'household' | 'clan' | 'community'>(kind: K, what: string) =>
  z.object({ kind: z.literal(kind).describe(what), id: membershipId, name: membershipName, learning }).strict();

/**
 * Where a person belongs, apart from the form they filled: the household (gia đình), clan (dòng
 * họ), village community (cộng đồng: thôn, làng, tổ dân phố) and employing unit (cơ quan, đơn vị,
 * with its level). A person may have several, and the plan's populations overlap: a commune
 * official is also an adult of a learning family. Plans count people by these, not by form.
 */
export const MembershipSchema = z
  .discriminatedUnion('kind', [
    collective('household', 'A household (gia đình)'),
    collective('clan', 'A clan (dòng họ)'),
    collective('community', 'A village or residential-group community (thôn, làng, tổ dân phố)'),
    z
      .object({
        kind: z.literal('employer').describe('The agency, organisation or enterprise the person works in'),
        id: membershipId,
        name: membershipName,
        level: EmployerLevelSchema,
        learning,
      })
      .strict(),
  ])
  .meta({ id: 'Membership', title: 'Membership of a household, clan, community or employing unit' });
/** One membership of a person. */
export type Membership = z.infer<typeof MembershipSchema>;
/** Kinds of membership. */
export type MembershipKind = Membership['kind'];

/** One person's evidence (minh chứng) for one period. */
export const EvidenceRecordSchema = z
  .object({
    id: z.string().min(1).describe('Person id, unique within a batch'),
    name: z.string().optional(),
    group: z
      .string()
      .optional()
      .describe(
        'Citizen group; selects the form when no framework is given (household, clan and community are aliases of the residents’ form)',
      ),
    framework: z.string().optional().describe('The form filled: id of the framework to evaluate against'),
    period: PeriodInputSchema,
    unit: UnitSchema.optional(),
    memberships: z
      .array(MembershipSchema)
      .max(50)
      .optional()
      .describe(
        'Households, clans, communities and employing units the person belongs to; plans count people by these',
      ),
    data: z.record(z.string(), z.unknown()).describe('Values of the framework’s declared evidence fields'),
    proofs: z.array(ProofItemSchema).optional(),
  })
  .strict()
  .meta({ id: 'EvidenceRecord', title: 'cdht evidence record' });
/** One person's evidence record. */
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;
