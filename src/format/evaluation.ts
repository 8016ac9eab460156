import * as z from 'zod';
import { IsoDateSchema, LocalizedTextSchema, UnitSchema } from './common.js';
import { MembershipSchema } from './evidence.js';
import { TitleRequirementsSchema, UnitConditionSchema, VerificationSchema } from './framework.js';
import { UnitAttributesSchema } from './units.js';

/** Status of one indicator in an evaluation. */
export const IndicatorStatusSchema = z.enum(['met', 'partial', 'unmet', 'missing', 'not-applicable']);
/** Status of one indicator. */
export type IndicatorStatus = z.infer<typeof IndicatorStatusSchema>;

/** Decision on a title. */
export const TitleDecisionSchema = z.enum(['awarded', 'not-awarded', 'undetermined']);
/** Decision on a title. */
export type TitleDecision = z.infer<typeof TitleDecisionSchema>;

const reason = <C extends string, S extends z.ZodRawShape>(code: C, shape: S) =>
  z.object({ code: z.literal(code), ...shape, message: LocalizedTextSchema }).strict();
const score = z.number();
const possible = z
  .boolean()
  .optional()
  .describe('true when `actual` is the most the person could still reach with the missing evidence');

/** A variant by area as a reason names it: id, label, the unit condition, what it changes and from what. */
const variantRef = {
  variant: z.string().describe('The variant’s id'),
  label: LocalizedTextSchema,
  when: UnitConditionSchema.describe('The unit attributes that select it'),
  changes: TitleRequirementsSchema.describe('The requirements it changes'),
  before: TitleRequirementsSchema.describe('The title’s own requirements'),
};

/**
 * Why a title was (not) awarded: a reason code, its parameters (the other fields) and the message
 * built from them in Vietnamese and English.
 */
export const ReasonSchema = z
  .discriminatedUnion('code', [
    reason('criterion_below_min', { target: z.string(), actual: score, expected: score, possible }),
    reason('evidence_missing', {
      indicators: z.array(z.string()).describe('Indicators whose evidence is missing'),
    }),
    reason('indicator_below_min', { target: z.string(), actual: score, expected: score }),
    reason('members_below', {
      target: z.string().describe('The target (indicator) that fails'),
      actual: z.number().int().describe('Members meeting the condition'),
      expected: z.number().int().describe('Members needed'),
      counted: z.number().int().describe('Members counted'),
      threshold: score.describe('The percentage (percent) or number required'),
      percent: z.boolean().describe('true when the threshold is a percentage'),
      who: LocalizedTextSchema.describe('Who is counted, plural: thành viên / members'),
      what: LocalizedTextSchema.describe('The condition: đạt danh hiệu … / hold the … title'),
    }),
    reason('members_undetermined', {
      targets: z.array(z.string()).describe('Targets that depend on members still undetermined'),
      undetermined: z.number().int().describe('Members whose result is still undetermined'),
      missing: z.number().int().describe('Members expected but without an evaluation'),
    }),
    reason('requirements_met', { actual: score, expected: score }),
    reason('targets_met', { met: z.number().int().describe('Required targets met') }),
    reason('title_rule_failed', { target: z.string().describe('The title whose rule failed') }),
    reason('total_below_min', { actual: score, expected: score, possible }),
    reason('variant_applied', {
      ...variantRef,
      source: z.string().optional().describe('The variant’s source document and issuer'),
      verification: VerificationSchema.shape.status,
    }),
    reason('variant_not_applied', variantRef),
    reason('variant_unknown', {
      variants: z.array(z.object(variantRef).strict()).describe('The variants that might apply'),
    }),
  ])
  .meta({ id: 'Reason' });
/** A reason for a decision. */
export type Reason = z.infer<typeof ReasonSchema>;

/** Result of one indicator. */
export const IndicatorResultSchema = z
  .object({
    id: z.string(),
    criterion: z.string(),
    points: z.number().nullable().describe('null when missing'),
    max: z.number(),
    status: IndicatorStatusSchema,
    missing: z.array(z.string()).optional().describe('Evidence fields that were needed but absent'),
    read: z.record(z.string(), z.unknown()).optional().describe('Evidence values the rule read'),
  })
  .strict()
  .meta({ id: 'IndicatorResult' });
