/**
 * Context of one evaluation, shared by every rule of a framework for one person.
 * Rules never read the clock: time comes from here.
 */
export interface RuleContext {
  /** The evidence data of the person (the top-level `data` rules read). */
  root: unknown;
  /** Derived values of the person, read by `var` names declared as derived. */
  derived: Record<string, unknown> | null;
  /**
   * When not null, every top-level evidence path a rule needed but found absent is pushed here
   * (a `var` without a default, `assessed`, …). `missing`/`missing_some` never push.
   */
  missing: string[] | null;
  /** When not null, evidence paths read and their values (explanations). */
  read: Record<string, unknown> | null;
  /**
   * The root data's top-level fields read once per person, at the indexes given by the compile
   * option `slots` (an own property of the root, or undefined). Rules compiled with `slots` read
   * these instead of looking the field up again; absent (null) everywhere else.
   */
  slots?: unknown[] | null | undefined;
  /** First day of the evaluation period, `yyyy-MM-dd`. */
  periodFrom: string;
  /** Last day of the evaluation period, `yyyy-MM-dd`. */
  periodTo: string;
  /** The evaluation date, `yyyy-MM-dd`. */
  asOf: string;
  /**
   * The members of the collective being judged, when a collective framework is evaluated: the
   * member operators (`membersPercentAtLeast`, …) read their counts here. Absent otherwise.
   */
  members?: unknown;
}

/** A compiled rule node: pure function of the current data scope and the context. */
export type RuleFn = (data: unknown, ctx: RuleContext) => unknown;

/** Text in Vietnamese and English. */
export interface OperatorText {
  readonly vi: string;
  readonly en: string;
}

/** What every operator definition may say, whichever way it runs. */
export interface OperatorBase {
  /** Number of arguments: exact, or `[min, max]` (max may be `Infinity`). Checked when a rule is parsed. */
  readonly arity?: number | readonly [number, number] | undefined;
  /**
   * Description for documentation, with `{0}`, `{1}` … standing for the arguments' text,
   * e.g. `{ vi: 'tuổi vào ngày {1} tính từ ngày sinh {0}', en: 'age on {1} born on {0}' }`.
   */
  readonly description: OperatorText;
  /**
   * Description of the operator's result not holding, for a condition, e.g. `inPeriod`'s
   * `{ vi: '{0} không nằm trong kỳ đánh giá', en: '{0} is not within the period' }`. Without it a
   * negated call reads “không đúng là …” / “it is not true that …”.
   */
  readonly negation?: OperatorText | undefined;
  /**
   * What the operator returns, when it is always the same kind. Documentation uses it: an award rule
   * returning a number gives that many points ("số điểm bằng …"), not full points on a condition.
   */
  readonly returns?: 'number' | 'boolean' | 'string' | 'date' | 'list' | undefined;
  /**
   * Evidence fields this operator reads, for static checks. It receives each argument's literal
   * value (a string, number, boolean or null written in the rule), or `undefined` for an argument
   * that is computed (an operation or an array).
   */
  readonly reads?: ((args: readonly unknown[]) => readonly string[]) | undefined;
  /**
   * True when the result depends only on the arguments (not on the context or the data), so a call
   * with constant arguments may be computed once at compile time. Default false.
   */
  readonly pure?: boolean | undefined;
  /**
   * Text standing for an absent optional argument in descriptions, by argument index,
   * e.g. `age`'s second argument defaults to the end of the period.
   */
  readonly argumentDefaults?: Readonly<Record<number, OperatorText>> | undefined;
}

/**
 * An operator that receives its arguments evaluated: `evaluate(args, ctx, data)`.
 *
 * @example
 * const double: EagerOperator = { kind: 'eager', arity: 1, pure: true, evaluate: ([x]) => Number(x) * 2,
 *   description: { vi: 'gấp đôi {0}', en: 'twice {0}' } };
 */
export interface EagerOperator extends OperatorBase {
  readonly kind: 'eager';
  /** Runs the operator on the evaluated arguments, with the context and the current data scope. */
  readonly evaluate: (args: unknown[], ctx: RuleContext, data: unknown) => unknown;
}

/**
 * An operator that receives its arguments as compiled functions and decides what to evaluate
 * (like `if`): `evaluate(argFns, ctx, data)`, calling `argFns[i](data, ctx)` — or another data
 * scope for a scoped argument.
 */
export interface LazyOperator extends OperatorBase {
  readonly kind: 'lazy';
  /** Runs the operator; the arguments are functions of (data, ctx). */
  readonly evaluate: (args: readonly RuleFn[], ctx: RuleContext, data: unknown) => unknown;
  /**
   * Indexes of arguments evaluated with another data scope (list items, like the condition of
   * `countInPeriod`): their `var` reads are not top-level evidence reads.
   */
  readonly scopedArgs?: readonly number[] | undefined;
}

/**
 * A json-logic operator definition, as plugins contribute it: eager or lazy, with one argument
 * order for both, `evaluate(args, ctx, data)`.
 */
export type OperatorDefinition = EagerOperator | LazyOperator;

/** A table of operators by name. Looked up by own properties only. */
export type OperatorTable = Readonly<Record<string, OperatorDefinition>>;

/** Options of the rule parser: which operators exist and how big a rule may be. */
export interface ParseRuleOptions {
  /** Extra operators (domain and plugin operators). Standard operators cannot be replaced. */
  readonly operators?: OperatorTable | undefined;
  /** Maximum nesting of arrays and operations in a rule (default 64, at most 1,000). */
  readonly maxDepth?: number | undefined;
  /** Maximum number of values in a rule (default 10,000). */
  readonly maxNodes?: number | undefined;
}

/** Options of the compiler that depend on where the rule runs (a framework's names and slots). */
export interface CompileTreeOptions {
  /** Names read from `ctx.derived` instead of the data. */
  readonly derived?: ReadonlySet<string> | undefined;
  /**
   * Top-level field → index in `ctx.slots`: a `var` of such a field at the top level reads the slot
   * (filled once per person by the evaluator) instead of the data, saving repeated property lookups.
   */
  readonly slots?: ReadonlyMap<string, number> | undefined;
}

/** Options of {@link compileRule}: the parser's and the compiler's. */
export interface CompileRuleOptions extends ParseRuleOptions, CompileTreeOptions {}
