import * as z from 'zod';
import {
  FrameworkIdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  RuleSchema,
  SemverSchema,
  UnitSchema,
} from './common.js';
import { MembershipSchema } from './evidence.js';
import { VerificationSchema } from './framework.js';
import { InForceSchema, UnitAttributesSchema } from './units.js';

/** Name of an administrative or organisational level, e.g. `commune`. */
export const LevelNameSchema = z.string().regex(/^[a-z][A-Za-z0-9_]*$/, 'level name like commune');

/** Id of a metric or milestone: lowercase words joined by `-`. */
export const PlanItemIdSchema = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'lowercase id like adults-titled');

/** A hierarchy of units, top level first. Several hierarchies may share their top levels. */
export const HierarchySchema = z
  .object({
    id: PlanItemIdSchema,
    label: LocalizedTextSchema.optional(),
    levels: z
      .array(LevelNameSchema)
      .min(1)
      .describe('Levels from the top down, e.g. province, district, commune, village'),
    inForce: InForceSchema.optional().describe(
      'When the hierarchy is in force (e.g. province → district → commune until 2025-06-30); absent: always',
    ),
  })
  .strict()
  .meta({ id: 'Hierarchy', title: 'Unit hierarchy' });
/** A hierarchy of units. */
export type Hierarchy = z.infer<typeof HierarchySchema>;

/** Where a plan applies and how its units nest. */
export const PlanScopeSchema = z
  .object({
    label: LocalizedTextSchema.describe('Name of the whole scope, e.g. huyện Kon Rẫy'),
    unit: UnitSchema.describe('Levels fixed by the plan, e.g. {province, district}; {} for the whole country'),
    hierarchies: z
      .array(HierarchySchema)
      .min(1)
      .describe('A row belongs to the first hierarchy holding all its levels'),
  })
  .strict()
  .meta({ id: 'PlanScope', title: 'Plan scope' });
/** Where a plan applies. */
export type PlanScope = z.infer<typeof PlanScopeSchema>;

/** The document a plan implements. */
export const PlanSourceSchema = z
  .object({
    document: z.string().min(1).describe('Document number or name, e.g. 677/QĐ-TTg'),
    issuer: z.string().min(1),
    date: IsoDateSchema.optional().describe('Date signed, when known'),
    title: LocalizedTextSchema.optional(),
    implements: z.array(z.string().min(1)).optional().describe('Higher-level documents this one implements'),
    url: z.string().optional(),
  })
  .strict()
  .meta({ id: 'PlanSource', title: 'Plan source document' });
/** The source of a plan. */
export type PlanSource = z.infer<typeof PlanSourceSchema>;

/** A target: the share of the population to reach by a date. */
export const TargetSchema = z
  .object({
    date: IsoDateSchema,
    share: z.number().min(0).max(1).describe('0.4 for 40%'),
    label: LocalizedTextSchema.optional().describe('e.g. mục tiêu 2025'),
    note: LocalizedTextSchema.optional(),
  })
  .strict()
  .meta({ id: 'Target', title: 'Target share by a date' });
/** A target share by a date. */
export type Target = z.infer<typeof TargetSchema>;

/** Where a metric's denominator comes from: the rows in its population, or a population table column. */
export const DenominatorSchema = z
  .union([
    z.literal('rows'),
    z.object({ population: LevelNameSchema.describe('Population table column, e.g. adults, staff') }).strict(),
  ])
  .meta({ id: 'Denominator', title: 'Denominator source' });
/** Denominator source of a metric. */
export type Denominator = z.infer<typeof DenominatorSchema>;

const metricShape = {
  id: PlanItemIdSchema,
  label: LocalizedTextSchema,
  noun: LocalizedTextSchema.describe('Who is counted, plural, for sentences: người lớn / adults'),
  description: LocalizedTextSchema.optional(),
  columns: z
    .object({
      registered: LocalizedTextSchema.optional().describe('Header of the column counting the population rows'),
      counted: LocalizedTextSchema.optional().describe('Header of the column counting those counted'),
    })
    .strict()
    .meta({ id: 'MetricColumns', title: 'Column headers of a metric in report tables' })
    .optional()
    .describe('Column headers of report tables, named for what this metric counts'),
  population: RuleSchema.optional().describe('json-logic over a row view: true when the row is in the population'),
  counted: RuleSchema.optional().describe('json-logic over a row view: true when the row counts toward the target'),
  use: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_.:-]*$/)
    .optional()
    .describe('Name of a plugin metric (engine.metrics) deciding population and counted, instead of the two rules'),
  denominator: DenominatorSchema,
  targets: z.array(TargetSchema).min(1).describe('In date order'),
  notes: z.array(LocalizedTextSchema).optional(),
};

