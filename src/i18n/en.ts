import type { IssueParams, PatternForm, ReasonParams, ShapeParams, TitleRequirementsParam } from '../errors/params.js';
import type { EngineCatalogue } from './catalogue.js';
import { formatList, formatNumber, joinWith } from './format.js';

// English messages, the fallback of every plugin locale. To add a message, see README.md in this folder. Numbers go through formatNumber
// (1,086; 7.5); dates stay ISO (yyyy-MM-dd). Row, line and column numbers print as they are.

const n = (x: number): string => formatNumber(x, 'en');
const range = (min: number | null, max: number | null): string =>
  `${min === null ? '−∞' : n(min)}–${max === null ? '∞' : n(max)}`;

const FORM: Readonly<Record<PatternForm, string>> = {
  version: 'a version like 2.0.0',
  id: 'a lowercase id like cdht-commune-a',
  name: 'a name like learningHours',
  code: 'a code like TC1 or TC1.1',
  extends: 'id@range like cdht@^2.0.0',
  group: 'a lowercase group like household',
  date: 'a date yyyy-MM-dd',
};

const shape = (p: ShapeParams): string => {
  switch (p.kind) {
    case 'required':
      return `missing required property "${p.property}"`;
    case 'unknown_property':
      return `unknown property "${p.property}"${p.suggestion === undefined ? '' : ` (did you mean "${p.suggestion}"?)`}`;
    case 'type':
      return `expected ${p.type}`;
    case 'pattern':
      return p.form === undefined ? `does not match the expected form (${p.pattern})` : `expected ${FORM[p.form]}`;
    case 'enum':
      return `expected one of: ${formatList(p.values)}`;
    case 'limit':
      return `must be ${p.comparison} ${n(p.limit)}`;
    case 'min_items':
      return `expected at least ${n(p.limit)} items`;
    case 'max_items':
      return `expected at most ${n(p.limit)} items`;
    case 'min_length':
      return `expected at least ${n(p.limit)} characters`;
    case 'max_length':
      return `expected at most ${n(p.limit)} characters`;
    case 'other':
      return `invalid: ${p.detail}`;
  }
};

const TYPE: Readonly<Record<string, string>> = {
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean (true/false)',
  date: 'a date as yyyy-MM-dd',
  list: 'a list',
  object: 'an object',
};
const expected = (p: Extract<IssueParams['invalid_evidence'], { kind: 'wrong_type' }>): string => {
  if (p.type === 'assessment') return `a self-assessment {self, reviewed} scored ${n(p.min ?? 0)} to ${n(p.max ?? 10)}`;
  if (Object.hasOwn(TYPE, p.type)) return TYPE[p.type] as string;
  return p.values ? `one of ${formatList(p.values.map((v) => `"${v}"`))}` : 'a text string';
};

const CONTRIBUTION: Readonly<
  Record<Extract<IssueParams['invalid_plugin'], { kind: 'bad_contribution' }>['problem'], string>
> = {
  invalid_name: 'has an invalid name',
  not_object: 'must be an object',
  needs_description: 'needs a description {vi, en}',
  needs_kind: "needs kind 'eager' or 'lazy'",
  old_lazy_form: "use { kind: 'lazy', evaluate(argFns, ctx, data) } instead of lazy/evaluateLazy",
  needs_evaluate: 'needs an evaluate function',
  needs_label: 'needs a label {vi, en}',
  needs_json_schema: 'needs a jsonSchema',
  needs_metric_functions: 'needs noun, population() and counted()',
  needs_format: 'needs format() and a name equal to its key',
  needs_messages: 'needs a label and messages',
  bad_message: 'messages must hold strings or functions',
};

