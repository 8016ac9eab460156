import { describe, expect, expectTypeOf, it } from 'vitest';
import { type IssueCode, IssueCodes, type ReasonCode, ReasonCodes, ToolingIssueCodes } from '../src/errors/codes.js';
import { type Issue, issue } from '../src/errors/issue.js';
import type { IssueParams, ReasonParams, ShapeParams } from '../src/errors/params.js';
import { toolingIssue } from '../src/errors/toolingIssue.js';
import { en } from '../src/i18n/en.js';
import { catalogues, issueMessage, reasonMessage } from '../src/i18n/messages.js';
import { vi } from '../src/i18n/vi.js';

/** The catalogues the engine carries: no tooling code. */
const engineCatalogues = { vi, en };

const SHAPES: readonly ShapeParams[] = [
  { kind: 'required', property: 'id' },
  { kind: 'unknown_property', property: 'idd' },
  { kind: 'type', type: 'string' },
  { kind: 'type', type: 'string | object' },
  { kind: 'pattern', pattern: '^[a-z]+$' },
  { kind: 'enum', values: ['year', 'school-year'] },
  { kind: 'limit', comparison: '<=', limit: 1000 },
  { kind: 'min_items', limit: 1 },
  { kind: 'max_items', limit: 10 },
  { kind: 'min_length', limit: 1 },
  { kind: 'max_length', limit: 200 },
  { kind: 'other', detail: 'Invalid input' },
];

/**
 * Samples of parameters for every issue code, one per kind at least. The mapped type makes a
 * code without samples a compile error.
 */
