/**
 * One membership as metric rules see it: `{"some":[{"var":"memberships"},{"==":[{"var":"kind"},"household"]}]}`.
 */
export interface MembershipView {
  /** `household`, `clan`, `community` or `employer`. */
  readonly kind: string;
  /** Id of the household, clan, community or unit; `''` when implied by an older record's group. */
  readonly id: string;
  /** Level of an employing unit (`commune`, `district`, `province`, `central`), null for other kinds. */
  readonly level: string | null;
  /** Whether the collective holds its learning title; null when not known. */
  readonly learning: boolean | null;
  /** True when implied by an older record's group (`household`, `clan`, `community`) rather than written. */
  readonly implied: boolean;
}

/**
 * What metric rules see of a collective evaluation (a family, clan, community or unit):
 * `{"==":[{"var":"collective.kind"},"household"]}`, `{"==":[{"var":"collective.recognised"},"awarded"]}`.
 */
export interface CollectiveRowView {
  /** `household`, `clan`, `community` or `unit`. */
  readonly kind: string;
  /** The collective's id. */
  readonly id: string;
  /** The level it is recognised at as its record says (`village`, `commune`, `district`, `province`), else null. */
  readonly level: string | null;
  /** The highest level it certainly reached (a title id such as `gdht`, `muc1`), null for none. */
  readonly awarded: string | null;
  /** Whether it reaches at least its lowest level: `awarded`, `not-awarded` or `undetermined`. */
  readonly recognised: string;
}

/**
 * What metric rules see of one row. Evaluations and fact rows share it, so one rule can read
 * either: `{"var":"titles.cdht"}`, `{"var":"derived.digitalSkill"}`, `{"var":"facts.trainedOnCriteria"}`.
 */
export interface RowView {
  /** `evaluation` for a person's evaluation, `collective` for a collective's, the row's own kind (e.g. `cadre`) otherwise. */
  readonly kind: string;
  /** The person's id; a collective's id for a collective evaluation. */
  readonly person: string;
  /** Citizen group (the form's group, e.g. resident, worker, official, learner, or an alias), or `''`. */
  readonly group: string;
  /** The row's unit as written (level → name). */
  readonly unit: Readonly<Record<string, string>>;
  /**
   * Where the person belongs: the row's `memberships`. A row without memberships whose group is
   * `household`, `clan` or `community` (the older names of the residents' form, which also said
   * where the person belonged) gets one implied membership of that kind; other rows without
   * memberships belong nowhere, so a form alone never puts anyone in a membership metric.
   */
  readonly memberships: readonly MembershipView[];
  /** Title id → true when awarded. */
  readonly titles: Readonly<Record<string, boolean>>;
  /** Title id → decision (`awarded`, `not-awarded`, `undetermined`). */
  readonly decisions: Readonly<Record<string, string>>;
  /** Derived values of an evaluation (empty for fact rows). */
  readonly derived: Readonly<Record<string, unknown>>;
  /** Facts of a fact row (empty for evaluations). */
  readonly facts: Readonly<Record<string, unknown>>;
  /** Total points of an evaluation, null for fact rows. */
  readonly total: number | null;
  /** Framework id of an evaluation, null for fact rows. */
  readonly framework: string | null;
  /** A collective evaluation's kind, level and recognition; absent on other rows. */
  readonly collective?: CollectiveRowView | undefined;
}

const EMPTY: Readonly<Record<string, never>> = /* @__PURE__ */ Object.freeze({});
const NONE: readonly MembershipView[] = /* @__PURE__ */ Object.freeze([]);
const IMPLIED_BY_GROUP: Readonly<Record<string, readonly MembershipView[]>> = /* @__PURE__ */ Object.freeze({
  household: /* @__PURE__ */ Object.freeze([/* @__PURE__ */ implied('household')]),
  clan: /* @__PURE__ */ Object.freeze([/* @__PURE__ */ implied('clan')]),
  community: /* @__PURE__ */ Object.freeze([/* @__PURE__ */ implied('community')]),
});

