import * as z from 'zod';
import { CollectiveKindSchema, CollectiveLevelSchema } from './collectiveSpec.js';
import { IsoDateSchema, LocalizedTextSchema, UnitSchema } from './common.js';
import {
  CriterionResultSchema,
  GapSchema,
  IndicatorResultSchema,
  ReasonSchema,
  TitleDecisionSchema,
} from './evaluation.js';
import { MembershipSchema } from './evidence.js';

// The result formats of collective evaluation, apart from the record format: the engine builds
// results without them, so a browser bundle of the engine does not carry these schemas.

/** How many members were in the population counted (among) and met the condition, for one count. */
export const MemberCountsSchema = z
  .object({
    yes: z.number().int().min(0).describe('Members counted that meet the condition'),
    no: z.number().int().min(0).describe('Members counted that do not'),
    unknown: z.number().int().min(0).describe('Members counted whose condition is still undetermined'),
    unsure: z
      .number()
      .int()
      .min(0)
      .describe('Members not known to be in the population counted (missing members, undetermined `among`)'),
  })
  .strict()
  .meta({ id: 'MemberCounts' });
/** Counts of members for one condition. */
export type MemberCounts = z.infer<typeof MemberCountsSchema>;

/** What one member operator found while deciding an indicator: the counts and how many more are needed. */
export const MemberNoteSchema = z
  .object({
    operator: z.string().describe('e.g. membersPercentAtLeast'),
    condition: z.string().nullable().describe('The member condition counted, null for every member'),
    among: z.string().nullable().describe('The population condition, null for every member'),
    threshold: z.number().nullable().describe('The percentage or number required, null for a plain count'),
    counts: MemberCountsSchema,
    result: z.boolean().nullable().describe('true or false when certain, null while members are undetermined'),
    more: z
      .number()
      .int()
      .min(0)
      .nullable()
      .describe('How many more members must meet the condition, counting the undetermined as not (null: no threshold)'),
  })
  .strict()
  .meta({ id: 'MemberNote' });
/** What one member operator found. */
export type MemberNote = z.infer<typeof MemberNoteSchema>;

/** An indicator (chỉ tiêu) of a collective: its result plus what its member counts were. */
export const CollectiveIndicatorResultSchema = IndicatorResultSchema.extend({
  members: z.array(MemberNoteSchema).optional().describe('Member counts the rule read'),
}).meta({ id: 'CollectiveIndicatorResult' });
/** An indicator result of a collective. */
export type CollectiveIndicatorResult = z.infer<typeof CollectiveIndicatorResultSchema>;

/** A shortfall in members: `more` members must still meet a condition for an indicator to hold. */
export const MemberGapSchema = z
  .object({
    indicator: z.string(),
    condition: z.string().nullable(),
    among: z.string().nullable(),
    more: z.number().int().min(0).describe('More members meeting the condition needed'),
    undetermined: z.number().int().min(0).describe('Members still undetermined (they may close the gap)'),
  })
  .strict()
  .meta({ id: 'MemberGap' });
/** A shortfall in members. */
export type MemberGap = z.infer<typeof MemberGapSchema>;

/** Decision on one title (level) of a collective, with the gap in points, targets and members. */
export const CollectiveTitleResultSchema = z
  .object({
    id: z.string(),
    decision: TitleDecisionSchema,
    reasons: z.array(ReasonSchema),
    gap: GapSchema.extend({
      members: z.array(MemberGapSchema).describe('Members still needed, by indicator'),
    })
      .nullable()
      .describe('null when awarded or when no change can earn it'),
  })
  .strict()
  .meta({ id: 'CollectiveTitleResult' });
/** Decision on one title of a collective. */
export type CollectiveTitleResult = z.infer<typeof CollectiveTitleResultSchema>;

/** The members of a collective as counted: received, missing, undetermined, and each condition. */
export const MemberSummarySchema = z
  .object({
    expected: z.number().int().min(0).nullable().describe('The record’s size, null when not given'),
    received: z.number().int().min(0).describe('Member evaluations received'),
    missing: z.number().int().min(0).describe('Members expected but without an evaluation'),
    undetermined: z
      .number()
      .int()
      .min(0)
      .describe('Members received for whom a condition the framework counts is still undetermined'),
    undeterminedIds: z.array(z.string()).describe('The first of them (at most 20, in Vietnamese collation order)'),
    conditions: z
      .record(z.string(), MemberCountsSchema)
      .describe('For each named condition, over every member: how many meet it'),
  })
  .strict()
  .meta({ id: 'MemberSummary' });
/** The members of a collective as counted. */
export type MemberSummary = z.infer<typeof MemberSummarySchema>;

/**
 * The level a collective reached. Levels are the framework's titles from the lowest up; a level is
 * reached when it and every level below it are awarded.
 */
export const CollectiveLevelResultSchema = z
  .object({
    awarded: z.string().nullable().describe('Highest level certainly reached, null for none'),
    possible: z
      .string()
      .nullable()
      .describe('Highest level it may reach once undetermined members or evidence are known (= awarded when decided)'),
    label: LocalizedTextSchema.nullable().describe('Label of the awarded level'),
  })
  .strict()
  .meta({ id: 'CollectiveLevelResult' });
/** The level a collective reached. */
export type CollectiveLevelResult = z.infer<typeof CollectiveLevelResultSchema>;

/** The result of judging one collective with a collective framework. */
export const CollectiveEvaluationSchema = z
  .object({
    framework: z.object({ id: z.string(), version: z.string() }).strict(),
    collective: z
      .object({
        kind: CollectiveKindSchema,
        id: z.string(),
        name: z.string().optional(),
        level: CollectiveLevelSchema.optional(),
      })
      .strict(),
    unit: UnitSchema.optional(),
    memberships: z.array(MembershipSchema).optional().describe('Collectives this one belongs to, copied'),
    period: z.object({ from: IsoDateSchema, to: IsoDateSchema }).strict(),
    asOf: IsoDateSchema,
    members: MemberSummarySchema,
    total: z.number(),
    possible: z.number(),
    max: z.number(),
    criteria: z.array(CriterionResultSchema),
    indicators: z.array(CollectiveIndicatorResultSchema),
    derived: z.record(z.string(), z.unknown()),
    titles: z.array(CollectiveTitleResultSchema),
    level: CollectiveLevelResultSchema,
    recognised: TitleDecisionSchema.describe(
      'Whether it reaches at least its lowest level (gia đình học tập, mức độ 1)',
    ),
    deadlines: z
      .object({ file: IsoDateSchema.optional(), decision: IsoDateSchema.optional() })
      .strict()
      .optional()
      .describe('When the dossier is due and the recognition decided, from the framework'),
  })
  .strict()
  .meta({ id: 'CollectiveEvaluation', title: 'cdht collective evaluation' });
/** The result of judging one collective. */
export type CollectiveEvaluation = z.infer<typeof CollectiveEvaluationSchema>;