const ISSUES: { readonly [C in IssueCode]: readonly IssueParams[C][] } = {
  aot_unsupported: [
    { kind: 'operator', operator: 'cccd.valid' },
    { kind: 'value', type: 'function' },
    { kind: 'collective' },
  ],
  batch_plugins_required: [
    { kind: 'missing', plugins: ['cccd'] },
    { kind: 'mismatch', engine: ['cccd'], workers: [] },
  ],
  batch_sources_required: [{}],
  batch_worker_failed: [{ detail: 'out of memory' }],
  cell_error: [{ cell: 'C7', value: '#DIV/0!' }],
  derived_order: [{ name: 'age' }],
  duplicate_id: [
    { kind: 'id', id: 'TC1.1', first: 'criteria.0.indicators.0.id' },
    { kind: 'title', id: 'cdht' },
    { kind: 'inherited_indicator', id: 'TC1.1' },
    { kind: 'inherited_criterion', id: 'TC1' },
    { kind: 'inherited_title', id: 'cdht' },
    { kind: 'milestone', id: 'mid' },
    { kind: 'metric', id: 'adults' },
    { kind: 'member_condition', id: 'titled' },
    { kind: 'variant', id: 'difficult-area' },
  ],
  duplicate_collective: [
    { collective: 'HGD-001', collectiveKind: 'household', period: '2025-01-01..2025-12-31', first: 3 },
  ],
  duplicate_member: [{ member: 'KR25-00001' }],
  duplicate_key: [
    { kind: 'file', key: 'records', at: { line: 5, column: 3 }, first: { line: 2, column: 3 } },
    { kind: 'nfc', first: 'Hòa', second: 'Hòa' },
    { kind: 'record', key: 'period', at: { line: 12, column: 40 } },
    { kind: 'record', key: 'self' },
  ],
  duplicate_plugin: [{ plugin: 'cccd' }],
  duplicate_record: [
    { id: '001', period: '2025', first: 4 },
    { id: '001', period: '2025', first: 4, at: 'record' },
    { id: '001', period: '2025-01-01..2025-12-31', first: 4, firstFile: 'a.ndjson' },
  ],
  duplicate_unit: [
    { kind: 'population' },
    { kind: 'listed', unit: 'Kon Tum / Kon Rẫy / Đắk Kôi', first: 0 },
    { kind: 'mapped', unit: 'Kon Tum / Kon Rẫy / Đắk Kôi', first: 2 },
  ],
  date_order: [{ date: '2025-03-01', last: '2025-04-15' }],
  duplicate_version: [{ id: 'cdht', version: '2.0.0' }],
  effective_overlap: [
    {
      framework: 'cdht@2.0.0',
      from: '2023-10-25',
      previous: 'cdht@1.0.0',
      previousFrom: '2022-07-28',
      previousUntil: null,
    },
    {
      framework: 'cdht@2.0.0',
      from: '2023-10-25',
      previous: 'cdht@1.0.0',
      previousFrom: '2022-07-28',
      previousUntil: '2023-12-31',
    },
  ],
  evidence_never_read: [{ field: 'tc1_1' }],
  evidence_too_deep: [{ max: 64 }],
  extends_cycle: [
    { kind: 'self', extends: 'cdht@^2' },
    { kind: 'cycle', id: 'a', parent: 'b' },
    { kind: 'plan', id: 'kon-ray-2022' },
  ],
  field_too_large: [
    { kind: 'csv', row: 3, column: 2, limit: 1_048_576 },
    { kind: 'cell', cell: 'B3', limit: 32_767 },
  ],
  formula_without_value: [{ cell: 'D4' }],
  indicator_always_scores: [
    { kind: 'literal', indicator: 'TC1.1', points: 10, award: 'true' },
    { kind: 'reads_nothing', indicator: 'TC1.1' },
  ],
  indicator_never_scores: [
    { kind: 'never_applies', indicator: 'TC1.1' },
    { kind: 'literal', indicator: 'TC1.1', award: '0' },
  ],
  invalid_arity: [
    { operator: 'age', min: 1, max: 1, count: 3 },
    { operator: 'and', min: 1, max: null, count: 0 },
    { operator: 'between', min: 2, max: 3, count: 1 },
  ],
  invalid_csv: [
    { kind: 'unclosed_quote', row: 3 },
    { kind: 'text_after_quote', row: 3, char: 'x' },
    { kind: 'cell_count', row: 3, cells: 4, columns: 5 },
    { kind: 'beyond_header', row: 3 },
    { kind: 'header_not_path', column: 2, text: 'Họ và tên' },
    { kind: 'duplicate_column', text: 'id' },
    { kind: 'unsplit', row: 3 },
    { kind: 'unreadable', detail: 'Invalid Record Length' },
  ],
  invalid_alias: [
    { kind: 'must_extend', of: 'cdht-resident' },
    { kind: 'changes_assessment', of: 'cdht-resident', key: 'criteria' },
  ],
  invalid_as_of: [{ got: '"garbage"' }],
  invalid_date: [{ kind: 'reporting_day', month: 2, day: 30 }],
  invalid_date_range: [
    { kind: 'plan_period' },
    { kind: 'milestone', id: 'mid' },
    { kind: 'reporting_years' },
    { kind: 'unit', unit: 'Kon Tum / Kon Rẫy', from: '2025-07-01', until: '2025-06-30' },
    { kind: 'rule', rule: 'residents-2022', from: '2025-07-01', until: '2025-06-30' },
  ],
  invalid_effective_dates: [{ from: '2025-01-01', until: '2024-12-31' }],
  invalid_encoding: [
    { kind: 'utf16', row: 1 },
    { kind: 'not_utf8', row: 7, byte: 12 },
    { kind: 'nul', row: 50_000, byte: 4_015_873 },
  ],
  invalid_evidence: [
    { kind: 'out_of_range', value: 11, min: 0, max: 10 },
    { kind: 'out_of_range', value: -1, min: 0, max: null },
    { kind: 'count_out_of_range', count: 12, min: null, max: 10 },
    { kind: 'wrong_type', type: 'number', got: '"8"' },
    { kind: 'wrong_type', type: 'assessment', min: 0, max: 10, got: 'null' },
    { kind: 'wrong_type', type: 'enum', values: ['none', 'basic'], got: '"x"' },
    { kind: 'wrong_type', type: 'string', got: '12' },
    { kind: 'assessment_key', key: 'peer' },
    {
      kind: 'plugin',
      type: 'cccd',
      label: { vi: 'số CCCD', en: 'citizen ID' },
      problem: { vi: 'cần 12 chữ số', en: 'needs 12 digits' },
    },
  ],
  invalid_json: [
    { kind: 'not_utf8' },
    { kind: 'syntax', detail: 'Unexpected token', line: 2, column: 5 },
    { kind: 'syntax', detail: 'Unexpected end of JSON input' },
    { kind: 'line', line: 4, detail: 'Unexpected token' },
    { kind: 'record', row: 2, detail: 'Unexpected token' },
    { kind: 'empty_element', row: 2 },
    { kind: 'unterminated_record', row: 2 },
    { kind: 'not_records' },
    { kind: 'trailing', line: 9, column: 2 },
  ],
  invalid_metric: [{ metric: 'adults' }],
  invalid_operator: [{ operator: 'cccdValid' }],
  invalid_rule_object: [{ keys: [] }, { keys: ['>=', '<='] }],
  invalid_plugin: [
    { kind: 'not_a_plugin' },
    { kind: 'unknown_part', plugin: 'p', part: 'extras' },
    { kind: 'part_not_object', plugin: 'p', part: 'hooks' },
    { kind: 'unknown_hook', plugin: 'p', hook: 'onStart' },
    { kind: 'bad_hook', plugin: 'p', hook: 'onEvaluation' },
    ...(
      [
        'invalid_name',
        'not_object',
        'needs_description',
        'needs_kind',
        'old_lazy_form',
        'needs_evaluate',
        'needs_label',
        'needs_json_schema',
        'needs_metric_functions',
        'needs_format',
        'needs_messages',
        'bad_message',
      ] as const
    ).map((problem) => ({ kind: 'bad_contribution' as const, plugin: 'p', part: 'operators', key: 'x', problem })),
  ],
  invalid_collective: [
    { kind: 'missing_section' },
    { kind: 'section_without_kind' },
    { kind: 'has_form' },
    { kind: 'own_kind', collective: 'household' },
    { kind: 'inherited', parent: 'gia-dinh-hoc-tap@1.0.0', was: 'collective', now: 'individual' },
    { kind: 'needs_members', framework: 'gia-dinh-hoc-tap' },
    { kind: 'not_collective', framework: 'cdht-resident@2.0.0' },
    { kind: 'wrong_kind', framework: 'gia-dinh-hoc-tap', judges: 'household', given: 'unit' },
  ],
  invalid_member: [
    { kind: 'not_list', position: 0 },
    ...(['not_object', 'framework', 'titles', 'period', 'memberships', 'collective', 'person'] as const).map(
      (kind) => ({ kind, position: 3 }),
    ),
  ],
  invalid_record: SHAPES,
  invalid_row: [{}],
  invalid_unit: [{}],
  invalid_xlsx: [
    { kind: 'unreadable', detail: 'corrupt zip', row: 9 },
    { kind: 'unreadable', detail: 'end of central directory record signature not found' },
    { kind: 'no_worksheet', part: 'xl/worksheets/sheet1.xml' },
    { kind: 'doctype' },
    { kind: 'tag_without_name', row: 4 },
    { kind: 'ends_inside_tag' },
    { kind: 'cell_outside_row' },
    { kind: 'row_closed_twice', row: 2 },
    { kind: 'row_number', value: '3', previous: 5, row: 6 },
    { kind: 'cell_reference', value: 'ZZZZ1' },
    { kind: 'token_too_long', limit: 1_048_576 },
    { kind: 'too_deep', limit: 64 },
    { kind: 'too_many_styles', limit: 65_536 },
    { kind: 'too_many_merges', limit: 100_000 },
    { kind: 'too_many_parts', limit: 10_000 },
    { kind: 'missing_shared_string', cell: 'B2', index: '99' },
    { kind: 'not_a_number', cell: 'C2', text: 'abc' },
  ],
  json_too_deep: [{ max: 1000, at: { line: 4, column: 12 } }, { max: 64 }],
  member_mismatch: [
    {
      kind: 'member_kind',
      member: 'H1',
      memberKind: 'household',
      framework: 'don-vi-hoc-tap-huyen',
      counted: ['person'],
    },
    { kind: 'not_named', member: 'KR25-00001', collective: 'UBND', collectiveKind: 'unit' },
    { kind: 'period', member: 'KR25-00001', period: '2024-01-01..2024-12-31', expected: '2025-01-01..2025-12-31' },
  ],
  member_operator_misplaced: [
    { kind: 'individual', operator: 'membersPercentAtLeast' },
    { kind: 'title', operator: 'membersAtLeast' },
  ],
  members_exceed_size: [{ collective: 'UBND', size: 20, received: 21 }],
  merged_cell: [{ cell: 'A3', range: 'A2:A4' }],
  missing_dependency: [{ kind: 'xlsx', package: 'exceljs' }],
  missing_evidence: [{ field: 'data.tc1_1', label: { vi: 'Điểm TC1.1', en: 'TC1.1 score' } }],
  missing_field: [
    { kind: 'framework_key', key: 'group' },
    { kind: 'no_indicators', criterion: 'TC1' },
    { kind: 'metric_rules', metric: 'adults' },
  ],
  missing_metrics: [{}],
  missing_parent: [
    { kind: 'framework', extends: 'cdht@^2' },
    { kind: 'plan', extends: 'qd-677-2022' },
  ],
  operator_conflict: [
    { kind: 'rule', operator: 'if' },
    { kind: 'plugin', plugin: 'p', operator: 'if' },
  ],
  non_finite_number: [{ value: 'Infinity' }, { value: '-Infinity' }],
  not_a_form: [
    { kind: 'base', id: 'cdht', forms: ['cdht-resident', 'cdht-worker'] },
    { kind: 'collective', id: 'gia-dinh-hoc-tap', forms: ['cdht-resident'] },
  ],
  not_evaluations: [
    { kind: 'format', format: 'csv' },
    { kind: 'evidence', rows: 3 },
    { kind: 'none', rows: 12 },
  ],
  not_found: [{ name: 'kon-ray', bundled: ['kon-ray-2022', 'qd-677-2022'] }],
  outside_scope: [{}],
  plan_mismatch: [
    { kind: 'merge', plan: 'a@1.0.0', other: 'b@1.0.0' },
    { kind: 'progress', plan: 'a@1.0.0', aggregate: 'b@1.0.0' },

    { kind: 'units', plan: 'qd-677-2022@1.0.0', asOf: '2025-12-31', other: null },
  ],
  plugin_conflict: [{ part: 'operators', key: 'x', first: 'p', second: 'q' }],
  plugin_error: [
    { plugin: 'p', hook: 'hooks.transformRecord', detail: 'boom' },
    {
      plugin: 'p',
      hook: 'hooks.transformRecord',
      kind: 'bad_result',
      expected: 'record',
      got: 'invalid_evidence $.data.x',
    },
    { plugin: 'p', hook: 'formatters.tsv.format', kind: 'bad_result', expected: 'text_or_bytes', got: 'number' },
  ],
  plugin_load_failed: [
    { kind: 'import', module: './p.js', detail: 'not found' },
    { kind: 'factory', module: './p.js', detail: 'boom' },
    { kind: 'no_plugin', module: './p.js' },
  ],
  points_inconsistent: [
    { kind: 'indicator_min', indicator: 'TC1.1', min: 12, points: 10 },
    { kind: 'rubric_level', indicator: 'TC1.1', level: 12, points: 10 },
    { kind: 'criterion_max', criterion: 'TC1', max: 30, sum: 40 },
    { kind: 'criterion_min', criterion: 'TC1', min: 50, sum: 40 },
  ],
  record_too_large: [
    { row: 4, limit: 4_194_304, unit: 'bytes' },
    { row: 4, limit: 4_194_304, unit: 'characters' },
  ],
  rule_too_deep: [{ max: 64 }],
  rule_too_large: [{ max: 10000 }],
  scale_changed: [
    { kind: 'maximum', parent: 'cdht-resident@1.0.0', before: 100, after: 110 },
    { kind: 'maximum', parent: 'cdht-resident@1.0.0', before: 100, after: 110, shared: true },
    {
      kind: 'title_share',
      parent: 'cdht-resident@1.0.0',
      title: 'cdht',
      before: { total: 80, max: 100 },
      after: { total: 80, max: 110 },
    },
  ],
  rule_type_mismatch: [{ owner: 'TC1.1', field: 'hours', type: 'number', literal: '"5"', operator: '>=' }],
  sample_missing: [{ path: 'examples/sample/evidence.csv' }],
  schema_violation: SHAPES,
  title_unreachable: [
    { kind: 'total', title: 'cdht', need: 120, best: 100 },
    { kind: 'indicator', title: 'cdht', indicator: 'TC1.1', need: 12, best: 10 },
    { kind: 'criterion', title: 'cdht', criterion: 'TC1', need: 50, best: 40 },
    { kind: 'rule_false', title: 'cdht' },
  ],
  undeclared_evidence: [
    { kind: 'rule_reads', read: 'tc9.self', head: 'tc9' },
    { kind: 'indicator_lists', indicator: 'TC1.1', field: 'tc9' },
  ],
  unknown_evidence_field: [{ field: 'data.birthDate' }],
  unknown_evidence_type: [{ type: 'cccd', builtIn: ['number', 'string'] }],
  unknown_file_kind: [{}],
  unknown_format: [
    { kind: 'evidence', source: 'ho-dan.txt' },
    { kind: 'evidence', source: null },
    { kind: 'report', format: 'pdf', known: ['md', 'html'] },
  ],
  unknown_framework: [
    { kind: 'not_loaded', id: 'cdht', version: '2.0.0' },
    { kind: 'not_found', id: 'cdht' },
    { kind: 'not_found', id: 'cdht', date: '2025-12-31' },
    { kind: 'no_choice', group: 'household', date: '2025-12-31', count: 2 },
    { kind: 'unknown_name', name: 'cdht-x', known: ['cdht', 'cdht-household'] },
    { kind: 'cases', id: 'cdht-x' },
    { kind: 'no_collective_choice', collective: 'unit', level: null, date: '2025-12-31', candidates: ['a', 'b'] },
    { kind: 'no_collective_choice', collective: 'unit', level: 'commune', date: '2025-12-31', candidates: [] },
  ],
  unknown_group: [{ group: 'fishers', known: ['household', 'clan'] }],
  unknown_level: [
    { kind: 'unit' },
    { kind: 'scope', level: 'hamlet' },
    { kind: 'rule', rule: 'staff-2022', level: 'hamlet' },
  ],
  unknown_member_condition: [
    { kind: 'not_literal', operator: 'membersPercentAtLeast' },
    { kind: 'not_declared', name: 'learner', declared: ['titled'] },
    { kind: 'not_declared', name: 'learner', declared: [] },
  ],
  unknown_metric: [
    { metric: 'young', known: [] },
    { metric: 'young', known: ['old'] },
  ],
  unknown_operator: [{ operator: 'foo' }],
  unknown_reference: [
    { kind: 'title_requirement', title: 'cdht', id: 'TC9' },
    { kind: 'framework', id: 'TC9' },
    { kind: 'framework', id: 'TC9', parent: 'cdht@2.0.0' },
    { kind: 'plan_remove', id: 'adults' },
    { kind: 'plan_override', id: 'adults' },
    { kind: 'level', id: 'muc9' },
    { kind: 'variant', id: 'difficult-area' },
    { kind: 'variant_title', variant: 'difficult-area', title: 'gdht' },
    { kind: 'role', role: 'mayor', rule: 'residents-2022' },
  ],
  unit_not_in_force: [{}],
  unordered_targets: [{ metric: 'adults' }],
  unsafe_var_path: [{ path: 'a.__proto__' }],
  xlsx_too_large: [
    { kind: 'rows', limit: 1_048_576 },
    { kind: 'shared_strings', limit: 2_000_000 },
    { kind: 'shared_string_chars', limit: 67_108_864 },
    { kind: 'stream', limit: 268_435_456 },
    { kind: 'part', part: 'xl/sharedStrings.xml', limit: 2_147_483_648 },
  ],
  invalid_transition: [
    { kind: 'state', action: 'recognise', state: 'self-assessed', from: ['reviewed'] },
    { kind: 'state', action: 'refuse', state: 'draft', from: ['self-assessed', 'reviewed'] },
    { kind: 'scores', action: 'submit' },
    { kind: 'sequence', seq: 3, expected: 2 },
    { kind: 'recorded', seq: 2, from: 'draft', to: 'reviewed', expectedFrom: 'self-assessed', expectedTo: 'reviewed' },
    { kind: 'dossier_state', state: 'recognised', log: 'reviewed' },
  ],
  no_recognition_rule: [
    { date: '2025-07-02', level: null },
    { date: '2025-07-02', level: 'district' },
  ],
  not_eligible: [{ decision: 'not-awarded' }],
  not_the_person: [{ person: 'KR25-00001' }],
  reason_required: [
    { action: 'refuse', scores: false },
    { action: 'review', scores: true },
  ],
  role_not_allowed: [{ action: 'recognise', role: 'commune-association', allowed: ['commune-authority'] }],
  wrong_unit: [
    { actual: 'Kon Tum / Kon Rẫy / Đắk Kôi', expected: 'Kon Tum / Kon Rẫy / Đắk Ruồng' },
    { actual: 'Quảng Ngãi / Đăk Rve', expected: null },
  ],
};

