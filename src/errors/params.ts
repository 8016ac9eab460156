import type { Reason } from '../format/evaluation.js';
import type { IssueCode, ReasonCode } from './codes.js';

/** Text in Vietnamese and English, for parameters that come translated (labels, plugin messages). */
export interface LocalizedParam {
  readonly vi: string;
  readonly en: string;
}

/** Parameters of a code whose message needs none. */
export type NoParams = { readonly [key: string]: never };

/**
 * The parameters each issue code carries, by code. Every value is plain JSON (issues cross worker
 * threads and are printed with `--json`). Codes that have several wordings carry a `kind`, so
 * their code stays stable while the message can say exactly what went wrong.
 *
 * Numbers are values (formatted per language when a message is built); `row`, `line` and
 * `column` are positions in a file and print as they are.
 *
 * @category Errors
 */
export interface IssueParams {
  /**
   * What ahead-of-time compilation cannot write as code: a plugin's operator (its code is not in the
   * framework), a value no JSON file holds, or a collective framework (members are judged by the engine).
   */
  aot_unsupported:
    | { readonly kind: 'operator'; readonly operator: string }
    | { readonly kind: 'value'; readonly type: string }
    | { readonly kind: 'collective' };
  /**
   * Worker threads on an engine with `plugins` and no plugin modules to load them (`missing`), or
   * modules that give the workers other plugins than the engine has (`mismatch`, names in order).
   */
  batch_plugins_required:
    | { readonly kind: 'missing'; readonly plugins: readonly string[] }
    | { readonly kind: 'mismatch'; readonly engine: readonly string[]; readonly workers: readonly string[] };
  /** Worker threads without the framework files to load in each thread. */
  batch_sources_required: NoParams;
  /** A worker thread failed; `detail` is its error message. */
  batch_worker_failed: { readonly detail: string };
  /** An XLSX cell holding an error value such as `#DIV/0!` or `#N/A` (`value`); the row is rejected. */
  cell_error: { readonly cell: string; readonly value: string };
  /** A rule reads derived value `name` before it is computed. */
  derived_order: { readonly name: string };
  /** A collective's second record for a period in one batch; `first` is the record number of the first. */
  duplicate_collective: {
    readonly collective: string;
    readonly collectiveKind: string;
    readonly period: string;
    readonly first: number;
  };
  /** An id is used twice: `first` is the JSON path where it first appears (kind `id`). */
  duplicate_id:
    | { readonly kind: 'id'; readonly id: string; readonly first: string }
    | {
        readonly kind:
          | 'title'
          | 'inherited_indicator'
          | 'inherited_criterion'
          | 'inherited_title'
          | 'milestone'
          | 'metric'
          | 'member_condition'
          | 'variant';
        readonly id: string;
      };
  /**
   * A key written twice in one object: in a file (`at` and `first`, line and column), two keys that
   * are the same text once NFC-normalised (`nfc`), or in one evidence record (`record`, which is
   * rejected; `at` is where the repeat is when the record is one line of NDJSON).
   */
  duplicate_key:
    | {
        readonly kind: 'file';
        readonly key: string;
        readonly at: { readonly line: number; readonly column: number };
        readonly first: { readonly line: number; readonly column: number };
      }
    | { readonly kind: 'nfc'; readonly first: string; readonly second: string }
    | {
        readonly kind: 'record';
        readonly key: string;
        readonly at?: { readonly line: number; readonly column: number };
      };
  /** A member evaluation given twice for one collective. */
  duplicate_member: { readonly member: string };
  /** Two plugins with one name. */
  duplicate_plugin: { readonly plugin: string };
  /**
   * A person's second record for a period; `first` is the row (or, `at: 'record'`, the record
   * number) of the first, in `firstFile` when that is another file or the reader reads several.
   */
  duplicate_record: {
    readonly id: string;
    readonly period: string;
    readonly first: number;
    readonly at?: 'row' | 'record';
    readonly firstFile?: string;
  };
  /**
   * A unit with two population rows (`population`), listed twice for the same dates in a units file
   * (`listed`), or mapped twice in a unit mapping (`mapped`); `unit` is its path as text, `first` the
   * index of the first entry.
   */
  duplicate_unit:
    | { readonly kind: 'population' }
    | { readonly kind: 'listed' | 'mapped'; readonly unit: string; readonly first: number };
  /** A dossier step dated `date`, before the previous step (`last`): the log only moves forward. */
  date_order: { readonly date: string; readonly last: string };
  /** A framework version loaded twice. */
  duplicate_version: { readonly id: string; readonly version: string };
  /** `framework` (id@version) is in force from `from` while `previous` still is. */
  effective_overlap: {
    readonly framework: string;
    readonly from: string;
    readonly previous: string;
    readonly previousFrom: string;
    /** `null` when the previous version has no end date. */
    readonly previousUntil: string | null;
  };
  /** A declared evidence field no rule reads. */
  evidence_never_read: { readonly field: string };
  /** An evidence record whose objects and arrays nest more than `max` levels (the record is level 1). */
  evidence_too_deep: { readonly max: number };
  /** A framework (`self`, `cycle`) or a plan (`plan`) that extends itself. */
  extends_cycle:
    | { readonly kind: 'self'; readonly extends: string }
    | { readonly kind: 'cycle'; readonly id: string; readonly parent: string }
    | { readonly kind: 'plan'; readonly id: string };
  /**
   * One field over the readers' cap: a CSV field (`csv`, at `row` and `column`, `limit` in UTF-8
   * bytes) or an XLSX cell (`cell`, `limit` in characters). The row is rejected.
   */
  field_too_large:
    | { readonly kind: 'csv'; readonly row: number; readonly column: number; readonly limit: number }
    | { readonly kind: 'cell'; readonly cell: string; readonly limit: number };
  /** An XLSX formula cell saved without its result (written by a program that does not calculate). */
  formula_without_value: { readonly cell: string };
  /** An indicator that gives everyone the same points: a literal `award` (JSON text), or a rule reading nothing. */
  indicator_always_scores:
    | { readonly kind: 'literal'; readonly indicator: string; readonly points: number; readonly award: string }
    | { readonly kind: 'reads_nothing'; readonly indicator: string };
  /** An indicator that never applies (`when` literally false) or never scores (literal `award`, JSON text). */
  indicator_never_scores:
    | { readonly kind: 'never_applies'; readonly indicator: string }
    | { readonly kind: 'literal'; readonly indicator: string; readonly award: string };
  /** An operator given `count` arguments; it takes `min` to `max` (`null`: no upper bound). */
  invalid_arity: {
    readonly operator: string;
    readonly min: number;
    readonly max: number | null;
    readonly count: number;
  };
  /** A CSV (or XLSX) table that cannot be read as records. */
  invalid_csv:
    | { readonly kind: 'unclosed_quote'; readonly row: number }
    | { readonly kind: 'text_after_quote'; readonly row: number; readonly char: string }
    | { readonly kind: 'cell_count'; readonly row: number; readonly cells: number; readonly columns: number }
    | { readonly kind: 'beyond_header'; readonly row: number }
    | { readonly kind: 'header_not_path'; readonly column: number; readonly text: string }
    | { readonly kind: 'duplicate_column'; readonly text: string }
    | { readonly kind: 'unsplit'; readonly row: number }
    | { readonly kind: 'unreadable'; readonly detail: string };
  /** A date that does not exist: `month` has no `day` (a plan's reporting day). */
  invalid_date: { readonly kind: 'reporting_day'; readonly month: number; readonly day: number };
  /** A framework that is an alias (`form.kind: alias`) of `of` but does not extend it, or changes what is assessed (`key`). */
  invalid_alias:
    | { readonly kind: 'must_extend'; readonly of: string }
    | { readonly kind: 'changes_assessment'; readonly of: string; readonly key: string };
  /** An evaluation date that is no ISO date, dd/MM/yyyy date or valid `Date`; `got` shows what was given. */
  invalid_as_of: { readonly got: string };
  /** A range that ends before it starts: the plan's period, a milestone, the reporting years, a unit's dates. */
  invalid_date_range:
    | { readonly kind: 'plan_period' }
    | { readonly kind: 'milestone'; readonly id: string }
    | { readonly kind: 'reporting_years' }
    | { readonly kind: 'unit'; readonly unit: string; readonly from: string; readonly until: string }
    | { readonly kind: 'rule'; readonly rule: string; readonly from: string; readonly until: string };
  /** `effective.until` before `effective.from`. */
  invalid_effective_dates: { readonly from: string; readonly until: string };
  /**
   * Text that is not UTF-8 (`not_utf8`), looks UTF-16 (`utf16`, the whole file), or holds a NUL byte
   * (`nul`, which text never does), at `row` and, when known, `byte`.
   */
  invalid_encoding:
    | { readonly kind: 'utf16' | 'not_utf8'; readonly row: number; readonly byte?: number }
    | { readonly kind: 'nul'; readonly row: number; readonly byte: number };
  /** An evidence value that does not fit its declared field. */
  invalid_evidence:
    | {
        readonly kind: 'out_of_range';
        readonly value: number;
        readonly min: number | null;
        readonly max: number | null;
      }
    | {
        readonly kind: 'count_out_of_range';
        readonly count: number;
        readonly min: number | null;
        readonly max: number | null;
      }
    | {
        readonly kind: 'wrong_type';
        /** The declared type (`number`, `assessment`, `enum`, …). */
        readonly type: string;
        /** Allowed values of an enum or string field. */
        readonly values?: readonly string[];
        /** Score range of an assessment. */
        readonly min?: number;
        readonly max?: number;
        /** What was found, as short text (`"abc"`, `null`, `object`, `11`). */
        readonly got: string;
      }
    | { readonly kind: 'assessment_key'; readonly key: string }
    | {
        readonly kind: 'plugin';
        readonly type: string;
        readonly label: LocalizedParam;
        /** The plugin's own explanation. */
        readonly problem: LocalizedParam;
      };
  /** JSON that cannot be read; `detail` is the parser's message. */
  invalid_json:
    | { readonly kind: 'not_utf8' }
    | { readonly kind: 'syntax'; readonly detail: string; readonly line?: number; readonly column?: number }
    | { readonly kind: 'line'; readonly line: number; readonly detail: string }
    | { readonly kind: 'record'; readonly row: number; readonly detail: string }
    | { readonly kind: 'empty_element'; readonly row: number }
    | { readonly kind: 'unterminated_record'; readonly row: number }
    | { readonly kind: 'not_records' }
    | { readonly kind: 'trailing'; readonly line: number; readonly column: number };
  /** A plan metric with `use` that also gives `population`/`counted`. */
  invalid_metric: { readonly metric: string };
  /** A plugin operator without its `evaluate` (or `evaluateLazy`) function. */
  invalid_operator: { readonly operator: string };
  /** An object in rule position whose keys (`keys`, in order) are not exactly one operator. */
  invalid_rule_object: { readonly keys: readonly string[] };
  /** A JSON value nested more than `max` levels deep; `at` is where, in a file. */
  json_too_deep: { readonly max: number; readonly at?: { readonly line: number; readonly column: number } };
  /** A malformed plugin: what is wrong and where. */
  invalid_plugin:
    | { readonly kind: 'not_a_plugin' }
    | { readonly kind: 'unknown_part' | 'part_not_object'; readonly plugin: string; readonly part: string }
    | { readonly kind: 'unknown_hook' | 'bad_hook'; readonly plugin: string; readonly hook: string }
    | {
        readonly kind: 'bad_contribution';
        readonly plugin: string;
        readonly part: string;
        readonly key: string;
        readonly problem:
          | 'invalid_name'
          | 'not_object'
          | 'needs_description'
          | 'needs_kind'
          | 'old_lazy_form'
          | 'needs_evaluate'
          | 'needs_label'
          | 'needs_json_schema'
          | 'needs_metric_functions'
          | 'needs_format'
          | 'needs_messages'
          | 'bad_message';
      };
  /**
   * A dossier step that does not follow: `action` from `state` (it needs one of `from`), scores on a
   * step other than a review, or a stored log whose entry `seq` or recorded states (`recorded`) or
   * whose dossier `state` disagree with what the workflow gives.
   */
  invalid_transition:
    | {
        readonly kind: 'state';
        readonly action: string;
        readonly state: string;
        readonly from: readonly string[];
      }
    | { readonly kind: 'scores'; readonly action: string }
    | { readonly kind: 'sequence'; readonly seq: number; readonly expected: number }
    | {
        readonly kind: 'recorded';
        readonly seq: number;
        readonly from: string;
        readonly to: string;
        readonly expectedFrom: string;
        readonly expectedTo: string;
      }
    | { readonly kind: 'dossier_state'; readonly state: string; readonly log: string };
  /** An evidence record of the wrong shape; see {@link ShapeParams}. */
  invalid_record: ShapeParams;
  /**
   * A framework that is not collective where a collective one is needed, or the reverse: a collective
   * framework without its section (`missing_section`), a section in a person's framework
   * (`section_without_kind`), a `form` on a collective (`has_form`), members of its own kind
   * (`own_kind`), a child changing what its parent judges (`inherited`), a person's record given to
   * a collective framework (`needs_members`), a collective given to a person's framework or to one of
   * another kind (`not_collective`, `wrong_kind`).
   */
  invalid_collective:
    | { readonly kind: 'missing_section' | 'section_without_kind' | 'has_form' }
    | { readonly kind: 'own_kind'; readonly collective: string }
    | { readonly kind: 'inherited'; readonly parent: string; readonly was: string; readonly now: string }
    | { readonly kind: 'needs_members' | 'not_collective'; readonly framework: string }
    | { readonly kind: 'wrong_kind'; readonly framework: string; readonly judges: string; readonly given: string };
  /**
   * A member that is not an evaluation: not a list of members (`not_list`), not an object, or without
   * a usable part (`framework`, `titles`, `period`, `memberships`, `collective`, `person`). `position` is 1-based.
   */
  invalid_member: {
    readonly kind:
      | 'not_list'
      | 'not_object'
      | 'framework'
      | 'titles'
      | 'period'
      | 'memberships'
      | 'collective'
      | 'person';
    readonly position: number;
  };
  /** An aggregate row without a usable unit. */
  invalid_row: NoParams;
  /** A unit that is not an object of level → name. */
  invalid_unit: NoParams;
  /**
   * An XLSX workbook that cannot be read (from `row` on, when rows had been read), or one cell of
   * it (`cell`, the row is rejected); see {@link XlsxProblem}.
   */
  invalid_xlsx: XlsxProblem;
  /** An optional dependency needed for `kind` of work (`xlsx`: writing workbooks; evidence workbooks are read without it) is not installed. */
  missing_dependency: { readonly kind: 'xlsx'; readonly package: string };
  /** An XLSX cell inside a merged range other than its top-left cell, which Excel leaves empty; the row is rejected. */
  merged_cell: { readonly cell: string; readonly range: string };
  /** A required evidence field is absent. */
  missing_evidence: { readonly field: string; readonly label: LocalizedParam };
  /** A field that must be given. */
  missing_field:
    | { readonly kind: 'framework_key'; readonly key: string }
    | { readonly kind: 'no_indicators'; readonly criterion: string }
    | { readonly kind: 'metric_rules'; readonly metric: string }
    | { readonly kind: 'mapping_side'; readonly index: number; readonly side: 'from' | 'to' };
  /** A plan without metrics. */
  missing_metrics: NoParams;
  /** The parent named by `extends` is not loaded. */
  missing_parent: { readonly kind: 'framework' | 'plan'; readonly extends: string };
  /** An extra operator named like a standard one (`rule`: given to the compiler; `plugin`: by a plugin). */
  operator_conflict:
    | { readonly kind: 'rule'; readonly operator: string }
    | { readonly kind: 'plugin'; readonly plugin: string; readonly operator: string };
  /** A number that is not finite (`NaN`, `Infinity`, `-Infinity`; 1e309 is read as Infinity). */
  non_finite_number: { readonly value: 'NaN' | 'Infinity' | '-Infinity' };
  /** No rule of the recognition policy covers this kind of dossier (`residents`, or staff of units at `level`) on `date`. */
  no_recognition_rule: { readonly date: string; readonly level: string | null };
  /** A dossier recognised though its last evaluation did not award the title (`decision`). */
  not_eligible: { readonly decision: string };
  /** A step only the dossier's own person (`person`) may take, taken by someone else. */
  not_the_person: { readonly person: string };
  /** A record naming the shared base framework `id` instead of a form; `forms` are the official forms in force. */
  not_a_form: { readonly kind: 'base' | 'collective'; readonly id: string; readonly forms: readonly string[] };
  /**
   * A file given to `report` that holds no evaluations: a CSV or XLSX file (`format`), evidence
   * records (`evidence`), or rows none of which is an evaluation or a fact row (`none`).
   */
  not_evaluations:
    | { readonly kind: 'format'; readonly format: string }
    | { readonly kind: 'evidence' | 'none'; readonly rows: number };
  /** A command argument that is no file, folder or bundled id; `bundled` lists the ids of that kind. */
  not_found: { readonly name: string; readonly bundled: readonly string[] };
  /** A unit outside the plan's scope. */
  outside_scope: NoParams;
  /** Aggregates of different plans: merged (`merge`), or reported against another plan (`progress`). */
  plan_mismatch:
    | { readonly kind: 'merge'; readonly plan: string; readonly other: string }
    | { readonly kind: 'progress'; readonly plan: string; readonly aggregate: string }
    | { readonly kind: 'units'; readonly plan: string; readonly asOf: string | null; readonly other: string | null };
  /** Two plugins contribute the same `part.key`. */
  plugin_conflict: { readonly part: string; readonly key: string; readonly first: string; readonly second: string };
  /**
   * Plugin code threw in `hook` (`detail` is its message), or returned what cannot be used
   * (`bad_result`: a formatter's result that is no text or bytes, a `transformRecord` hook's record
   * that the framework rejects — `got` is the first problem).
   */
  plugin_error:
    | { readonly plugin: string; readonly hook: string; readonly detail: string; readonly kind?: undefined }
    | {
        readonly plugin: string;
        readonly hook: string;
        readonly kind: 'bad_result';
        readonly expected: 'text_or_bytes' | 'record';
        readonly got: string;
      };
  /** A plugin module that cannot be imported, or exports no plugin. */
  plugin_load_failed:
    | { readonly kind: 'import' | 'factory'; readonly module: string; readonly detail: string }
    | { readonly kind: 'no_plugin'; readonly module: string };
  /** Points that do not add up. */
  points_inconsistent:
    | { readonly kind: 'indicator_min'; readonly indicator: string; readonly min: number; readonly points: number }
    | { readonly kind: 'rubric_level'; readonly indicator: string; readonly level: number; readonly points: number }
    | { readonly kind: 'criterion_max'; readonly criterion: string; readonly max: number; readonly sum: number }
    | { readonly kind: 'criterion_min'; readonly criterion: string; readonly min: number; readonly sum: number };
  /**
   * One record over the readers' cap (a CSV record, an NDJSON line, an element of a JSON array, an
   * XLSX row), `limit` in UTF-8 `bytes` or in `characters`; the record is rejected.
   */
  record_too_large: { readonly row: number; readonly limit: number; readonly unit: 'bytes' | 'characters' };
  /** A dossier step that needs a reason: refusing, returning, revoking (`action`), or a reviewer replacing scores (`scores`). */
  reason_required: { readonly action: string; readonly scores: boolean };
  /** A role (`role`) that may not take this step (`action`); `allowed` are the roles that may. */
  role_not_allowed: { readonly action: string; readonly role: string; readonly allowed: readonly string[] };
  /** A rule nested deeper than `max` levels. */
  rule_too_deep: { readonly max: number };
  /** A rule of more than `max` nodes. */
  rule_too_large: { readonly max: number };
  /** In `owner`'s rule, `operator` compares `field` (of `type`) with a `literal` (JSON text) of another type. */
  /**
   * A framework that `extends` another changes its scale: the `maximum` (sum of the indicators'
   * points) moves, or a title's least total as a share of the maximum does (`title_share`;
   * `before`/`after` are `{ total, max }`). `parent` is `id@version`.
   */
  scale_changed:
    | {
        readonly kind: 'maximum';
        readonly parent: string;
        readonly before: number;
        readonly after: number;
        /** Every title with a total threshold states it only as a share (`totalShare`): each follows the maximum. */
        readonly shared?: true;
      }
    | {
        readonly kind: 'title_share';
        readonly parent: string;
        readonly title: string;
        readonly before: { readonly total: number; readonly max: number };
        readonly after: { readonly total: number; readonly max: number };
      };
  rule_type_mismatch: {
    readonly owner: string;
    readonly field: string;
    readonly type: string;
    readonly literal: string;
    readonly operator: string;
  };
  /** The demo's sample data is not at `path`. */
  sample_missing: { readonly path: string };
  /** A file that does not match its format's schema; see {@link ShapeParams}. */
  schema_violation: ShapeParams;
  /** A title no one can earn: it needs `need` points where at most `best` exist, or its rule is always false. */
  title_unreachable:
    | { readonly kind: 'total'; readonly title: string; readonly need: number; readonly best: number }
    | {
        readonly kind: 'indicator';
        readonly title: string;
        readonly indicator: string;
        readonly need: number;
        readonly best: number;
      }
    | {
        readonly kind: 'criterion';
        readonly title: string;
        readonly criterion: string;
        readonly need: number;
        readonly best: number;
      }
    | { readonly kind: 'rule_false'; readonly title: string };
  /** A rule reads `read` whose head is not declared (`rule_reads`), or an indicator lists an undeclared field. */
  undeclared_evidence:
    | { readonly kind: 'rule_reads'; readonly read: string; readonly head: string }
    | { readonly kind: 'indicator_lists'; readonly indicator: string; readonly field: string };
  /** A record field the framework does not declare (dotted path). */
  unknown_evidence_field: { readonly field: string };
  /** An evidence type neither built in nor registered by a plugin. */
  unknown_evidence_type: { readonly type: string; readonly builtIn: readonly string[] };
  /** A JSON file that is not a framework, plan or case file. */
  unknown_file_kind: NoParams;
  /** An evidence source of unknown format (`source`: `null` for a stream), or an unknown report format. */
  unknown_format:
    | { readonly kind: 'evidence'; readonly source: string | null }
    | { readonly kind: 'report'; readonly format: string; readonly known: readonly string[] };
  /** A framework that is not there. */
  unknown_framework:
    | { readonly kind: 'not_loaded'; readonly id: string; readonly version: string }
    | { readonly kind: 'not_found'; readonly id: string; readonly date?: string }
    | { readonly kind: 'no_choice'; readonly group: string; readonly date: string; readonly count: number }
    | { readonly kind: 'unknown_name'; readonly name: string; readonly known: readonly string[] }
    | { readonly kind: 'cases'; readonly id: string }
    | {
        readonly kind: 'no_collective_choice';
        readonly collective: string;
        readonly level: string | null;
        readonly date: string;
        readonly candidates: readonly string[];
      };
  /**
   * A member given for a collective it does not belong to: of a kind the framework does not count
   * (`member_kind`), not naming the collective in its memberships (`not_named`), of another period.
   */
  member_mismatch:
    | {
        readonly kind: 'member_kind';
        readonly member: string;
        readonly memberKind: string;
        readonly framework: string;
        readonly counted: readonly string[];
      }
    | {
        readonly kind: 'not_named';
        readonly member: string;
        readonly collective: string;
        readonly collectiveKind: string;
      }
    | { readonly kind: 'period'; readonly member: string; readonly period: string; readonly expected: string };
  /** A member operator outside a collective framework's indicators: in a person's framework, or in a title rule. */
  member_operator_misplaced: { readonly kind: 'individual' | 'title'; readonly operator: string };
  /** More member evaluations name a collective than its record's `size`. */
  members_exceed_size: { readonly collective: string; readonly size: number; readonly received: number };
  /** A citizen group no plugin registers. */
  unknown_group: { readonly group: string; readonly known: readonly string[] };
  /** A unit level no hierarchy of the plan holds (`unit`), or a scope level missing from a hierarchy (`scope`). */
  unknown_level:
    | { readonly kind: 'unit' }
    | { readonly kind: 'scope'; readonly level: string }
    | { readonly kind: 'rule'; readonly rule: string; readonly level: string };
  /** A plan metric that `use`s a plugin metric not registered. */
  unknown_metric: { readonly metric: string; readonly known: readonly string[] };
  /** An operator not registered. */
  unknown_operator: { readonly operator: string };
  /** An id that names nothing. */
  unknown_reference:
    | { readonly kind: 'title_requirement'; readonly title: string; readonly id: string }
    | { readonly kind: 'framework'; readonly id: string; readonly parent?: string }
    | { readonly kind: 'plan_remove' | 'plan_override'; readonly id: string }
    | { readonly kind: 'level'; readonly id: string }
    | { readonly kind: 'variant'; readonly id: string }
    | { readonly kind: 'variant_title'; readonly variant: string; readonly title: string }
    | { readonly kind: 'role'; readonly role: string; readonly rule: string };
  /** A member operator naming a condition the collective framework does not declare, or not by a string. */
  unknown_member_condition:
    | { readonly kind: 'not_literal'; readonly operator: string }
    | { readonly kind: 'not_declared'; readonly name: string; readonly declared: readonly string[] };
  /** A metric's targets out of date order. */
  unordered_targets: { readonly metric: string };
  /** A `var` path through `__proto__`, `constructor` or `prototype`. */
  unsafe_var_path: { readonly path: string };
  /**
   * An XLSX workbook over a whole-file cap, not read: its sheet's `rows`, the number of
   * `shared_strings` or their characters (`shared_string_chars`), one `part` once inflated (bytes),
   * or a workbook given as a `stream` (bytes, held in memory).
   */
  xlsx_too_large:
    | { readonly kind: 'rows' | 'shared_strings' | 'shared_string_chars' | 'stream'; readonly limit: number }
    | { readonly kind: 'part'; readonly part: string; readonly limit: number };
  /**
   * A unit of a level no hierarchy in force on the report date holds (a district unit after
   * 1/7/2025 with no unit mapping to carry it over, or a new unit before it existed).
   */
  unit_not_in_force: NoParams;
  /**
   * An actor acting for `actual` on a dossier that the unit `expected` handles (`null`: no unit in
   * force holds the dossier's unit on that date); both are unit paths as text.
   */
  wrong_unit: { readonly actual: string; readonly expected: string | null };
}

