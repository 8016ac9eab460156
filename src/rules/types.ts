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
}

/** A compiled rule node: pure function of the current data scope and the context. */
export type RuleFn = (data: unknown, ctx: RuleContext) => unknown;

/** A json-logic operator definition, as plugins contribute it. */
export interface OperatorDefinition {
  /** Number of arguments: exact, or `[min, max]` (max may be `Infinity`). Checked at compile time. */
  readonly arity?: number | readonly [number, number];
  /**
   * Eager operators receive evaluated arguments. Lazy operators receive compiled argument
   * functions and decide what to evaluate (like `if`).
   */
  readonly lazy?: boolean;
  /** Implementation of an eager operator. */
  readonly evaluate?: (args: unknown[], ctx: RuleContext, data: unknown) => unknown;
  /** Implementation of a lazy operator. */
  readonly evaluateLazy?: (args: readonly RuleFn[], data: unknown, ctx: RuleContext) => unknown;
  /**
   * Description for documentation, with `{0}`, `{1}` … standing for the arguments' text,
   * e.g. `{ vi: 'tuổi vào ngày {1} tính từ ngày sinh {0}', en: 'age on {1} born on {0}' }`.
   */
  readonly description: { readonly vi: string; readonly en: string };
  /**
   * What the operator returns, when it is always the same kind. Documentation uses it: an award rule
   * returning a number gives that many points ("số điểm bằng …"), not full points on a condition.
   */
  readonly returns?: 'number' | 'boolean' | 'string' | 'date' | 'list' | undefined;
  /** Evidence fields this operator reads, from its literal arguments (for static checks). */
  readonly reads?: (args: readonly unknown[]) => readonly string[];
  /**
   * True when the result depends only on the arguments (not on the context or the data), so a call
   * with constant arguments may be computed once at compile time. Default false.
   */
  readonly pure?: boolean;
  /**
   * Indexes of arguments a lazy operator evaluates with another data scope (list items, like the
   * condition of `countInPeriod`): their `var` reads are not top-level evidence reads.
   */
  readonly scopedArgs?: readonly number[];
  /**
   * Text standing for an absent optional argument in descriptions, by argument index,
   * e.g. `age`'s second argument defaults to the end of the period.
   */
  readonly argumentDefaults?: Readonly<Record<number, { readonly vi: string; readonly en: string }>>;
}

/** A table of operators by name. Looked up by own properties only. */
export type OperatorTable = Readonly<Record<string, OperatorDefinition>>;

/** Options of {@link compileRule}. */
export interface CompileRuleOptions {
  /** Extra operators (domain and plugin operators). Standard operators cannot be replaced. */
  readonly operators?: OperatorTable;
  /** Names read from `ctx.derived` instead of the data. */
  readonly derived?: ReadonlySet<string>;
  /**
   * Top-level field → index in `ctx.slots`: a `var` of such a field at the top level reads the slot
   * (filled once per person by the evaluator) instead of the data, saving repeated property lookups.
   */
  readonly slots?: ReadonlyMap<string, number>;
  /** Maximum nesting depth of a rule (default 64). */
  readonly maxDepth?: number;
  /** Maximum number of nodes of a rule (default 10,000). */
  readonly maxNodes?: number;
}
