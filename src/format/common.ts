import * as z from 'zod';

/** Text in Vietnamese (the default) and English. */
export const LocalizedTextSchema = z
  .object({
    vi: z.string().min(1).describe('Vietnamese text (NFC)'),
    en: z.string().min(1).describe('English text'),
  })
  .strict()
  .meta({ id: 'LocalizedText', title: 'Vietnamese and English text' });
/** Text in Vietnamese and English. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** An ISO calendar date, `yyyy-MM-dd`. */
export const IsoDateSchema = z.iso.date().meta({ id: 'IsoDate', title: 'ISO date yyyy-MM-dd' });

/**
 * A json-logic rule: any JSON value. Its meaning is checked by the rule compiler, not the schema,
 * because operators come from the engine's plugins.
 */
export const RuleSchema = z.unknown().meta({
  id: 'Rule',
  title: 'json-logic rule',
  description: 'A JsonLogic expression (https://jsonlogic.com) using standard and registered operators.',
});
/** A json-logic rule (any JSON value). */
export type Rule = unknown;

/** Name of an evidence field or derived value: a JavaScript-like identifier without dots. */
export const FieldNameSchema = z.string().regex(/^[a-z][A-Za-z0-9_]*$/, 'identifier: a-z then letters, digits, _');

/** Identifier of a criterion, indicator or title (e.g. `TC1`, `TC1.1`). */
export const CodeSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$/, 'code like TC1 or TC1.1');

/** Framework id: lowercase words joined by `-` (e.g. `cdht-household`). */
export const FrameworkIdSchema = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'lowercase id like cdht-household');

/** A semantic version `MAJOR.MINOR.PATCH`. */
export const SemverSchema = z
  .string()
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/, 'semantic version like 2.0.0');

/** A unit of the administrative or organisational hierarchy: level name → unit name. */
export const UnitSchema = z.record(z.string().regex(/^[a-z][A-Za-z0-9_]*$/), z.string().min(1)).meta({
  id: 'Unit',
  title: 'Unit path',
  description:
    'Where the person belongs, as level → name, e.g. {"province":"Kon Tum","district":"Kon Rẫy","commune":"Đắk Ruồng","village":"Thôn 1"}. Levels are data.',
});
/** Where a person belongs: level name → unit name. */
export type Unit = z.infer<typeof UnitSchema>;

/** Name of a unit attribute, e.g. `area`. */
export const AttributeNameSchema = z.string().regex(/^[a-z][A-Za-z0-9_]*$/, 'attribute name like area');

/** A value of a unit attribute: text, a number, yes/no, or a list of texts (a unit in several classes). */
export const AttributeValueSchema = z
  .union([z.string().min(1).max(200), z.number(), z.boolean(), z.array(z.string().min(1).max(200)).max(50)])
  .meta({ id: 'AttributeValue', title: 'Value of a unit attribute' });
/** A value of a unit attribute. */
export type AttributeValue = z.infer<typeof AttributeValueSchema>;

/** Languages of messages and documents. */
export type Locale = 'vi' | 'en';

/** A citizen group (e.g. `household`): built in or contributed by a plugin. */
export interface GroupDefinition {
  readonly label: LocalizedText;
  readonly description?: LocalizedText | undefined;
}
