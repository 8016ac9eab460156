import * as z from 'zod';
import {
  AttributeNameSchema,
  AttributeValueSchema,
  FrameworkIdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  SemverSchema,
  UnitSchema,
} from './common.js';
import { VerificationSchema } from './framework.js';

/**
 * Attributes of a unit: name → value, e.g. `{ "area": ["especially-difficult", "ethnic-minority"] }`.
 * Units below inherit them; a unit's own value replaces an inherited one.
 */
export const UnitAttributesSchema = z
  .record(AttributeNameSchema, AttributeValueSchema)
  .meta({ id: 'UnitAttributes', title: 'Attributes of a unit' });
/** Attributes of a unit. */
export type UnitAttributes = z.infer<typeof UnitAttributesSchema>;

/** Dates a unit (or a hierarchy) is in force, `yyyy-MM-dd`, both inclusive and optional. */
export const InForceSchema = z
  .object({ from: IsoDateSchema.optional(), until: IsoDateSchema.optional() })
  .strict()
  .meta({ id: 'InForce', title: 'Dates in force' });
/** Dates in force. */
export type InForce = z.infer<typeof InForceSchema>;

/** The document a units or mapping file follows. */
export const UnitsSourceSchema = z
  .object({
    document: z.string().min(1).describe('Document number, e.g. 1677/NQ-UBTVQH15'),
    issuer: z.string().min(1).optional(),
    date: IsoDateSchema.optional(),
    title: LocalizedTextSchema.optional(),
    url: z.string().optional(),
  })
  .strict()
  .meta({ id: 'UnitsSource', title: 'Source of unit data' });
/** The source of unit data. */
export type UnitsSource = z.infer<typeof UnitsSourceSchema>;

/** How far an entry is verified: `verified` [V], `partial` [P], `unverified` [U], or `example` (illustrative). */
export const EntryVerificationSchema = z.enum(['verified', 'partial', 'unverified', 'example']);
/** How far an entry is verified. */
export type EntryVerification = z.infer<typeof EntryVerificationSchema>;

/** One unit of a units file: where it is, its attributes, when it exists. */
export const UnitEntrySchema = z
  .object({
    unit: UnitSchema.describe('The unit as level → name, top level first, e.g. {province, commune}'),
    kind: z.string().max(100).optional().describe('e.g. xã, phường, thị trấn, đặc khu'),
    attributes: UnitAttributesSchema.optional(),
    inForce: InForceSchema.optional().describe('When the unit exists; absent: always'),
    verification: EntryVerificationSchema.optional().describe('How far this entry is verified'),
    note: LocalizedTextSchema.optional(),
  })
  .strict()
  .meta({ id: 'UnitEntry', title: 'Unit' });
/** One unit of a units file. */
export type UnitEntry = z.infer<typeof UnitEntrySchema>;

/**
 * A units file: units with their attributes (area class, …) and the dates they exist. Variants of a
 * framework read the attributes of a person's unit from it.
 */
export const UnitsFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: FrameworkIdSchema,
    version: SemverSchema,
    title: LocalizedTextSchema,
    source: UnitsSourceSchema.optional(),
    verification: VerificationSchema,
    units: z.array(UnitEntrySchema).max(100_000),
  })
  .strict()
  .meta({ id: 'Units', title: 'cdht units file' });
/** A units file. */
export type UnitsFile = z.infer<typeof UnitsFileSchema>;

/** One step of a unit mapping: the old unit and the unit that replaces it. */
export const UnitMappingEntrySchema = z
  .object({
    from: UnitSchema.describe('The old unit (levels → names); every unit below it moves with it'),
    to: UnitSchema.describe('The unit in force from the effective date; the levels of `from` are replaced by these'),
    verification: EntryVerificationSchema,
    note: LocalizedTextSchema.optional(),
  })
  .strict()
  .meta({ id: 'UnitMappingEntry', title: 'Old unit → new unit' });
/** One step of a unit mapping. */
export type UnitMappingEntry = z.infer<typeof UnitMappingEntrySchema>;

/**
 * A unit-mapping file: old units → the units that replace them from an effective date (a
 * reorganisation such as the two-tier local government of 1/7/2025). A report on or after that
 * date rolls data kept under old units up to the new ones.
 */
export const UnitMappingFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: FrameworkIdSchema,
    version: SemverSchema,
    title: LocalizedTextSchema,
    source: UnitsSourceSchema.optional(),
    verification: VerificationSchema,
    effective: IsoDateSchema.describe('First day the new units are in force'),
    entries: z.array(UnitMappingEntrySchema).max(100_000),
  })
  .strict()
  .meta({ id: 'UnitMapping', title: 'cdht unit mapping' });
/** A unit-mapping file. */
export type UnitMappingFile = z.infer<typeof UnitMappingFileSchema>;
