/**
 * What metric rules see of one row. Evaluations and fact rows share it, so one rule can read
 * either: `{"var":"titles.cdht"}`, `{"var":"derived.digitalSkill"}`, `{"var":"facts.trainedOnCriteria"}`.
 */
export interface RowView {
  /** `evaluation` for evaluations, the row's own kind (e.g. `cadre`) otherwise. */
  readonly kind: string;
  readonly person: string;
  /** Citizen group (household, clan, community, official, worker, learner), or `''`. */
  readonly group: string;
  /** The row's unit as written (level → name). */
  readonly unit: Readonly<Record<string, string>>;
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
}

const EMPTY: Readonly<Record<string, never>> = Object.freeze({});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Builds the rule view of a row (an evaluation or a fact row), or null when the
 * row is neither. It checks only what metrics read, so a batch of stored rows stays cheap.
 *
 * @param row - an evaluation or a fact row
 * @returns the view, or null for a malformed row
 * @example rowView({ kind: 'cadre', person: 'c1', facts: { trainedOnCriteria: true } })?.facts
 * @category Aggregation
 */
export function rowView(row: unknown): RowView | null {
  if (!isRecord(row) || typeof row.person !== 'string') return null;
  const unit = row.unit === undefined ? EMPTY : row.unit;
  if (!isRecord(unit)) return null;
  const group = typeof row.group === 'string' ? row.group : '';
  if (isRecord(row.framework) && Array.isArray(row.titles)) {
    const titles: Record<string, boolean> = {};
    const decisions: Record<string, string> = {};
    for (const t of row.titles as unknown[]) {
      if (!isRecord(t) || typeof t.id !== 'string' || typeof t.decision !== 'string') return null;
      titles[t.id] = t.decision === 'awarded';
      decisions[t.id] = t.decision;
    }
    return {
      kind: 'evaluation',
      person: row.person,
      group,
      unit: unit as Record<string, string>,
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
