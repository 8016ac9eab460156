import * as z from 'zod';
import { type CollectiveSpec, CollectiveSpecSchema } from './collectiveSpec.js';
import {
  AttributeNameSchema,
  CodeSchema,
  FieldNameSchema,
  FrameworkIdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  RuleSchema,
  SemverSchema,
} from './common.js';

/*
 * Bounds of the numbers a framework holds, so a typo such as `1e300` points is an error with its
 * path rather than a framework that validates and scores nonsense. Real frameworks use 100 points.
 */
/** Points of an indicator, criterion bounds, rubric levels and title thresholds: 0 … 10,000. */
const Points = z.number().min(0).max(10_000);
/** Evidence ranges (`min`, `max`): magnitudes up to 10^15, where numbers are still exact integers. */
const EvidenceBound = z.number().min(-1e15).max(1e15);

/** Types an evidence field may have. `assessment` is `{ self, reviewed? }`, the official self-assessment form. */
export const EvidenceFieldTypeSchema = z.enum([
  'number',
  'integer',
  'boolean',
  'string',
  'date',
  'enum',
  'assessment',
  'list',
  'object',
]);
/** The type of a declared evidence field. */
export type EvidenceFieldType = z.infer<typeof EvidenceFieldTypeSchema>;

/** A declared evidence field. */
export interface EvidenceField {
  /** A built-in type, or the name of an evidence type a plugin registers. */
  type: EvidenceFieldType | (string & {});
  /** What the field is, for forms and documentation. */
  label: { vi: string; en: string };
  /** Longer explanation. */
  description?: { vi: string; en: string } | undefined;
  /** Other column headers a spreadsheet may give the field (besides its labels), e.g. `Điểm đọc sách`. */
  aliases?: string[] | undefined;
  /** Unit of a number, e.g. `giờ`. */
  unit?: string | undefined;
  /** Readers warn when a required field is absent (evaluation still treats it as missing). */
  required?: boolean | undefined;
  /** Lowest value (numbers, assessment scores) or fewest items (lists). */
  min?: number | undefined;
  /** Highest value (numbers, assessment scores) or most items (lists). */
  max?: number | undefined;
  /** Allowed values of an `enum` (or a `string`). */
  values?: string[] | undefined;
  /** Sub-fields of an `object`. */
  fields?: Record<string, EvidenceField> | undefined;
  /** The declaration of each item of a `list`. */
  items?: EvidenceField | undefined;
}

/** Schema of a declared evidence field; `type` may also name a plugin evidence type. */
export const EvidenceFieldSchema: z.ZodType<EvidenceField> = z
  .lazy(() =>
    z
      .object({
        type: z.string().regex(/^[a-z][A-Za-z0-9_.-]*$/),
        label: LocalizedTextSchema,
        description: LocalizedTextSchema.optional(),
        aliases: z.array(z.string().min(1)).optional(),
        unit: z.string().optional(),
        required: z.boolean().optional(),
        min: EvidenceBound.optional(),
        max: EvidenceBound.optional(),
        values: z.array(z.string()).min(1).optional(),
        fields: z.record(FieldNameSchema, EvidenceFieldSchema).optional(),
        items: EvidenceFieldSchema.optional(),
      })
      .strict(),
  )
  .meta({ id: 'EvidenceField', title: 'Declared evidence field' });

/** A derived value computed once per person from evidence (and earlier derived values). */
export const DerivedSchema = z
  .object({
    label: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    rule: RuleSchema,
    values: z.array(z.string()).optional().describe('Possible values, when the result is an enumeration'),
  })
  .strict()
  .meta({ id: 'Derived', title: 'Derived value' });
/** A derived value definition. */
export type Derived = z.infer<typeof DerivedSchema>;

/** A document that counts as proof (minh chứng) for an indicator. */
export const ProofSchema = z
  .object({ id: FieldNameSchema, label: LocalizedTextSchema })
  .strict()
  .meta({ id: 'Proof', title: 'Proof document' });
/** A proof document. */
export type Proof = z.infer<typeof ProofSchema>;

/** One step of a rubric: a description of what earns these points. */
export const RubricLevelSchema = z
  .object({ points: Points, label: LocalizedTextSchema })
  .strict()
  .meta({ id: 'RubricLevel' });

