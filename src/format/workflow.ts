import * as z from 'zod';
import {
  FieldNameSchema,
  FrameworkIdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  SemverSchema,
  UnitSchema,
} from './common.js';
import { TitleDecisionSchema } from './evaluation.js';
import { EmployerLevelSchema, MembershipSchema, PeriodInputSchema } from './evidence.js';
import { VerificationSchema } from './framework.js';
import { LevelNameSchema } from './plan.js';
import { EntryVerificationSchema, InForceSchema, UnitsSourceSchema } from './units.js';

/**
 * Where a dossier (hồ sơ) is on its way to recognition. `draft` → `self-assessed` (submitted by
 * the person) → `reviewed` (checked by the competent level) → `recognised` or `refused`; a
 * recognised title may be `revoked`.
 */
export const DossierStateSchema = z
  .enum(['draft', 'self-assessed', 'reviewed', 'recognised', 'refused', 'revoked'])
  .meta({ id: 'DossierState', title: 'State of a dossier' });
/** The state of a dossier. */
export type DossierState = z.infer<typeof DossierStateSchema>;

/**
 * What a step does: `submit` (draft → self-assessed), `review` (self-assessed → reviewed),
 * `recognise` (reviewed → recognised), `refuse` (self-assessed or reviewed → refused), `return`
 * (self-assessed or reviewed → draft, for corrections), `revoke` (recognised → revoked).
 */
export const DossierActionSchema = z
  .enum(['submit', 'review', 'recognise', 'refuse', 'return', 'revoke'])
  .meta({ id: 'DossierAction', title: 'Step of the recognition workflow' });
/** A step of the recognition workflow. */
export type DossierAction = z.infer<typeof DossierActionSchema>;

/** Name of a role in a recognition policy, e.g. `commune-authority`. */
export const RoleIdSchema = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'lowercase id like commune-authority');

/** Who takes a step: their role, the unit they act for, and (for the person) who they are. */
export const ActorSchema = z
  .object({
    role: RoleIdSchema,
    unit: UnitSchema.describe('The unit the actor acts for, e.g. {province, commune} for a commune office'),
    person: z.string().min(1).max(200).optional().describe('The actor’s person id (required to act as the person)'),
    name: z.string().max(500).optional(),
  })
  .strict()
  .meta({ id: 'Actor', title: 'Who takes a step' });
/** Who takes a step. */
export type Actor = z.infer<typeof ActorSchema>;

/** The evaluation a step was taken on: framework, total and the title's decision at that time. */
export const OutcomeSchema = z
  .object({
    framework: z.string().min(1).describe('id@version'),
    total: z.number(),
    decision: TitleDecisionSchema,
  })
  .strict()
  .meta({ id: 'Outcome', title: 'Evaluation a step was taken on' });
/** The evaluation a step was taken on. */
export type Outcome = z.infer<typeof OutcomeSchema>;

/** A step as asked for: the log entry's content before the workflow numbers and checks it. */
export const TransitionInputSchema = z
  .object({
    action: DossierActionSchema,
    date: IsoDateSchema,
    by: ActorSchema,
    reason: z.string().min(1).max(4000).optional().describe('Why: required to refuse, return, revoke or change scores'),
    scores: z
      .record(FieldNameSchema, z.number().min(0))
      .optional()
      .describe('A reviewer’s scores (assessment field → points) that replace the self-assessment'),
    outcome: OutcomeSchema.optional().describe('The evaluation the step was taken on'),
  })
  .strict()
  .meta({ id: 'TransitionInput', title: 'A step of a dossier as asked for' });
/** A step as asked for. */
export type TransitionInput = z.infer<typeof TransitionInputSchema>;

/** One entry of a dossier's append-only log. */
export const TransitionSchema = z
  .object({
    seq: z.number().int().min(1).describe('1, 2, 3… in order'),
    from: DossierStateSchema,
    to: DossierStateSchema,
    ...TransitionInputSchema.shape,
  })
  .strict()
  .meta({ id: 'Transition', title: 'Log entry of a dossier' });
/** One entry of a dossier's log. */
export type Transition = z.infer<typeof TransitionSchema>;

/**
 * A person's dossier for a title in one assessment period: who, which form, where, its state and
 * the append-only log of every step. The state is always the last entry's `to` (or `draft`).
 */
