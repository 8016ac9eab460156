/**
 * Every issue code the library emits, sorted. Codes are stable: tools may rely on them.
 *
 * @category Errors
 */
export const IssueCodes = [
  'batch_plugins_required',
  'batch_sources_required',
  'batch_worker_failed',
  'cell_error',
  'date_order',
  'derived_order',
  'duplicate_collective',
  'duplicate_id',
  'duplicate_key',
  'duplicate_member',
  'duplicate_plugin',
  'duplicate_record',
  'duplicate_unit',
  'duplicate_version',
  'effective_overlap',
  'evidence_never_read',
  'evidence_too_deep',
  'extends_cycle',
  'field_too_large',
  'formula_without_value',
  'indicator_always_scores',
  'indicator_never_scores',
  'invalid_alias',
  'invalid_arity',
  'invalid_as_of',
  'invalid_collective',
  'invalid_csv',
  'invalid_date',
  'invalid_date_range',
  'invalid_effective_dates',
  'invalid_encoding',
  'invalid_evidence',
  'invalid_json',
  'invalid_member',
  'invalid_metric',
  'invalid_operator',
  'invalid_plugin',
  'invalid_record',
  'invalid_row',
  'invalid_rule_object',
  'invalid_transition',
  'invalid_unit',
  'invalid_xlsx',
  'json_too_deep',
  'member_mismatch',
  'member_operator_misplaced',
  'members_exceed_size',
  'merged_cell',
  'missing_dependency',
  'missing_evidence',
  'missing_field',
  'missing_metrics',
  'missing_parent',
  'no_recognition_rule',
  'non_finite_number',
  'not_a_form',
  'not_eligible',
  'not_evaluations',
  'not_found',
  'not_the_person',
  'operator_conflict',
  'outside_scope',
  'plan_mismatch',
  'plugin_conflict',
  'plugin_error',
  'plugin_load_failed',
  'points_inconsistent',
  'reason_required',
  'record_too_large',
  'role_not_allowed',
  'rule_too_deep',
  'rule_too_large',
  'rule_type_mismatch',
  'sample_missing',
  'scale_changed',
  'schema_violation',
  'title_unreachable',
  'undeclared_evidence',
  'unit_not_in_force',
  'unknown_evidence_field',
  'unknown_evidence_type',
  'unknown_file_kind',
  'unknown_format',
  'unknown_framework',
  'unknown_group',
  'unknown_level',
  'unknown_member_condition',
  'unknown_metric',
  'unknown_operator',
  'unknown_reference',
  'unordered_targets',
  'unsafe_var_path',
  'wrong_unit',
  'xlsx_too_large',
] as const;

/** A code listed in {@link IssueCodes}. */
export type IssueCode = (typeof IssueCodes)[number];

/**
 * The issue codes only tools raise — evidence readers, batches, target plans, lint and the command
 * line — sorted. The engine (`createEngine`, `evaluate`, loading frameworks) never raises them, so
 * their messages live in a catalogue of their own that an app bundling only the engine leaves out.
 *
 * @category Errors
 */
export const ToolingIssueCodes = [
  'batch_plugins_required',
  'batch_sources_required',
  'batch_worker_failed',
  'cell_error',
  'date_order',
  'duplicate_record',
  'duplicate_unit',
  'effective_overlap',
  'evidence_never_read',
  'field_too_large',
  'formula_without_value',
  'indicator_always_scores',
  'indicator_never_scores',
  'invalid_csv',
  'invalid_date',
  'invalid_date_range',
  'invalid_encoding',
  'invalid_json',
  'invalid_metric',
  'invalid_row',
  'invalid_transition',
  'invalid_unit',
  'invalid_xlsx',
  'merged_cell',
  'missing_dependency',
  'missing_metrics',
  'no_recognition_rule',
  'not_eligible',
  'not_evaluations',
  'not_the_person',
  'outside_scope',
  'plan_mismatch',
  'plugin_load_failed',
  'reason_required',
  'record_too_large',
  'role_not_allowed',
  'rule_type_mismatch',
  'sample_missing',
  'scale_changed',
  'unit_not_in_force',
  'unknown_file_kind',
  'unknown_level',
  'unknown_metric',
  'unordered_targets',
  'wrong_unit',
  'xlsx_too_large',
] as const satisfies readonly IssueCode[];

/** A code listed in {@link ToolingIssueCodes}. */
export type ToolingIssueCode = (typeof ToolingIssueCodes)[number];

/** An issue code the engine itself may raise: every code but the {@link ToolingIssueCodes}. */
export type EngineIssueCode = Exclude<IssueCode, ToolingIssueCode>;

/**
 * Every reason code a title decision carries, sorted.
 *
 * @category Errors
 */
export const ReasonCodes = [
  'criterion_below_min',
  'evidence_missing',
  'indicator_below_min',
  'members_below',
  'members_undetermined',
  'requirements_met',
  'targets_met',
  'title_rule_failed',
  'total_below_min',
  'variant_applied',
  'variant_not_applied',
  'variant_unknown',
] as const;

/** A code listed in {@link ReasonCodes}. */
export type ReasonCode = (typeof ReasonCodes)[number];