const indicatorShape = {
  id: CodeSchema,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  points: Points.positive().describe('Maximum points of the indicator'),
  min: Points.optional().describe('Minimum points every title requires of this indicator'),
  when: RuleSchema.optional().describe('Applicability: when false the indicator is not applicable'),
  award: RuleSchema.describe('true → full points, a number → that many (clamped), false → 0'),
  evidence: z.array(FieldNameSchema).optional().describe('Evidence fields the rule reads (checked)'),
  proof: z.array(ProofSchema).optional(),
  rubric: z.array(RubricLevelSchema).optional(),
  verified: z.boolean().optional().describe('false when the official wording is not verified'),
};

/** An indicator (chỉ số): points awarded by a rule. */
export const IndicatorSchema = z.object(indicatorShape).strict().meta({ id: 'Indicator', title: 'Indicator' });
/** An indicator. */
export type Indicator = z.infer<typeof IndicatorSchema>;

/** A criterion (tiêu chí): a group of indicators. */
export const CriterionSchema = z
  .object({
    id: CodeSchema,
    label: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    max: Points.positive().optional().describe('Maximum points; must equal the sum of its indicators'),
    min: Points.optional().describe('Minimum points every title requires of this criterion'),
    indicators: z.array(IndicatorSchema).min(1),
  })
  .strict()
  .meta({ id: 'Criterion', title: 'Criterion' });
/** A criterion. */
export type Criterion = z.infer<typeof CriterionSchema>;

/** Declarative requirements of a title. */
export const TitleRequirementsSchema = z
  .object({
    total: Points.optional().describe('Minimum total points'),
    totalShare: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe('Minimum total as a share of the maximum (0.8: 80 of 100, 88 of 110); with total, both hold'),
    eachIndicator: Points.optional().describe('Minimum points of every applicable indicator'),
    eachCriterion: Points.optional().describe('Minimum points of every criterion'),
    criteria: z.record(CodeSchema, Points).optional().describe('Minimum points per criterion id'),
    indicators: z.record(CodeSchema, Points).optional().describe('Minimum points per indicator id'),
    required: z.array(CodeSchema).optional().describe('Indicators that must be fully met'),
  })
  .strict()
  .meta({ id: 'TitleRequirements' });
/** Declarative requirements of a title. */
export type TitleRequirements = z.infer<typeof TitleRequirementsSchema>;

/** A title (danh hiệu) and what earns it. */
export const TitleSchema = z
  .object({
    id: FieldNameSchema,
    label: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    requirements: TitleRequirementsSchema,
    rule: RuleSchema.optional().describe(
      'Extra json-logic condition over {total, criteria, indicators, derived}; must be true to award',
    ),
  })
  .strict()
  .meta({ id: 'Title', title: 'Title' });
/** A title. */
export type Title = z.infer<typeof TitleSchema>;

/** The source document of a framework. */
export const SourceSchema = z
  .object({
    document: z.string().min(1).describe('Document number, e.g. 324/QĐ-KHVN'),
    issuer: z.string().min(1),
    date: IsoDateSchema,
    title: LocalizedTextSchema.optional(),
    url: z.string().optional(),
  })
  .strict()
  .meta({ id: 'Source' });
/** A source document. */
export type Source = z.infer<typeof SourceSchema>;

/** The document or event a variant follows, when it is not a numbered decision (e.g. a provincial training). */
export const VariantSourceSchema = z
  .object({
    document: z.string().min(1).describe('Document number, or what it is, e.g. "Tập huấn bộ công cụ 244/QĐ-KHVN"'),
    issuer: z.string().min(1).optional(),
    date: IsoDateSchema.optional(),
    title: LocalizedTextSchema.optional(),
    url: z.string().optional(),
  })
  .strict()
  .meta({ id: 'VariantSource', title: 'Source of a variant' });
/** The source of a variant. */
export type VariantSource = z.infer<typeof VariantSourceSchema>;

/** How much of a framework is verified against official texts. */
export const VerificationSchema = z
  .object({
    status: z.enum(['official', 'partial', 'unverified', 'example']),
    notes: z.array(LocalizedTextSchema).optional(),
  })
  .strict()
  .meta({ id: 'Verification' });
/** Verification status. */
export type Verification = z.infer<typeof VerificationSchema>;