/**
 * Why an XLSX workbook, or one of its cells, cannot be read. Whole-file kinds carry `row`, the row
 * where reading stopped, when rows had been read: the zip or a part is damaged (`unreadable`, with
 * the library's `detail`), there is no worksheet (`no_worksheet`), a structure Excel never writes
 * (`doctype`, `tag_without_name`, `ends_inside_tag`, `cell_outside_row`, `row_closed_twice`, a
 * `row_number` out of order, a bad `cell_reference`), or past a structural cap (`token_too_long`,
 * `too_deep`, `too_many_styles`, `too_many_merges`, `too_many_parts`). Cell kinds reject their row:
 * `missing_shared_string` (`index`), `not_a_number` (`text`).
 *
 * @category Errors
 */
export type XlsxProblem =
  | { readonly kind: 'unreadable'; readonly detail: string; readonly row?: number }
  | { readonly kind: 'no_worksheet'; readonly part: string; readonly row?: number }
  | {
      readonly kind: 'doctype' | 'tag_without_name' | 'ends_inside_tag' | 'cell_outside_row' | 'row_closed_twice';
      readonly row?: number;
    }
  | { readonly kind: 'row_number'; readonly value: string; readonly previous: number; readonly row?: number }
  | { readonly kind: 'cell_reference'; readonly value: string; readonly row?: number }
  | {
      readonly kind: 'token_too_long' | 'too_deep' | 'too_many_styles' | 'too_many_merges' | 'too_many_parts';
      readonly limit: number;
      readonly row?: number;
    }
  | { readonly kind: 'missing_shared_string'; readonly cell: string; readonly index: string }
  | { readonly kind: 'not_a_number'; readonly cell: string; readonly text: string };

