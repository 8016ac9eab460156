import type { IssueParams, XlsxProblem } from '../errors/params.js';
import type { ToolingIssueMessages } from './catalogue.js';
import { formatList, formatNumber, formatPercent, joinWith } from './format.js';

// English messages of the tooling codes: readers, batches, plans, lint and the command line. They
// are kept apart from en.ts so that an app bundling only the engine does not carry them.

const n = (x: number): string => formatNumber(x, 'en');

const notValidJson = (row: number, why: string): string => `Record ${row} is not valid JSON: ${why}`;

const xlsxWhy = (p: XlsxProblem): string => {
  switch (p.kind) {
    case 'unreadable':
      return `the file is damaged or not an XLSX workbook (${p.detail})`;
    case 'no_worksheet':
      return `no worksheet (${p.part})`;
    case 'doctype':
      return 'a DOCTYPE or declaration, which a workbook never has';
    case 'tag_without_name':
      return 'a tag without a name';
    case 'ends_inside_tag':
      return 'the XML ends inside a tag';
    case 'cell_outside_row':
      return 'a cell outside a row';
    case 'row_closed_twice':
      return 'a row closed twice';
    case 'row_number':
      return `row number "${p.value}" after row ${p.previous} is not one Excel writes`;
    case 'cell_reference':
      return `cell reference "${p.value}" is not one Excel allows`;
    case 'token_too_long':
      return `a tag, comment or entity longer than ${n(p.limit)} characters`;
    case 'too_deep':
      return `elements nested more than ${n(p.limit)} deep`;
    case 'too_many_styles':
      return `more than ${n(p.limit)} styles`;
    case 'too_many_merges':
      return `more than ${n(p.limit)} merged ranges`;
    case 'too_many_parts':
      return `more than ${n(p.limit)} parts`;
    case 'missing_shared_string':
      return `shared string ${p.index} does not exist`;
    case 'not_a_number':
      return `"${p.text}" is not a number`;
  }
};

const xlsxLimit = (p: IssueParams['xlsx_too_large']): string => {
  switch (p.kind) {
    case 'rows':
      return `the sheet has more than ${n(p.limit)} rows`;
    case 'shared_strings':
      return `more than ${n(p.limit)} shared strings`;
    case 'shared_string_chars':
      return `shared strings longer than ${n(p.limit)} characters in all`;
    case 'stream':
      return `a workbook read from a stream is larger than ${n(p.limit)} bytes`;
    case 'part':
      return `the part ${p.part} is larger than ${n(p.limit)} bytes once inflated`;
  }
};

/**
 * English messages of the tooling issue codes.
 *
 * @category Messages
 */