/**
 * What a framework is among the forms people fill (phiếu tự đánh giá). Not inherited: each file
 * says what it is.
 * - `base`: a shared base (324/QĐ-KHVN part 1, *bộ tiêu chí khung*) that forms extend; no one
 *   fills it, so a record never selects it.
 * - `official`: a form of the source document (324/QĐ-KHVN parts 2–5; the 244 groups).
 * - `alias`: another name for an official form, kept so older files keep working; it must extend
 *   that form and change nothing, so both evaluate identically.
 * A framework without `form` is a local form (a province's or district's adaptation).
 */
export const FrameworkFormSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('base') }).strict(),
    z
      .object({
        kind: z.literal('official'),
        part: z
          .string()
          .min(1)
          .optional()
          .describe('Where the form is in the source document, e.g. "2" (324/QĐ-KHVN part 2) or "a" (244 group a)'),
      })
      .strict(),
    z
      .object({
        kind: z.literal('alias'),
        of: FrameworkIdSchema.describe('Id of the official form this framework is another name for'),
      })
      .strict(),
  ])
  .meta({ id: 'FrameworkForm', title: 'Kind of form' });
/** What a framework file says it is among the forms. */
export type FrameworkFormFile = z.infer<typeof FrameworkFormSchema>;
/** What a resolved framework is among the forms: as written, or `local` when the file says nothing. */
export type FrameworkForm = FrameworkFormFile | { readonly kind: 'local' };

/** Which units a variant applies to: attribute → the values that select it (every attribute named must match). */
export const UnitConditionSchema = z
  .record(
    AttributeNameSchema,
    z
      .array(z.union([z.string().min(1), z.number(), z.boolean()]))
      .min(1)
      .max(50),
  )
  .refine((c) => Object.keys(c).length > 0, 'name at least one attribute')
  .meta({ id: 'UnitCondition', title: 'Unit attributes that select a variant' });
/** Which units a variant applies to. */
export type UnitCondition = z.infer<typeof UnitConditionSchema>;

const variantShape = {
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'lowercase id like difficult-area'),
  label: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  unit: UnitConditionSchema.describe(
    'Attributes of the person’s unit (from a units file or the population table) that select the variant, e.g. {"area":["especially-difficult"]}',
  ),
  titles: z
    .record(FieldNameSchema, TitleRequirementsSchema)
    .describe('Per title id, the requirements the variant changes (the others stay), e.g. {"cdht":{"total":70}}'),
  enabled: z
    .boolean()
    .optional()
    .describe('false: opt-in — not applied until a framework that extends this one enables it (overrides.variants)'),
  source: VariantSourceSchema.optional(),
  verification: VerificationSchema,
};

/**
 * A variant by area: different requirements of a title for people whose unit has certain
 * attributes (e.g. a lower pass mark in especially difficult and ethnic-minority areas). The first
 * enabled variant whose unit condition matches applies; evaluations say which and why.
 */
export const VariantSchema = z.object(variantShape).strict().meta({ id: 'Variant', title: 'Variant by area' });
/** A variant by area. */
export type Variant = z.infer<typeof VariantSchema>;

/** Changes a framework that `extends` another applies to its parent. */
export const FrameworkOverridesSchema = z
  .object({
    criteria: z
      .record(
        CodeSchema,
        z
          .object({
            label: LocalizedTextSchema,
            description: LocalizedTextSchema,
            min: Points,
            max: Points.positive(),
          })
          .partial()
          .strict(),
      )
      .optional(),
    indicators: z.record(CodeSchema, z.object(indicatorShape).omit({ id: true }).partial().strict()).optional(),
    titles: z.record(FieldNameSchema, TitleSchema.omit({ id: true }).partial().strict()).optional(),
    variants: z
      .record(z.string(), z.object(variantShape).omit({ id: true }).partial().strict())
      .optional()
      .describe('Changes to inherited variants by id, e.g. {"difficult-area":{"enabled":true}}'),
  })
  .strict()
  .meta({ id: 'FrameworkOverrides' });
/** Overrides of a parent framework. */
export type FrameworkOverrides = z.infer<typeof FrameworkOverridesSchema>;