const VARIANT = {
  variant: 'difficult-area',
  label: { vi: 'Vùng khó khăn', en: 'Difficult areas' },
  when: { area: ['remote', 'especially-difficult'] },
  changes: { total: 70 },
  before: { total: 80, eachIndicator: 5 },
};

const REASONS: { readonly [C in ReasonCode]: readonly ReasonParams[C][] } = {
  criterion_below_min: [
    { target: 'TC1', actual: 7.5, expected: 8 },
    { target: 'TC1', actual: 7.5, expected: 8, possible: true },
  ],
  evidence_missing: [{ indicators: ['TC1.1'] }, { indicators: ['TC1.1', 'TC2.2'] }],
  indicator_below_min: [{ target: 'TC1.1', actual: 4, expected: 5 }],
  members_below: [
    {
      target: 'C3.1',
      actual: 17,
      expected: 18,
      counted: 20,
      threshold: 90,
      percent: true,
      who: { vi: 'thành viên', en: 'members' },
      what: { vi: 'đạt danh hiệu “Công dân học tập”', en: 'hold the Learning Citizen title' },
    },
    {
      target: 'C1.1',
      actual: 2,
      expected: 3,
      counted: 5,
      threshold: 3,
      percent: false,
      who: { vi: 'gia đình', en: 'families' },
      what: { vi: 'được công nhận “Gia đình học tập”', en: 'are recognised as Learning Families' },
    },
  ],
  members_undetermined: [
    { targets: ['C3.1'], undetermined: 1, missing: 0 },
    { targets: ['C3.1', 'C3.1M2'], undetermined: 2, missing: 3 },
  ],
  requirements_met: [{ actual: 85.25, expected: 80 }],
  targets_met: [{ met: 8 }],
  title_rule_failed: [{ target: 'cdht' }],
  total_below_min: [
    { actual: 78, expected: 80 },
    { actual: 78, expected: 80, possible: true },
  ],
  variant_applied: [
    { ...VARIANT, source: 'Tập huấn 244/QĐ-KHVN, Hội Khuyến học cấp tỉnh', verification: 'partial' },
    {
      ...VARIANT,
      when: { area: ['remote'], ethnic: [true] },
      changes: {
        totalShare: 0.7,
        eachIndicator: 4,
        eachCriterion: 10,
        criteria: { TC1: 20 },
        indicators: { 'TC1.1': 5 },
        required: ['TC2.1'],
      },
      verification: 'unverified',
    },
  ],
  variant_not_applied: [VARIANT],
  variant_unknown: [{ variants: [VARIANT, { ...VARIANT, variant: 'other' }] }],
};