export const enTooling: ToolingIssueMessages = {
  aot_unsupported: (p) =>
    p.kind === 'operator'
      ? `"${p.operator}" cannot be compiled ahead of time: a standalone module can use only the standard and domain operators (a plugin's operator runs only in the engine)`
      : p.kind === 'value'
        ? `a ${p.type} value cannot be written into a module (a rule from a JSON file holds none)`
        : 'a collective framework cannot be compiled ahead of time: its members are judged by the engine (evaluateCollective)',
  batch_plugins_required: (p) =>
    p.kind === 'missing'
      ? `the engine has plugins (${formatList(p.plugins)}): pass their modules (plugins) so workers can import them`
      : `the plugin modules give the worker threads other plugins (${formatList(p.workers) || '–'}) than the engine has (${formatList(p.engine) || '–'})`,
  batch_sources_required: () => 'worker threads need the framework files (sources) to load them again',
  batch_worker_failed: (p) => `a batch worker failed: ${p.detail}`,
  cell_error: (p) => `Cell ${p.cell} holds the error value ${p.value}.`,
  duplicate_record: (p) =>
    `Person "${p.id}" already has a record for period ${p.period} ${p.firstFile === undefined ? 'at' : `in ${p.firstFile}`} ${p.at === 'record' ? 'record' : 'row'} ${p.first}; this one is rejected.`,
  duplicate_unit: (p) =>
    p.kind === 'population'
      ? 'The unit has two population rows.'
      : p.kind === 'listed'
        ? `unit ${p.unit} is already listed at units[${p.first}] for the same dates`
        : `old unit ${p.unit} is already mapped at entries[${p.first}]`,
  effective_overlap: (p) =>
    `${p.framework} is in force from ${p.from} but ${p.previous} is still in force (${p.previousFrom} – ${
      p.previousUntil ?? 'open-ended'
    })`,
  evidence_never_read: (p) => `evidence "${p.field}" is declared but no rule reads it`,
  field_too_large: (p) =>
    p.kind === 'csv'
      ? `Row ${p.row}, column ${p.column} is longer than ${n(p.limit)} bytes (the limit for one cell).`
      : `Cell ${p.cell} is longer than ${n(p.limit)} characters (the limit for one cell).`,
  formula_without_value: (p) =>
    `Cell ${p.cell} has a formula but no saved result (the file was written by a program that does not calculate); open and save it in Excel or LibreOffice.`,
  indicator_always_scores: (p) =>
    p.kind === 'literal'
      ? `indicator ${p.indicator} always scores ${n(p.points)} for everyone (award is ${p.award})`
      : `the rule of indicator ${p.indicator} reads no evidence, so everyone gets the same points`,
  indicator_never_scores: (p) =>
    p.kind === 'never_applies'
      ? `indicator ${p.indicator} never applies (its when is always false)`
      : `indicator ${p.indicator} can never score (award is ${p.award})`,
  invalid_csv: (p) => {
    switch (p.kind) {
      case 'unclosed_quote':
        return `Row ${p.row} is broken: a quote opened and never closed before the end of the file.`;
      case 'text_after_quote':
        return `Row ${p.row} is broken: character "${p.char}" after a closing quote.`;
      case 'cell_count':
        return `Row ${p.row} has ${n(p.cells)} cells but the header has ${n(p.columns)} columns.`;
      case 'beyond_header':
        return `Row ${p.row} has cells beyond the header's columns.`;
      case 'header_not_path':
        return `Header column ${p.column} "${p.text}" is not a field path (e.g. data.tc1_1.self).`;
      case 'duplicate_column':
        return `Column "${p.text}" appears twice in the header.`;
      case 'unsplit':
        return `Row ${p.row} is broken: its cells could not be split.`;
      case 'unreadable':
        return `Cannot read the CSV file: ${p.detail}`;
    }
  },
  invalid_date: (p) => `Month ${p.month} has no day ${p.day}.`,
  invalid_date_range: (p) => {
    switch (p.kind) {
      case 'plan_period':
        return 'The period starts after it ends.';
      case 'milestone':
        return `Milestone "${p.id}" starts after it ends.`;
      case 'reporting_years':
        return 'The first reporting year is after the last.';
      case 'unit':
        return `unit ${p.unit} ends (${p.until}) before it starts (${p.from})`;
      case 'rule':
        return `rule "${p.rule}" ends (${p.until}) before it starts (${p.from})`;
    }
  },
  invalid_encoding: (p) => {
    const at = p.byte === undefined ? '' : `, byte ${p.byte}`;
    if (p.kind === 'nul')
      return `Row ${p.row} holds a NUL byte (0x00) at byte ${p.byte}; text never does (a damaged or binary file, or UTF-16?).`;
    return p.kind === 'utf16'
      ? `The file looks UTF-16 encoded (row ${p.row}${at}); save it as UTF-8.`
      : `Row ${p.row} has bytes that are not valid UTF-8${at} (the file may be Windows-1258 or Latin-1); save it as UTF-8.`;
  },
  invalid_json: (p) => {
    switch (p.kind) {
      case 'not_utf8':
        return 'the file is not valid UTF-8';
      case 'syntax':
        return `invalid JSON${p.line === undefined ? '' : ` (${p.line}:${p.column ?? 1})`}: ${p.detail}`;
      case 'line':
        return `Line ${p.line} is not valid JSON: ${p.detail}`;
      case 'record':
        return notValidJson(p.row, p.detail);
      case 'empty_element':
        return notValidJson(p.row, 'an empty element (two commas or a trailing comma)');
      case 'unterminated_record':
        return notValidJson(p.row, 'the file ends inside this record');
      case 'trailing':
        return `Unexpected content after the end of the JSON document (line ${p.line}, column ${p.column}).`;
      case 'not_records':
        return 'A JSON evidence file must be an array of records or an object with a "records" array.';
    }
  },
  invalid_metric: (p) => `metric "${p.metric}" with "use" must not also give population/counted`,
  invalid_row: () => 'The row is not a valid evaluation row.',
  invalid_unit: () => 'A unit must be an object of level → name.',
  invalid_xlsx: (p) => {
    if (p.kind === 'missing_shared_string' || p.kind === 'not_a_number') return `Cell ${p.cell}: ${xlsxWhy(p)}.`;
    return `Cannot read the XLSX workbook${p.row === undefined ? '' : ` from row ${p.row}`}: ${xlsxWhy(p)}`;
  },
  merged_cell: (p) =>
    `Cell ${p.cell} is part of the merged range ${p.range}, so it reads as empty; unmerge the cells and fill in each row.`,
  missing_dependency: (p) =>
    `Writing XLSX needs the package "${p.package}", which is not installed: run \`npm install ${p.package}\`.`,
  missing_metrics: () => 'The plan has no metrics.',
  not_evaluations: (p) => {
    switch (p.kind) {
      case 'format':
        return `a ${p.format.toUpperCase()} file; report reads evaluations as NDJSON or JSON (cdht evaluate --format ndjson or json)`;
      case 'evidence':
        return `the file holds evidence records (${n(p.rows)} rows), not evaluations: run cdht evaluate on it first and report on its output`;
      case 'none':
        return `none of its ${n(p.rows)} rows is an evaluation or a fact row`;
    }
  },
  outside_scope: () => 'The unit is outside the plan scope.',
  plan_mismatch: (p) => {
    switch (p.kind) {
      case 'merge':
        return `Cannot merge an aggregate of plan "${p.other}" with one of "${p.plan}".`;
      case 'progress':
        return `The aggregate is of plan "${p.aggregate}", not "${p.plan}".`;
      case 'units':
        return `Cannot merge counts kept under ${p.other === null ? 'the units as recorded' : `the units in force on ${p.other}`} with counts under ${p.asOf === null ? 'the units as recorded' : `the units in force on ${p.asOf}`}.`;
    }
  },
  plugin_load_failed: (p) => {
    const why =
      p.kind === 'import'
        ? p.detail
        : p.kind === 'factory'
          ? `the plugin factory failed: ${p.detail}`
          : 'the module exports no plugin (expected export default a plugin { name, … }, an array of plugins, or a function returning them)';
    return `cannot load plugin "${p.module}": ${why}`;
  },
  record_too_large: (p) =>
    `The record at row ${p.row} is longer than ${n(p.limit)} ${p.unit} (the limit for one record); it is rejected and the rows after it are read.`,
  scale_changed: (p) => {
    const share = (s: { total: number; max: number }): string =>
      `${n(s.total)}/${n(s.max)} points (${formatPercent(s.total / s.max, 'en')})`;
    if (p.kind === 'maximum' && p.shared === true)
      return `the maximum moves from ${n(p.before)} (${p.parent}) to ${n(p.after)}: every title states its threshold as a share of the maximum (totalShare), so each follows it`;
    return p.kind === 'maximum'
      ? `the maximum moves from ${n(p.before)} (${p.parent}) to ${n(p.after)}: titles with an absolute threshold now ask for another share; use totalShare to keep the share`
      : `title "${p.title}" needs ${share(p.after)} instead of ${share(p.before)} as in ${p.parent}: who earns it changes`;
  },
  rule_type_mismatch: (p) =>
    `${p.owner}: compares "${p.field}" (type ${p.type}) with ${p.literal} using "${p.operator}": wrong type`,
  sample_missing: (p) => `no sample data at ${p.path} (the demo runs from the cdht repository)`,
  unknown_file_kind: () => 'the file is not a framework, plan or case file (a JSON object is expected)',
  unknown_level: (p) =>
    p.kind === 'unit'
      ? 'The unit has a level that no hierarchy of the plan holds.'
      : p.kind === 'scope'
        ? `Scope level "${p.level}" is missing from a hierarchy.`
        : `rule "${p.rule}" names level "${p.level}", which no hierarchy has`,
  unknown_metric: (p) => `no plugin metric "${p.metric}" (known: ${formatList(p.known) || 'none'})`,
  unordered_targets: (p) => `Targets of "${p.metric}" must be in increasing date order.`,
  xlsx_too_large: (p) => `The XLSX workbook is over a limit: ${xlsxLimit(p)}; it is not read.`,
  date_order: (p) => `date ${p.date} is before the previous step (${p.last}); the log only moves forward in time`,
  invalid_transition: (p) => {
    switch (p.kind) {
      case 'state':
        return `cannot ${p.action} a dossier that is ${p.state}: it must be ${joinWith(p.from, 'or')}`;
      case 'scores':
        return `only a review may give scores, not ${p.action}`;
      case 'sequence':
        return `sequence ${p.seq}, expected ${p.expected}`;
      case 'recorded':
        return `step ${p.seq} records ${p.from} → ${p.to}, but the workflow gives ${p.expectedFrom} → ${p.expectedTo}`;
      case 'dossier_state':
        return `the dossier says ${p.state} but its log gives ${p.log}`;
    }
  },
  no_recognition_rule: (p) =>
    `the policy names no one to recognise ${p.level === null ? 'residents (no employer)' : `staff of ${p.level}-level units`} on ${p.date}`,
  not_eligible: (p) => `cannot recognise: the evaluation’s decision is “${p.decision}”, not awarded`,
  not_the_person: (p) => `only the dossier’s own person (${p.person}) may take this step`,
  reason_required: (p) =>
    p.scores
      ? 'a reviewer who replaces self-assessed scores must give a reason'
      : `to ${p.action} a dossier, give a reason`,
  role_not_allowed: (p) => `role “${p.role}” may not ${p.action} this dossier (allowed: ${formatList(p.allowed)})`,
  unit_not_in_force: () =>
    'The unit belongs to no hierarchy of units in force on the report date (e.g. a district unit after 1/7/2025); a mapping of old units to new ones is needed.',
  wrong_unit: (p) =>
    p.expected === null
      ? `the actor acts for ${p.actual}, but the dossier’s unit is in no hierarchy of units in force on that date`
      : `the actor acts for ${p.actual}, but this dossier belongs to ${p.expected}`,
};