/** A criteria framework file (bộ tiêu chí), one per version. */
export const FrameworkFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: FrameworkIdSchema,
    version: SemverSchema,
    extends: z
      .string()
      .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*(@[^\s]+)?$/, 'id@range, e.g. cdht@^2.0.0')
      .optional()
      .describe('Parent framework: id@semver-range'),
    group: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .optional()
      .describe('Citizen group, e.g. household'),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    form: FrameworkFormSchema.optional().describe(
      'base (shared, not a form), official (a form of the source document) or alias; absent: a local form',
    ),
    kind: z
      .enum(['individual', 'collective'])
      .optional()
      .describe(
        'individual (default): judges a person; collective: a family, clan, community or unit from its members',
      ),
    collective: CollectiveSpecSchema.optional().describe('Required when kind is collective: what it judges and how'),
    source: SourceSchema.optional(),
    effective: z.object({ from: IsoDateSchema, until: IsoDateSchema.optional() }).strict().optional(),
    period: z.enum(['year']).optional().describe('Evaluation period; the calendar year by default'),
    validity: z
      .object({
        years: z
          .number()
          .int()
          .min(1)
          .max(10)
          .describe('Calendar years a recognition is valid, counting the assessment year (1: that year only)'),
      })
      .strict()
      .optional()
      .describe('How long a recognised title is valid; by default the assessment year (inherited)'),
    verification: VerificationSchema.optional(),
    evidence: z.record(FieldNameSchema, EvidenceFieldSchema).optional(),
    derived: z.record(FieldNameSchema, DerivedSchema).optional(),
    criteria: z.array(CriterionSchema).optional(),
    titles: z.array(TitleSchema).optional(),
    variants: z
      .array(VariantSchema)
      .max(50)
      .optional()
      .describe('Variants by area, in the order they are tried (added to inherited ones)'),
    overrides: FrameworkOverridesSchema.optional(),
    addIndicators: z
      .array(z.object({ criterion: CodeSchema, indicator: IndicatorSchema }).strict())
      .optional()
      .describe('Indicators added to criteria of the parent'),
    remove: z
      .array(z.string())
      .optional()
      .describe('Ids of inherited indicators, criteria, titles, variants, evidence or derived values to drop'),
  })
  .strict()
  .meta({ id: 'Framework', title: 'cdht criteria framework' });
/** A criteria framework file as written (possibly partial when it `extends` another). */
export type FrameworkFile = z.infer<typeof FrameworkFileSchema>;

/** A framework with `extends` resolved: every part is present. */
export interface Framework {
  /** Framework id, e.g. `cdht-household`. */
  readonly id: string;
  /** Semantic version of this file. */
  readonly version: string;
  /** The parent as written (`id@range`), when the file extends another. */
  readonly extends?: string | undefined;
  /** Resolved parent chain, nearest first, as `id@version`. */
  readonly lineage: readonly string[];
  /** Citizen group (inherited from the parent when the file does not say). */
  readonly group: string;
  /** Name of the framework. */
  readonly title: { vi: string; en: string };
  /** What it is for. */
  readonly description?: { vi: string; en: string } | undefined;
  /** What it is among the forms people fill: base, official, alias or local (never inherited). */
  readonly form: FrameworkForm;
  /** `individual` (a person's form) or `collective` (a family, clan, community or unit); inherited. */
  readonly kind: 'individual' | 'collective';
  /** For a collective framework: the collective it judges, its members, levels and recognition. */
  readonly collective?: CollectiveSpec | undefined;
  /** The official document it encodes. */
  readonly source?: Source | undefined;
  /** Dates in force, `yyyy-MM-dd`, `until` inclusive; `frameworkFor` picks by them. */
  readonly effective: { readonly from: string; readonly until?: string | undefined };
  /** Evaluation period: the calendar year. */
  readonly period: 'year';
  /** How long a recognised title is valid (absent: the assessment year). */
  readonly validity?: { readonly years: number } | undefined;
  /** How much is verified against official texts. */
  readonly verification?: Verification | undefined;
  /** Declared evidence fields by name: the only names rules may read besides derived values. */
  readonly evidence: Readonly<Record<string, EvidenceField>>;
  /** Derived values by name, computed in declaration order before the indicators. */
  readonly derived: Readonly<Record<string, Derived>>;
  /** Criteria with their indicators, after overrides, additions and removals. */
  readonly criteria: readonly Criterion[];
  /** Titles and their requirements. */
  readonly titles: readonly Title[];
  /** Variants by area, inherited then own, in the order they are tried (disabled ones included). */
  readonly variants: readonly Variant[];
}