/** A metric: a share of a population, with targets by date. */
export const MetricSchema = z
  .object({ ...metricShape, denominator: DenominatorSchema.default('rows') })
  .strict()
  .meta({ id: 'Metric', title: 'Target metric' });
/** A metric as written. */
export type MetricFile = z.input<typeof MetricSchema>;
/** A metric with defaults applied. */
export type Metric = z.output<typeof MetricSchema>;

/** A milestone: an event over a date range (a quarter is its first to last day). */
export const MilestoneSchema = z
  .object({
    id: PlanItemIdSchema,
    label: LocalizedTextSchema,
    kind: z.enum(['review', 'event', 'report']).default('event'),
    from: IsoDateSchema,
    to: IsoDateSchema,
  })
  .strict()
  .meta({ id: 'Milestone', title: 'Milestone' });
/** A milestone. */
export type Milestone = z.output<typeof MilestoneSchema>;

/** The annual report every unit sends up: due on a day of each year. */
export const ReportingSchema = z
  .object({
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    before: z.boolean().default(true).describe('true: the report is due before that day (trước ngày 05/12)'),
    firstYear: z.number().int().min(2000).max(2100),
    lastYear: z.number().int().min(2000).max(2100),
    to: LocalizedTextSchema.optional().describe('Who receives the report'),
  })
  .strict()
  .meta({ id: 'Reporting', title: 'Annual reporting deadline' });
/** The annual reporting deadline. */
export type Reporting = z.output<typeof ReportingSchema>;

/** A target plan file (kế hoạch): metrics, targets, milestones, reporting deadline. */
export const PlanFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: FrameworkIdSchema,
    version: SemverSchema,
    extends: z
      .string()
      .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*(@[^\s]+)?$/, 'id@range, e.g. qd-677-2022@^1.0.0')
      .optional()
      .describe('Parent plan whose metrics this one inherits: id@semver-range'),
    title: LocalizedTextSchema,
    source: PlanSourceSchema,
    verification: VerificationSchema.optional(),
    period: z
      .object({ from: IsoDateSchema, to: IsoDateSchema })
      .strict()
      .describe('Start is the default baseline date'),
    scope: PlanScopeSchema,
    metrics: z.array(MetricSchema).optional().describe('Metrics of this plan (added to inherited ones)'),
    overrides: z
      .object({
        metrics: z.record(PlanItemIdSchema, z.object(metricShape).omit({ id: true }).partial().strict()),
      })
      .partial()
      .strict()
      .optional()
      .describe('Changes to inherited metrics, by id'),
    remove: z.array(PlanItemIdSchema).optional().describe('Inherited metrics to drop'),
    milestones: z.array(MilestoneSchema).optional(),
    reporting: ReportingSchema.optional(),
    historical: z
      .object({
        after: IsoDateSchema.describe('Last day the plan is in force; reports dated later are historical'),
        reason: LocalizedTextSchema,
      })
      .strict()
      .optional()
      .describe('The plan is historical after a date (e.g. its issuer no longer exists)'),
    notes: z.array(LocalizedTextSchema).optional(),
  })
  .strict()
  .meta({ id: 'Plan', title: 'cdht target plan' });
/** A plan file as written. */
export type PlanFile = z.input<typeof PlanFileSchema>;

/** One row of a population table: counts per unit, from the unit's own registers. */
export const PopulationRowSchema = z
  .object({
    unit: UnitSchema,
    attributes: UnitAttributesSchema.optional().describe(
      'Attributes of the unit (e.g. {"area":"especially-difficult"}), read by variants by area',
    ),
  })
  .catchall(z.number().int().min(0))
  .meta({
    id: 'PopulationRow',
    title: 'Population of a unit',
    description: 'e.g. {"unit":{…},"adults":412}',
  });
/** One row of a population table. */
export type PopulationRow = z.infer<typeof PopulationRowSchema>;

/** A population table: counts per unit (usually leaf units), summed up the hierarchy. */
export const PopulationTableSchema = z
  .array(PopulationRowSchema)
  .meta({ id: 'PopulationTable', title: 'Population table' });

/** A row that is not an evaluation, e.g. an association cadre with facts such as `trainedOnCriteria`. */
export const FactRowSchema = z
  .object({
    kind: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/)
      .describe('e.g. cadre'),
    person: z.string(),
    name: z.string().optional(),
    group: z.string().optional(),
    unit: UnitSchema.optional(),
    memberships: z.array(MembershipSchema).max(50).optional(),
    facts: z.record(z.string(), z.unknown()),
  })
  .strict()
  .meta({ id: 'FactRow', title: 'Fact row' });
/** A row that is not an evaluation. */
export type FactRow = z.infer<typeof FactRowSchema>;
