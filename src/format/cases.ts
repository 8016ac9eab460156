import * as z from 'zod';
import { fromZodIssues } from '../errors/fromZod.js';
import type { Issue } from '../errors/issue.js';
import { CollectiveRecordSchema } from './collective.js';
import { CodeSchema, FieldNameSchema, FrameworkIdSchema, IsoDateSchema, SemverSchema } from './common.js';
import { IndicatorStatusSchema, TitleDecisionSchema } from './evaluation.js';
import { EvidenceRecordSchema } from './evidence.js';
import { UnitAttributesSchema } from './units.js';

/**
 * What a criteria test case expects of the evaluation. Every part is optional: a case checks only
 * what it states, so a case about one title decision does not break when wording changes.
 *
 * @category Formats
 */
export const CaseExpectSchema = z
  .object({
    version: SemverSchema.optional().describe('Framework version the engine must pick (by the period end or asOf)'),
    total: z.number().optional().describe('Points of known indicators'),
    possible: z.number().optional().describe('Total if every missing indicator scored in full'),
    titles: z.record(FieldNameSchema, TitleDecisionSchema).optional().describe('Decision per title id'),
    reasons: z
      .record(FieldNameSchema, z.array(z.string().min(1)))
      .optional()
      .describe('Reason codes that must be present per title id (others may also be present)'),
    indicators: z
      .record(
        CodeSchema,
        z
          .object({
            points: z.number().nullable().optional().describe('null when the indicator is missing'),
            status: IndicatorStatusSchema.optional(),
          })
          .strict(),
      )
      .optional()
      .describe('Points and status per indicator id'),
    derived: z.record(FieldNameSchema, z.unknown()).optional().describe('Derived values (compared as JSON)'),
    level: z
      .string()
      .nullable()
      .optional()
      .describe('Collective cases: the level certainly reached (a title id), null for none'),
    recognised: TitleDecisionSchema.optional().describe('Collective cases: whether the lowest level is reached'),
    members: z
      .object({
        received: z.number().int().min(0).optional(),
        missing: z.number().int().min(0).optional(),
        undetermined: z.number().int().min(0).optional(),
      })
      .strict()
      .optional()
      .describe('Collective cases: the member counts'),
    variant: z
      .object({
        status: z.enum(['applied', 'not-applied', 'unknown']).optional(),
        id: z.string().nullable().optional().describe('The variant applied, null when none'),
      })
      .strict()
      .optional()
      .describe('Which variant by area the evaluation used'),
  })
  .strict()
  .meta({ id: 'CaseExpect', title: 'Expected evaluation of a criteria test case' });
/** What a criteria test case expects. @category Formats */
export type CaseExpect = z.infer<typeof CaseExpectSchema>;

/**
 * One hand-computed criteria test case: a person's evidence, or — for a collective framework — the
 * collective's record and its members' evidence (each naming the collective in `memberships`),
 * which the runner evaluates first with the forms they name.
 *
 * @category Formats
 */
export const CriteriaCaseSchema = z
  .union([
    z
      .object({
        description: z.string().min(1).describe('What the case shows, with the arithmetic'),
        asOf: IsoDateSchema.optional().describe('Evaluation date; selects the version in force'),
        unitAttributes: UnitAttributesSchema.optional().describe(
          'Attributes of the record’s unit, as a units file would give them ({}: known, none special); absent: not known',
        ),
        evidence: EvidenceRecordSchema,
        expect: CaseExpectSchema,
      })
      .strict(),
    z
      .object({
        description: z.string().min(1).describe('What the case shows, with the arithmetic'),
        asOf: IsoDateSchema.optional().describe('Evaluation date; selects the version in force'),
        collective: CollectiveRecordSchema,
        members: z
          .array(
            z.union([
              EvidenceRecordSchema,
              z
                .object({
                  collective: CollectiveRecordSchema,
                  members: z.array(EvidenceRecordSchema).max(1000),
                })
                .strict()
                .describe('A lower collective (a family of a clan or village), judged first from its own members'),
            ]),
          )
          .max(1000)
          .describe(
            'The members’ evidence: each is evaluated with its form (a lower collective with its framework), then counted',
          ),
        expect: CaseExpectSchema,
      })
      .strict(),
  ])
  .meta({ id: 'CriteriaCase', title: 'Criteria test case' });
/** One criteria test case. @category Formats */
export type CriteriaCase = z.infer<typeof CriteriaCaseSchema>;

/**
 * A criteria test-case file, kept beside the framework as `criteria/<id>/<version>.cases.json`.
 * The engine picks the version of `framework` in force for each case.
 *
 * @category Formats
 */
export const CaseFileSchema = z
  .object({
    $schema: z.string().optional(),
    framework: FrameworkIdSchema.describe('Framework id the cases evaluate against'),
    description: z.string().optional(),
    cases: z.array(CriteriaCaseSchema).min(1),
  })
  .strict()
  .meta({ id: 'CaseFile', title: 'cdht criteria test cases' });
/** A criteria test-case file. @category Formats */
export type CaseFile = z.infer<typeof CaseFileSchema>;

/**
 * Validates a parsed JSON value as a case file.
 *
 * @param json - the parsed file
 * @param file - the file name, recorded in the issues
 * @returns the typed case file, or every problem as `schema_violation` issues
 * @example
 * const { caseFile, issues } = parseCaseFile(JSON.parse(text), 'criteria/cdht/2.0.0.cases.json');
 * @category Formats
 */
export function parseCaseFile(
  json: unknown,
  file?: string,
): { readonly caseFile: CaseFile | undefined; readonly issues: readonly Issue[] } {
  const result = CaseFileSchema.safeParse(json, { reportInput: true });
  if (result.success) return { caseFile: result.data, issues: [] };
  return { caseFile: undefined, issues: fromZodIssues(result.error.issues, 'schema_violation', { file }) };
}