const VERIFIED: Readonly<Record<string, string>> = {
  official: 'checked against the official text',
  partial: 'partly verified',
  unverified: 'not verified',
  example: 'an illustrative example',
};
/** `the unit’s area is remote or especially-difficult`. */
const condition = (when: ReasonParams['variant_applied']['when']): string =>
  joinWith(
    Object.entries(when).map(([name, values]) => `the unit’s ${name} is ${joinWith(values.map(String), 'or')}`),
    'and',
  );
/** `a total of at least 70 (instead of 80)`. */
const changes = (c: TitleRequirementsParam, before: TitleRequirementsParam): string => {
  const was = (v: number | undefined): string => (v === undefined ? '' : ` (instead of ${n(v)})`);
  const out: string[] = [];
  if (c.total !== undefined) out.push(`a total of at least ${n(c.total)}${was(before.total)}`);
  if (c.totalShare !== undefined) out.push(`a total of at least ${n(c.totalShare * 100)}% of the maximum`);
  if (c.eachIndicator !== undefined)
    out.push(`every indicator at least ${n(c.eachIndicator)}${was(before.eachIndicator)}`);
  if (c.eachCriterion !== undefined)
    out.push(`every criterion at least ${n(c.eachCriterion)}${was(before.eachCriterion)}`);
  for (const [id, v] of Object.entries(c.criteria ?? {})) out.push(`criterion ${id} at least ${n(v)}`);
  for (const [id, v] of Object.entries(c.indicators ?? {})) out.push(`indicator ${id} at least ${n(v)}`);
  if (c.required !== undefined) out.push(`full points in ${formatList(c.required)}`);
  return out.join('; ');
};

const DUPLICATE: Readonly<Record<Exclude<IssueParams['duplicate_id']['kind'], 'id'>, (id: string) => string>> = {
  title: (id) => `title "${id}" is defined twice`,
  inherited_indicator: (id) => `indicator "${id}" already exists in the parent; use overrides to change it`,
  inherited_criterion: (id) => `criterion "${id}" already exists in the parent; use overrides to change it`,
  inherited_title: (id) => `title "${id}" already exists in the parent; use overrides to change it`,
  variant: (id) => `variant "${id}" already exists; use overrides.variants to change an inherited one`,
  milestone: (id) => `Milestone "${id}" is defined twice.`,
  metric: (id) => `Metric "${id}" is defined twice.`,
  member_condition: (id) => `member condition "${id}" has the name of an evidence field or derived value`,
};

const MEMBER_EXPECTED: Readonly<Record<Exclude<IssueParams['invalid_member']['kind'], 'not_list'>, string>> = {
  not_object: 'an evaluation (a JSON object)',
  framework: 'framework.id as a string',
  titles: 'a list of titles as {id, decision}',
  period: 'the period as {from, to}',
  memberships: 'a list of {kind, id} memberships',
  collective: 'collective as {kind, id}',
  person: 'the person id',
};

const invalidCollective = (p: IssueParams['invalid_collective']): string => {
  switch (p.kind) {
    case 'missing_section':
      return 'a collective framework (kind: collective) needs a "collective" section (kind of collective, members, levels)';
    case 'section_without_kind':
      return 'a "collective" section is only for collective frameworks: add "kind": "collective"';
    case 'has_form':
      return 'a collective framework is not a person’s form: drop "form"';
    case 'own_kind':
      return `the members of a "${p.collective}" collective cannot be collectives of the same kind`;
    case 'inherited':
      return `the framework extends ${p.parent} (${p.was}), so it cannot be ${p.now}`;
    case 'needs_members':
      return `${p.framework} is a collective framework: use evaluateCollective with the collective's record and its members' evaluations`;
    case 'not_collective':
      return `framework ${p.framework} is not a collective framework (kind: collective)`;
    case 'wrong_kind':
      return `framework ${p.framework} judges a "${p.judges}", not a "${p.given}"`;
  }
};

