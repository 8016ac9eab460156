import * as z from 'zod';
import { FieldNameSchema, LocalizedTextSchema, RuleSchema } from './common.js';

/**
 * The four collective titles of the learning-society movement (387/QĐ-TTg): a learning family
 * (`household`, Gia đình học tập), clan (`clan`, Dòng họ học tập), community (`community`, Cộng
 * đồng học tập: a village or residential group, or a commune, district or province) and unit
 * (`unit`, Đơn vị học tập: an agency, organisation, school or enterprise). A person's membership
 * of kind `household`, `clan` or `community` links them to a collective of the same kind; one of
 * kind `employer` to a `unit`.
 */
export const CollectiveKindSchema = z
  .enum(['household', 'clan', 'community', 'unit'])
  .meta({ id: 'CollectiveKind', title: 'Kind of collective' });
/** Kind of collective. */
export type CollectiveKind = z.infer<typeof CollectiveKindSchema>;

/**
 * The administrative level at which a collective is recognised: a village community, a
 * commune-managed unit, a district-level unit or community (until 30/6/2025), a provincial one.
 */
export const CollectiveLevelSchema = z
  .enum(['village', 'commune', 'district', 'province'])
  .meta({ id: 'CollectiveLevel', title: 'Level at which a collective is recognised' });
/** Level at which a collective is recognised. */
export type CollectiveLevel = z.infer<typeof CollectiveLevelSchema>;

/** What a member may be: a person (an individual evaluation) or a collective of a lower tier. */
export const MemberKindSchema = z.enum(['person', 'household', 'clan', 'community', 'unit']);
/** What a member may be. */
export type MemberKind = z.infer<typeof MemberKindSchema>;

/**
 * A named condition on one member, read by the member operators (`membersShareAtLeast`, …) by
 * its name. Its rule reads the member's view: `kind`, `id`, `group`, `framework`, `titles.<id>`
 * (true, false, or null while undetermined), `decisions.<id>`, `derived.<name>`, `total`,
 * `recognised` and `level` (collective members). A member whose condition needs a value that is
 * null or absent is undetermined for that condition.
 */
export const MemberConditionSchema = z
  .object({
    label: LocalizedTextSchema.describe(
      'What the condition says, for sentences: “đạt danh hiệu …” / “hold the … title”',
    ),
    rule: RuleSchema.describe('json-logic over the member view'),
    verified: z.boolean().optional().describe('false when the official text does not state this condition'),
  })
  .strict()
  .meta({ id: 'MemberCondition', title: 'Condition on a member' });
/** A named condition on one member. */
export type MemberCondition = z.infer<typeof MemberConditionSchema>;

/** A day of the year after the assessment year, for recognition deadlines (15/01 → `{month:1, day:15}`). */
export const YearDaySchema = z
  .object({
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    verified: z.boolean().optional().describe('false when the date is not confirmed by the official text'),
  })
  .strict()
  .meta({ id: 'YearDay', title: 'Day of the following year' });
/** A day of the year after the assessment year. */
export type YearDay = z.infer<typeof YearDaySchema>;

/** How a collective is recognised: deadlines, who decides, how long the recognition lasts. */
export const RecognitionSpecSchema = z
  .object({
    file: YearDaySchema.optional().describe('The dossier is due by this day of the following year'),
    decision: YearDaySchema.optional().describe('The recognition is decided by this day of the following year'),
    recogniser: z
      .object({ label: LocalizedTextSchema, verified: z.boolean().optional() })
      .strict()
      .optional()
      .describe('Who decides the recognition'),
    validity: z
      .object({
        months: z.number().int().positive(),
        verified: z.boolean().optional(),
        note: LocalizedTextSchema.optional(),
      })
      .strict()
      .optional()
      .describe('How long a recognition lasts, in months'),
  })
  .strict()
  .meta({ id: 'RecognitionSpec', title: 'Recognition of a collective' });
/** How a collective is recognised. */
export type RecognitionSpec = z.infer<typeof RecognitionSpecSchema>;

/**
 * What makes a framework collective: the kind of collective it judges, at which level, who its
 * members are and the named conditions its rules count them by, its levels (mức độ) in ascending
 * order, and how it is recognised.
 */
export const CollectiveSpecSchema = z
  .object({
    kind: CollectiveKindSchema,
    level: CollectiveLevelSchema.optional(),
    members: z
      .object({
        kinds: z
          .array(MemberKindSchema)
          .min(1)
          .optional()
          .describe('What members are: persons (default) and, for clans and communities, households'),
        label: LocalizedTextSchema.optional().describe('Who the members are, plural: thành viên / members'),
        conditions: z
          .record(FieldNameSchema, MemberConditionSchema)
          .optional()
          .describe('Named conditions on a member, counted by the member operators'),
      })
      .strict()
      .optional(),
    levels: z
      .array(FieldNameSchema)
      .min(1)
      .optional()
      .describe('Title ids from the lowest level to the highest (mức độ 1, 2); default: the titles in order'),
    recognition: RecognitionSpecSchema.optional(),
  })
  .strict()
  .meta({ id: 'CollectiveSpec', title: 'Collective framework' });
/** What makes a framework collective. */
export type CollectiveSpec = z.infer<typeof CollectiveSpecSchema>;
