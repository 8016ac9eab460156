/**
 * Every issue code the library emits, sorted. Codes are stable: tools may rely on them.
 *
 * @category Errors
 */
export const IssueCodes = [
  'derived_order',
  'duplicate_id',
  'duplicate_plugin',
  'duplicate_version',
  'extends_cycle',
  'invalid_arity',
  'invalid_effective_dates',
  'invalid_json',
  'invalid_plugin',
  'invalid_record',
  'missing_field',
  'missing_parent',
  'operator_conflict',
  'plugin_conflict',
  'plugin_error',
  'points_inconsistent',
  'rule_too_deep',
  'rule_too_large',
  'schema_violation',
  'title_unreachable',
  'undeclared_evidence',
  'unknown_evidence_type',
  'unknown_format',
  'unknown_framework',
  'unknown_group',
  'unknown_operator',
  'unknown_reference',
  'unsafe_var_path',
] as const;

/** A code listed in {@link IssueCodes}. */
export type IssueCode = (typeof IssueCodes)[number];