const memberMismatch = (p: IssueParams['member_mismatch']): string => {
  switch (p.kind) {
    case 'member_kind':
      return `member "${p.member}" is a ${p.memberKind}; framework ${p.framework} counts ${formatList(p.counted)} only`;
    case 'not_named':
      return `member "${p.member}" does not name ${p.collectiveKind} "${p.collective}" in its memberships`;
    case 'period':
      return `the period of member "${p.member}" (${p.period}) differs from the collective's (${p.expected})`;
  }
};

const share = (actual: number, counted: number): number =>
  counted === 0 ? 0 : Math.round((1000 * actual) / counted) / 10;

/**
 * English messages of the codes the engine raises and of every reason (the tooling codes are in enTooling.ts).
 *
 * @category Messages
 */
export const en: EngineCatalogue = {
  issues: {
    derived_order: (p) => `derived value "${p.name}" is read before it is computed`,
    duplicate_collective: (p) =>
      `${p.collectiveKind} "${p.collective}" already has a record for period ${p.period} at record ${p.first}; this one is rejected`,
    duplicate_id: (p) =>
      p.kind === 'id' ? `id "${p.id}" is used twice (first at ${p.first})` : DUPLICATE[p.kind](p.id),
    duplicate_key: (p) => {
      switch (p.kind) {
        case 'file':
          return `key "${p.key}" at ${p.at.line}:${p.at.column} is already in the same object (first at ${p.first.line}:${p.first.column}); JSON.parse would silently keep the last`;
        case 'nfc':
          return `keys "${p.first}" and "${p.second}" are the same text once Unicode-normalised (NFC)`;
        case 'record':
          return `Key "${p.key}" appears twice in the record${p.at ? ` (line ${p.at.line}, column ${p.at.column})` : ''}; the record is rejected.`;
      }
    },
    duplicate_member: (p) => `member "${p.member}" has two evaluations`,
    duplicate_plugin: (p) => `plugin "${p.plugin}" is registered twice`,
    duplicate_version: (p) => `${p.id}@${p.version} is already loaded; a version is loaded once`,
    evidence_too_deep: (p) => `The record nests objects and arrays more than ${n(p.max)} levels deep; it is rejected.`,
    extends_cycle: (p) => {
      switch (p.kind) {
        case 'self':
          return `the framework extends itself (${p.extends})`;
        case 'cycle':
          return `extends cycle: ${p.id} → ${p.parent} → … → ${p.id}`;
        case 'plan':
          return `Plan "${p.id}" cannot extend itself.`;
      }
    },
    invalid_arity: (p) => {
      const want = p.min === p.max ? n(p.min) : p.max === null ? `≥ ${n(p.min)}` : `${n(p.min)}–${n(p.max)}`;
      return `Operator "${p.operator}" takes ${want} argument(s), got ${n(p.count)}`;
    },
    invalid_collective: invalidCollective,
    invalid_alias: (p) =>
      p.kind === 'must_extend'
        ? `the framework is an alias of "${p.of}", so it must extend "${p.of}"`
        : `an alias of "${p.of}" must not change what is assessed ("${p.key}"); drop form or "${p.key}"`,
    invalid_as_of: (p) =>
      `The evaluation date (asOf) must be a date as yyyy-MM-dd or dd/MM/yyyy, or a Date; got ${p.got}.`,
    invalid_effective_dates: (p) => `effective until ${p.until} is before effective from ${p.from}`,
    invalid_evidence: (p) => {
      switch (p.kind) {
        case 'out_of_range':
          return `Value ${n(p.value)} is outside the allowed range ${range(p.min, p.max)}.`;
        case 'count_out_of_range':
          return `Item count ${n(p.count)} is outside the allowed range ${range(p.min, p.max)}.`;
        case 'wrong_type':
          return `Expected ${expected(p)}, got ${p.got}.`;
        case 'assessment_key':
          return `An assessment has only "self" and "reviewed", not "${p.key}".`;
        case 'plugin':
          return `${p.problem.en} (${p.label.en}).`;
      }
    },
    invalid_member: (p) =>
      p.kind === 'not_list'
        ? 'members must be a list of evaluations'
        : `member ${p.position} is not a valid evaluation: expected ${MEMBER_EXPECTED[p.kind]}`,
    invalid_operator: (p) => `Operator "${p.operator}" needs kind 'eager' or 'lazy' and an evaluate function`,
    invalid_plugin: (p) => {
      switch (p.kind) {
        case 'not_a_plugin':
          return 'a plugin must be an object with a valid "name"';
        case 'unknown_part':
          return `plugin "${p.plugin}": unknown part "${p.part}"`;
        case 'part_not_object':
          return `plugin "${p.plugin}": ${p.part} must be an object`;
        case 'unknown_hook':
          return `plugin "${p.plugin}": unknown hook "${p.hook}"`;
        case 'bad_hook':
          return `plugin "${p.plugin}": hook "${p.hook}" must be a function or { handler, order: 'pre' | 'post' }`;
        case 'bad_contribution':
          return `plugin "${p.plugin}": ${p.part}.${p.key} ${CONTRIBUTION[p.problem]}`;
      }
    },
    invalid_record: shape,
    invalid_rule_object: (p) =>
      p.keys.length === 0
        ? 'an object in a rule must have exactly one key, the operator; this one has none'
        : `an object in a rule must have exactly one key, the operator; this one has ${n(p.keys.length)}: ${p.keys.map((k) => JSON.stringify(k)).join(', ')}`,
    json_too_deep: (p) =>
      `the value is nested more than ${n(p.max)} levels deep${p.at ? ` (beyond the limit at ${p.at.line}:${p.at.column})` : ''}`,
    member_mismatch: memberMismatch,
    member_operator_misplaced: (p) =>
      p.kind === 'individual'
        ? `the member operator "${p.operator}" is only for collective frameworks (kind: collective)`
        : `the member operator "${p.operator}" cannot be used in a title rule; put it in an indicator`,
    members_exceed_size: (p) =>
      `collective "${p.collective}" declares ${n(p.size)} members but ${n(p.received)} member evaluations name it`,
    missing_evidence: (p) => `Required evidence "${p.label.en}" is missing.`,
    missing_field: (p) => {
      switch (p.kind) {
        case 'framework_key':
          return `a framework that does not extend another must have "${p.key}"`;
        case 'no_indicators':
          return `criterion ${p.criterion} has no indicators left`;
        case 'metric_rules':
          return `metric "${p.metric}" needs population and counted (or "use" a plugin metric)`;
        case 'mapping_side':
          return `entries[${p.index}].${p.side} must name at least one level (e.g. province)`;
      }
    },
    missing_parent: (p) =>
      p.kind === 'framework'
        ? `parent framework ${p.extends} is not loaded; load it first`
        : `Parent plan "${p.extends}" was not found among the bundled plans; pass it in options.plans.`,
    non_finite_number: (p) =>
      `a number that is not finite (${p.value}); a number too large such as 1e309 is read by JSON.parse as Infinity`,
    operator_conflict: (p) =>
      p.kind === 'rule'
        ? `Extra operator "${p.operator}" has the name of a standard json-logic operator`
        : `plugin "${p.plugin}" cannot replace the standard operator "${p.operator}"`,
    not_a_form: (p) =>
      p.kind === 'collective'
        ? `"${p.id}" is a collective framework (family, clan, community, unit), not a person's form; name the form filled (e.g. ${formatList(p.forms)})`
        : `"${p.id}" is the shared base framework, not a form; name the form filled (e.g. ${formatList(p.forms)})`,
    not_found: (p) => `"${p.name}": no such file, folder or bundled id (bundled: ${formatList(p.bundled)})`,
    plugin_conflict: (p) => `${p.part}.${p.key} is contributed by both plugin "${p.first}" and plugin "${p.second}"`,
    plugin_error: (p) =>
      p.kind === 'bad_result'
        ? `plugin "${p.plugin}" returned an unusable result in ${p.hook}: expected ${p.expected === 'record' ? 'an evidence record the framework accepts' : 'text (string) or bytes (Uint8Array)'}, got ${p.got}`
        : `plugin "${p.plugin}" failed in ${p.hook}: ${p.detail}`,
    points_inconsistent: (p) => {
      switch (p.kind) {
        case 'indicator_min':
          return `minimum ${n(p.min)} exceeds the ${n(p.points)} points of indicator ${p.indicator}`;
        case 'rubric_level':
          return `rubric level of ${n(p.level)} points exceeds the ${n(p.points)} points of indicator ${p.indicator}`;
        case 'criterion_max':
          return `criterion ${p.criterion} declares max ${n(p.max)} but its indicators add up to ${n(p.sum)}`;
        case 'criterion_min':
          return `minimum ${n(p.min)} of criterion ${p.criterion} exceeds its ${n(p.sum)} points`;
      }
    },
    rule_too_deep: (p) => `The rule is nested too deeply (at most ${n(p.max)} levels)`,
    rule_too_large: (p) => `The rule has too many nodes (at most ${n(p.max)})`,
    schema_violation: shape,
    title_unreachable: (p) => {
      const why =
        p.kind === 'total'
          ? `needs ${n(p.need)} points but at most ${n(p.best)} exist`
          : p.kind === 'indicator'
            ? `indicator ${p.indicator} needs ${n(p.need)} but can score at most ${n(p.best)}`
            : p.kind === 'criterion'
              ? `criterion ${p.criterion} needs ${n(p.need)} but can score at most ${n(p.best)}`
              : 'its rule is always false';
      return `title ${p.title} can never be earned: ${why}`;
    },
    undeclared_evidence: (p) =>
      p.kind === 'rule_reads'
        ? `rule reads "${p.read}" but "${p.head}" is not declared in evidence or derived`
        : `indicator ${p.indicator} lists evidence "${p.field}" that is not declared`,
    unknown_evidence_field: (p) => `Field "${p.field}" is not declared by the framework; it is ignored by evaluation.`,
    unknown_evidence_type: (p) =>
      `evidence type "${p.type}" is not registered (built in: ${formatList(p.builtIn)}; or from a plugin)`,
    unknown_format: (p) =>
      p.kind === 'evidence'
        ? `Cannot tell the format of ${p.source ?? 'the stream'}; use .json, .ndjson/.jsonl, .csv, .xlsx or the format option.`
        : `No report format "${p.format}". Available: ${formatList(p.known)}.`,
    unknown_framework: (p) => {
      switch (p.kind) {
        case 'not_loaded':
          return `framework ${p.id}@${p.version} is not loaded in this engine`;
        case 'not_found':
          return `no framework "${p.id}"${p.date === undefined ? '' : ` in force on ${p.date}`}`;
        case 'no_choice':
          return `cannot choose a form for group "${p.group}" on ${p.date} (${n(p.count)} match); name the framework`;
        case 'unknown_name':
          return `no framework "${p.name}" (known: ${formatList(p.known)})`;
        case 'cases':
          return `the cases use framework "${p.id}", which is not loaded`;
        case 'no_collective_choice':
          return `cannot choose a collective framework for "${p.level === null ? p.collective : `${p.collective}, ${p.level}`}" on ${p.date} (${n(p.candidates.length)} match: ${p.candidates.length > 0 ? formatList(p.candidates) : 'none'}); name the framework or the level`;
      }
    },
    unknown_group: (p) => `citizen group "${p.group}" is not registered (known: ${formatList(p.known)})`,
    unknown_member_condition: (p) =>
      p.kind === 'not_literal'
        ? `"${p.operator}" needs the name (a string) of a member condition declared in collective.members.conditions`
        : `member condition "${p.name}" is not declared in collective.members.conditions (declared: ${p.declared.length > 0 ? formatList(p.declared) : 'none'})`,
    unknown_operator: (p) => `Unknown operator "${p.operator}"`,
    unknown_reference: (p) => {
      switch (p.kind) {
        case 'title_requirement':
          return `title ${p.title} requires "${p.id}", which is not a criterion or indicator here`;
        case 'framework':
          return `"${p.id}" does not exist in ${p.parent ?? 'the framework'}`;
        case 'plan_remove':
          return `No inherited metric "${p.id}" to remove.`;
        case 'level':
          return `level "${p.id}" is not a title of the framework`;
        case 'plan_override':
          return `No inherited metric "${p.id}" to override.`;
        case 'variant':
          return `no variant "${p.id}" to override`;
        case 'variant_title':
          return `variant "${p.variant}" changes title "${p.title}", which does not exist`;
        case 'role':
          return `rule "${p.rule}" names role "${p.role}", which roles does not declare`;
      }
    },
    unsafe_var_path: (p) => `Path "${p.path}" contains __proto__, constructor or prototype, which is not allowed`,
  },
  reasons: {
    criterion_below_min: (p) =>
      `criterion ${p.target} ${p.possible ? 'can reach at most' : 'scored'} ${n(p.actual)} < ${n(p.expected)}`,
    evidence_missing: (p) =>
      `evidence is missing for ${p.indicators.length > 1 ? 'indicators' : 'indicator'} ${formatList(p.indicators)}; the outcome may change once supplied`,
    indicator_below_min: (p) => `indicator ${p.target} scored ${n(p.actual)} < ${n(p.expected)}`,
    members_below: (p) =>
      p.percent
        ? `target ${p.target}: ${n(p.actual)} of ${n(p.counted)} ${p.who.en} ${p.what.en} (${n(share(p.actual, p.counted))}%) < ${n(p.threshold)}%; ${n(p.expected - p.actual)} more needed`
        : `target ${p.target}: ${n(p.actual)} ${p.who.en} ${p.what.en} < ${n(p.threshold)}; ${n(p.expected - p.actual)} more needed`,
    members_undetermined: (p) => {
      const parts = [
        ...(p.undetermined > 0
          ? [`${n(p.undetermined)} member${p.undetermined === 1 ? ' is' : 's are'} still undetermined`]
          : []),
        ...(p.missing > 0 ? [`${n(p.missing)} member${p.missing === 1 ? ' has' : 's have'} no evaluation yet`] : []),
      ];
      const many = p.targets.length > 1;
      return `${many ? 'targets' : 'target'} ${formatList(p.targets)} depend${many ? '' : 's'} on members: ${parts.join(', ')}; the outcome may change once they are known`;
    },
    requirements_met: (p) => `meets every requirement (total ${n(p.actual)} ≥ ${n(p.expected)})`,
    targets_met: (p) => `meets every required target (${n(p.met)})`,
    title_rule_failed: (p) => `the additional condition of title ${p.target} is not met`,
    total_below_min: (p) => `${p.possible ? 'highest possible total' : 'total'} ${n(p.actual)} < ${n(p.expected)}`,
    variant_applied: (p) =>
      `variant “${p.label.en}” applies: ${changes(p.changes, p.before)}, because ${condition(p.when)} (${p.source ? `source: ${p.source}; ` : ''}${VERIFIED[p.verification]})`,
    variant_not_applied: (p) =>
      `variant “${p.label.en}” does not apply: it applies only when ${condition(p.when)} (then ${changes(p.changes, p.before)})`,
    variant_unknown: (p) =>
      `the outcome depends on variant ${p.variants.map((v) => `“${v.label.en}” (when ${condition(v.when)}: ${changes(v.changes, v.before)})`).join('; ')}, but the unit’s attributes are not known; give the list of units (units)`,
  },
};