export const DossierSchema = z
  .object({
    id: z.string().min(1).max(200),
    person: z.string().min(1).max(200),
    name: z.string().max(500).optional(),
    framework: FrameworkIdSchema.describe('The form filled'),
    title: FieldNameSchema.default('cdht').describe('The title sought'),
    period: PeriodInputSchema,
    unit: UnitSchema.describe('The person’s unit when the dossier was opened'),
    memberships: z.array(MembershipSchema).max(50).optional(),
    state: DossierStateSchema,
    log: z.array(TransitionSchema).max(1000),
    validity: z
      .object({ from: IsoDateSchema, until: IsoDateSchema })
      .strict()
      .optional()
      .describe('When recognised: the dates the title is valid'),
  })
  .strict()
  .meta({ id: 'Dossier', title: 'Recognition dossier' });
/** A dossier as written. */
export type DossierInput = z.input<typeof DossierSchema>;
/** A dossier. */
export type Dossier = z.output<typeof DossierSchema>;

/** Who may take a step under a rule: a role, acting for the dossier's unit cut at a level. */
export const RoleGrantSchema = z
  .object({
    role: RoleIdSchema,
    at: LevelNameSchema.optional().describe('The level whose unit acts (default: the rule’s `at`)'),
  })
  .strict()
  .meta({ id: 'RoleGrant', title: 'A role allowed to take a step' });
/** A role allowed to take a step. */
export type RoleGrant = z.infer<typeof RoleGrantSchema>;

/** Which dossiers a rule covers: residents (no employer), or staff of employers at these levels. */
export const RuleSubjectsSchema = z
  .union([
    z.literal('residents').describe('People without an employer membership: residents of villages'),
    z.object({ employers: z.array(EmployerLevelSchema).min(1) }).strict(),
  ])
  .meta({ id: 'RuleSubjects', title: 'Dossiers a recognition rule covers' });
/** Which dossiers a rule covers. */
export type RuleSubjects = z.infer<typeof RuleSubjectsSchema>;

/** Who checks and recognises one kind of dossier during a period. */
export const RecognitionRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/),
    label: LocalizedTextSchema,
    inForce: InForceSchema,
    subjects: RuleSubjectsSchema,
    at: LevelNameSchema.describe(
      'The level whose unit acts for the dossier: commune, or agency for an agency’s own staff',
    ),
    submit: z.array(RoleGrantSchema).min(1),
    review: z.array(RoleGrantSchema).min(1),
    recognise: z.array(RoleGrantSchema).min(1),
    source: z.string().min(1).describe('Where the rule comes from, e.g. "Kế hoạch huyện Kon Rẫy, mục V.8.b"'),
    verification: EntryVerificationSchema,
    note: LocalizedTextSchema.optional(),
  })
  .strict()
  .meta({ id: 'RecognitionRule', title: 'Recognition rule' });
/** Who checks and recognises one kind of dossier during a period. */
export type RecognitionRule = z.infer<typeof RecognitionRuleSchema>;

/** A role of a recognition policy. `self: true` is the person themself (acts only on their own dossier). */
export const RoleSchema = z
  .object({ label: LocalizedTextSchema, self: z.boolean().optional() })
  .strict()
  .meta({ id: 'Role', title: 'Role in the recognition workflow' });

/**
 * A recognition policy (quy trình công nhận): the roles, the unit hierarchies in force, and per
 * period and kind of dossier, who may submit, review and recognise.
 */
export const RecognitionPolicySchema = z
  .object({
    $schema: z.string().optional(),
    id: FrameworkIdSchema,
    version: SemverSchema,
    title: LocalizedTextSchema,
    source: UnitsSourceSchema.optional(),
    verification: VerificationSchema,
    roles: z.record(RoleIdSchema, RoleSchema),
    hierarchies: z
      .array(z.object({ levels: z.array(LevelNameSchema).min(1), inForce: InForceSchema.optional() }).strict())
      .min(1)
      .describe('Level orders, to cut a unit at a level; a unit uses the first in force that holds its levels'),
    rules: z.array(RecognitionRuleSchema).min(1),
  })
  .strict()
  .meta({ id: 'RecognitionPolicy', title: 'cdht recognition policy' });
/** A recognition policy. */
export type RecognitionPolicy = z.infer<typeof RecognitionPolicySchema>;