/** What no finished message may contain: a hole where a parameter was missing. */
const HOLES = /undefined|NaN|\[object |\{[a-z]+\}/;

function checkTexts(vi: string, en: string): void {
  expect(vi.length).toBeGreaterThan(0);
  expect(en.length).toBeGreaterThan(0);
  expect(vi).not.toMatch(HOLES);
  expect(en).not.toMatch(HOLES);
  expect(vi.normalize('NFC')).toBe(vi);
  expect(vi).not.toBe(en);
}

describe('message catalogues', () => {
  it('give every issue code and kind a Vietnamese and an English message', () => {
    for (const code of IssueCodes) {
      const samples = ISSUES[code] as readonly Record<string, unknown>[];
      expect(samples.length, code).toBeGreaterThan(0);
      for (const params of samples) {
        const m = issueMessage(code, params as never);
        checkTexts(m.vi, m.en);
      }
    }
  });

  it('give every reason code a Vietnamese and an English message', () => {
    for (const code of ReasonCodes) {
      for (const params of REASONS[code] as readonly Record<string, unknown>[]) {
        const m = reasonMessage(code, params as never);
        checkTexts(m.vi, m.en);
      }
    }
  });

  it('have one catalogue per language with the same codes', () => {
    expect(Object.keys(catalogues)).toEqual(['vi', 'en']);
    for (const c of Object.values(catalogues)) {
      expect(Object.keys(c.issues).sort()).toEqual([...IssueCodes]);
      expect(Object.keys(c.reasons).sort()).toEqual([...ReasonCodes]);
    }
  });

  it('write numbers and dates the way each language does', () => {
    expect(issueMessage('invalid_evidence', { kind: 'out_of_range', value: 1086.5, min: 0, max: 1000 })).toEqual({
      vi: 'Giá trị 1.086,5 nằm ngoài khoảng 0–1.000 cho phép.',
      en: 'Value 1,086.5 is outside the allowed range 0–1,000.',
    });
    expect(issueMessage('unknown_framework', { kind: 'not_found', id: 'cdht', date: '2025-12-31' })).toEqual({
      vi: 'không có bộ tiêu chí "cdht" có hiệu lực ngày 31/12/2025',
      en: 'no framework "cdht" in force on 2025-12-31',
    });
    expect(reasonMessage('criterion_below_min', { target: 'TC1', actual: 7.5, expected: 8, possible: true })).toEqual({
      vi: 'tiêu chí TC1 tối đa có thể đạt 7,5 < 8',
      en: 'criterion TC1 can reach at most 7.5 < 8',
    });
    // Row numbers are positions in a file: never grouped.
    expect(issueMessage('invalid_csv', { kind: 'beyond_header', row: 12345 }).vi).toBe(
      'Dòng 12345 có ô nằm ngoài các cột của dòng tiêu đề.',
    );
  });

  it('tell the kinds of one code apart, the code staying the same', () => {
    const low = issue('invalid_evidence', ['data', 'n'], { kind: 'count_out_of_range', count: 12, min: null, max: 10 });
    const type = issue('invalid_evidence', ['data', 'n'], { kind: 'wrong_type', type: 'integer', got: '7.5' });
    expect([low.code, type.code]).toEqual(['invalid_evidence', 'invalid_evidence']);
    expect(low.message.vi).toBe('Số mục 12 nằm ngoài khoảng −∞–10 cho phép.');
    expect(type.message).toEqual({ vi: 'Cần một số nguyên, nhận được 7.5.', en: 'Expected an integer, got 7.5.' });
  });
});

describe('issue()', () => {
  it('carries the code, the path, the parameters and both messages; file and severity only when given', () => {
    const i = issue('unknown_operator', ['award', 'foo'], { operator: 'foo' });
    expect(i).toStrictEqual({
      code: 'unknown_operator',
      path: ['award', 'foo'],
      params: { operator: 'foo' },
      message: { vi: 'Toán tử không xác định "foo"', en: 'Unknown operator "foo"' },
    });
    expect(issue('invalid_as_of', [], { got: 'x' }, { file: 'a.json', severity: 'warning' })).toMatchObject({
      file: 'a.json',
      severity: 'warning',
    });
    // A tooling code is built by toolingIssue, with the same shape and the messages of its catalogue.
    expect(toolingIssue('unknown_file_kind', [], {}, { file: 'a.json', severity: 'warning' })).toStrictEqual({
      code: 'unknown_file_kind',
      path: [],
      params: {},
      message: issueMessage('unknown_file_kind', {}),
      file: 'a.json',
      severity: 'warning',
    });
    // @ts-expect-error the engine's issue() does not build tooling codes: their messages are not in its catalogue
    expect(() => issue('unknown_file_kind', [], {})).toThrow();
  });

  it('splits the codes: the engine raises none of the tooling codes, and every code has a message in both catalogues', () => {
    expect([...ToolingIssueCodes].sort()).toEqual([...ToolingIssueCodes]);
    for (const code of ToolingIssueCodes) expect(IssueCodes).toContain(code);
    for (const lang of ['vi', 'en'] as const) {
      expect(Object.keys(catalogues[lang].issues).sort()).toEqual([...IssueCodes].sort());
      for (const code of ToolingIssueCodes) expect(Object.keys(engineCatalogues[lang].issues)).not.toContain(code);
    }
  });

  it('is typed by code: the code is a union and narrowing it types the parameters', () => {
    expectTypeOf<Issue['code']>().toEqualTypeOf<IssueCode>();
    const i = issue('invalid_evidence', [], { kind: 'out_of_range', value: 11, min: 0, max: 10 }) as Issue;
    if (i.code === 'invalid_evidence' && i.params.kind === 'out_of_range') {
      expectTypeOf(i.params.max).toEqualTypeOf<number | null>();
      expect(i.params.max).toBe(10);
    } else expect.unreachable();
    const wrong = (): void => {
      // @ts-expect-error: not a code
      issue('value_too_big', [], {});
      // @ts-expect-error: the parameters of unknown_operator
      issue('unknown_operator', [], { op: 'x' });
    };
    expect(wrong).toBeTypeOf('function');
  });
});