/** Result of one indicator. */
export type IndicatorResult = z.infer<typeof IndicatorResultSchema>;

/** Result of one criterion. */
export const CriterionResultSchema = z
  .object({
    id: z.string(),
    points: z.number().describe('Points of known indicators'),
    max: z.number(),
    possible: z.number().describe('Points if every missing indicator scored in full'),
  })
  .strict()
  .meta({ id: 'CriterionResult' });
/** Result of one criterion. */
export type CriterionResult = z.infer<typeof CriterionResultSchema>;

/** The smallest change that would earn a title. */
export const GapSchema = z
  .object({
    points: z.number().describe('Fewest extra points needed'),
    indicators: z.array(z.object({ id: z.string(), from: z.number().nullable(), to: z.number() }).strict()),
    evidence: z.array(z.string()).describe('Missing evidence fields to supply'),
  })
  .strict()
  .meta({ id: 'Gap' });
/** Gap to a title. */
export type Gap = z.infer<typeof GapSchema>;

/** Decision on one title. */
export const TitleResultSchema = z
  .object({
    id: z.string(),
    decision: TitleDecisionSchema,
    reasons: z.array(ReasonSchema),
    gap: GapSchema.nullable().describe('null when awarded or when no change of scores can earn it'),
  })
  .strict()
  .meta({ id: 'TitleResult' });
/** Decision on one title. */
export type TitleResult = z.infer<typeof TitleResultSchema>;

/**
 * Which variant by area an evaluation used and why: `applied` (the unit's attributes select it),
 * `not-applied` (they are known and select none: the general requirements apply) or `unknown`
 * (the unit's attributes are not known; titles the candidates would decide differently are undetermined).
 */
export const VariantResultSchema = z
  .object({
    status: z.enum(['applied', 'not-applied', 'unknown']),
    id: z.string().nullable().describe('The variant applied, null otherwise'),
    candidates: z.array(z.string()).optional().describe('When unknown: the variants that might apply'),
    attributes: UnitAttributesSchema.optional().describe('The unit’s attributes the choice read, when known'),
  })
  .strict()
  .meta({ id: 'VariantResult' });
/** Which variant an evaluation used and why. */
export type VariantResult = z.infer<typeof VariantResultSchema>;

/** The result of evaluating one evidence record against one framework. */
export const EvaluationSchema = z
  .object({
    framework: z.object({ id: z.string(), version: z.string() }).strict(),
    person: z.string(),
    name: z.string().optional(),
    birthYear: z
      .number()
      .int()
      .optional()
      .describe('Year of birth from the record’s data.birthYear or data.birthDate, copied for lists (never scored)'),
    group: z.string(),
    unit: UnitSchema.optional(),
    memberships: z.array(MembershipSchema).optional().describe('The record’s memberships, copied for target metrics'),
    period: z.object({ from: IsoDateSchema, to: IsoDateSchema }).strict(),
    asOf: IsoDateSchema,
    total: z.number().describe('Points of known indicators'),
    possible: z.number().describe('Total if every missing indicator scored in full'),
    max: z.number(),
    criteria: z.array(CriterionResultSchema),
    indicators: z.array(IndicatorResultSchema),
    derived: z.record(z.string(), z.unknown()),
    variant: VariantResultSchema.optional().describe('Present when the framework has enabled variants by area'),
    titles: z.array(TitleResultSchema),
  })
  .strict()
  .meta({ id: 'Evaluation', title: 'cdht evaluation' });
/**
 * The result of evaluating one record: a plain, read-only value. `engine.evaluate` freezes it whole;
 * `evaluateCompiled` without explanations shares its recurring parts between evaluations, frozen
 * (indicator and criterion results, reasons, title results without a gap; see `evaluateCompiled`).
 */
export type Evaluation = z.infer<typeof EvaluationSchema>;