/**
 * What is wrong with the shape of a value (from its zod format): a property that is `required` or
 * unknown, the wrong `type` (`string`, `number | object`, …), a `pattern` or date format not
 * matched, a value not among `enum` `values`, a number beyond a `limit` (`comparison` is `>=`, `>`,
 * `<=` or `<`), too few or too many items or characters, or `other` with zod's own `detail`.
 *
 * @category Errors
 */
export type ShapeParams =
  | { readonly kind: 'required'; readonly property: string }
  | {
      readonly kind: 'unknown_property';
      readonly property: string;
      /** The allowed property nearest in spelling (`overrides` for `overides`), when one is close. */
      readonly suggestion?: string | undefined;
    }
  | { readonly kind: 'type'; readonly type: string }
  | {
      readonly kind: 'pattern';
      readonly pattern: string;
      /** What the pattern stands for, when it is one of the formats' own (see {@link PatternForm}). */
      readonly form?: PatternForm | undefined;
    }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'limit'; readonly comparison: string; readonly limit: number }
  | { readonly kind: 'min_items' | 'max_items' | 'min_length' | 'max_length'; readonly limit: number }
  | { readonly kind: 'other'; readonly detail: string };

/**
 * The named forms of the formats' patterns, so a message says “a version like 2.0.0” rather than
 * printing the regular expression: `version` (semantic version), `id` (lowercase id with hyphens),
 * `name` (field or attribute name), `code` (criterion or indicator code), `extends` (`id@range`),
 * `group` (citizen group), `date` (`yyyy-MM-dd`).
 *
 * @category Errors
 */
export type PatternForm = 'version' | 'id' | 'name' | 'code' | 'extends' | 'group' | 'date';

/** Title requirements as a reason names them (a variant's changes, a title's own requirements). */
export type TitleRequirementsParam = ReasonParams['variant_applied']['changes'];

/**
 * The parameters of each reason code: the reason's own fields besides `code` and `message`
 * (see `ReasonSchema`, their one source).
 *
 * @category Errors
 */
export type ReasonParams = { readonly [C in Reason['code']]: Omit<Extract<Reason, { code: C }>, 'code' | 'message'> };

// Compile-time checks: the parameter tables name exactly the listed codes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<keyof IssueParams, IssueCode> & Same<keyof ReasonParams, ReasonCode>;