function implied(kind: string): MembershipView {
  return Object.freeze({ kind, id: '', level: null, learning: null, implied: true });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The memberships a row declares, or null when they are malformed. */
function membershipsOf(row: Record<string, unknown>, group: string): readonly MembershipView[] | null {
  const list = row.memberships;
  if (list === undefined)
    return Object.hasOwn(IMPLIED_BY_GROUP, group) ? (IMPLIED_BY_GROUP[group] as readonly MembershipView[]) : NONE;
  if (!Array.isArray(list)) return null;
  const out: MembershipView[] = [];
  for (const m of list as unknown[]) {
    if (!isRecord(m) || typeof m.kind !== 'string' || typeof m.id !== 'string') return null;
    if (m.level !== undefined && typeof m.level !== 'string') return null;
    if (m.learning !== undefined && typeof m.learning !== 'boolean') return null;
    out.push({
      kind: m.kind,
      id: m.id,
      level: typeof m.level === 'string' ? m.level : null,
      learning: typeof m.learning === 'boolean' ? m.learning : null,
      implied: false,
    });
  }
  return out;
}

/**
 * Builds the rule view of a row (an evaluation or a fact row), or null when the
 * row is neither. It checks only what metrics read, so a batch of stored rows stays cheap.
 *
 * @param row - an evaluation or a fact row
 * @returns the view, or null for a malformed row
 * @example buildRowView({ kind: 'cadre', person: 'c1', facts: { trainedOnCriteria: true } })?.facts
 * @category Aggregation
 */
export function buildRowView(row: unknown): RowView | null {
  if (isRecord(row) && isRecord(row.collective) && row.person === undefined) return collectiveView(row);
  if (!isRecord(row) || typeof row.person !== 'string') return null;
  const unit = row.unit === undefined ? EMPTY : row.unit;
  if (!isRecord(unit)) return null;
  const group = typeof row.group === 'string' ? row.group : '';
  const memberships = membershipsOf(row, group);
  if (memberships === null) return null;
  if (isRecord(row.framework) && Array.isArray(row.titles)) {
    const decided = titlesOf(row.titles);
    if (decided === null) return null;
    const { titles, decisions } = decided;
    return {
      kind: 'evaluation',
      person: row.person,
      group,
      unit: unit as Record<string, string>,
      memberships,
      titles,
      decisions,
      derived: isRecord(row.derived) ? row.derived : EMPTY,
      facts: EMPTY,
      total: typeof row.total === 'number' ? row.total : null,
      framework: typeof row.framework.id === 'string' ? row.framework.id : null,
    };
  }
  if (typeof row.kind === 'string' && isRecord(row.facts)) {
    return {
      kind: row.kind,
      person: row.person,
      group,
      unit: unit as Record<string, string>,
      memberships,
      titles: EMPTY,
      decisions: EMPTY,
      derived: EMPTY,
      facts: row.facts,
      total: null,
      framework: null,
    };
  }
  return null;
}

/** Title id → awarded, and title id → decision, or null when a title is malformed. */
function titlesOf(
  list: readonly unknown[],
): { titles: Record<string, boolean>; decisions: Record<string, string> } | null {
  const titles: Record<string, boolean> = {};
  const decisions: Record<string, string> = {};
  for (const t of list) {
    if (!isRecord(t) || typeof t.id !== 'string' || typeof t.decision !== 'string') return null;
    titles[t.id] = t.decision === 'awarded';
    decisions[t.id] = t.decision;
  }
  return { titles, decisions };
}

const DECISIONS = new Set(['awarded', 'not-awarded', 'undetermined']);

/**
 * The view of a collective evaluation (`collective`, `framework`, `titles`, `level`, `recognised`):
 * its own memberships and unit, its levels as titles, and what it is in `collective`.
 */
function collectiveView(row: Record<string, unknown>): RowView | null {
  const c = row.collective as Record<string, unknown>;
  if (typeof c.kind !== 'string' || typeof c.id !== 'string') return null;
  if (c.level !== undefined && typeof c.level !== 'string') return null;
  if (!isRecord(row.framework) || typeof row.framework.id !== 'string' || !Array.isArray(row.titles)) return null;
  if (typeof row.recognised !== 'string' || !DECISIONS.has(row.recognised)) return null;
  const unit = row.unit === undefined ? EMPTY : row.unit;
  if (!isRecord(unit)) return null;
  const memberships = membershipsOf(row, '');
  const decided = titlesOf(row.titles);
  if (memberships === null || decided === null) return null;
  const level = isRecord(row.level) ? row.level : EMPTY;
  return {
    kind: 'collective',
    person: c.id,
    group: '',
    unit: unit as Record<string, string>,
    memberships,
    titles: decided.titles,
    decisions: decided.decisions,
    derived: isRecord(row.derived) ? row.derived : EMPTY,
    facts: EMPTY,
    total: typeof row.total === 'number' ? row.total : null,
    framework: row.framework.id,
    collective: {
      kind: c.kind,
      id: c.id,
      level: typeof c.level === 'string' ? c.level : null,
      awarded:
        typeof (level as { awarded?: unknown }).awarded === 'string' ? (level as { awarded: string }).awarded : null,
      recognised: row.recognised,
    },
  };
}
