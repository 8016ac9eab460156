import type { MemberKind } from '../../format/collectiveSpec.js';
import type { Membership } from '../../format/evidence.js';

/**
 * What a member condition reads of one member: a person's evaluation or a lower collective's.
 * A title still undetermined is `null` in `titles`, so a condition reading it is undetermined too.
 */
export interface MemberView {
  /** `person`, or the kind of a collective member (`household`). */
  readonly kind: MemberKind;
  /** The person's or collective's id. */
  readonly id: string;
  /** The person's citizen group (the form's group), `''` for a collective. */
  readonly group: string;
  /** Id of the framework the member was judged by. */
  readonly framework: string;
  /** Title id → true (awarded), false (not awarded), null (undetermined). */
  readonly titles: Readonly<Record<string, boolean | null>>;
  /** Title id → decision. */
  readonly decisions: Readonly<Record<string, string>>;
  /** Derived values (a person's `digitalSkill`, …). */
  readonly derived: Readonly<Record<string, unknown>>;
  /** Total points. */
  readonly total: number | null;
  /** A collective member: true when it reaches its lowest level, false when not, null while undetermined. */
  readonly recognised?: boolean | null;
  /** A collective member: the level reached, false for none, null while undetermined. */
  readonly level?: string | false | null;
}

/** A member as the grouping sees it: its view, the collectives it names, and its period. @internal */
export interface MemberRow {
  readonly view: MemberView;
  readonly memberships: readonly Membership[];
  /** `from..to` of its period: a member counts for a collective of the same period only. */
  readonly period: string;
  /** The member's period and evaluation date, for conditions that read dates. */
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly asOf: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const DECISION_VALUE: Readonly<Record<string, boolean | null>> = {
  awarded: true,
  'not-awarded': false,
  undetermined: null,
};

/** Why a value is not a member: which part is unusable, and its path. @internal */
export interface MemberProblem {
  readonly kind: 'not_object' | 'framework' | 'titles' | 'period' | 'memberships' | 'collective' | 'person';
  readonly path: readonly (string | number)[];
}

function problem(kind: MemberProblem['kind'], path: (string | number)[] = [kind]): { problem: MemberProblem } {
  return { problem: { kind, path } };
}

function titlesOf(list: unknown): { titles: Record<string, boolean | null>; decisions: Record<string, string> } | null {
  if (!Array.isArray(list)) return null;
  const titles: Record<string, boolean | null> = Object.create(null);
  const decisions: Record<string, string> = Object.create(null);
  for (const t of list as unknown[]) {
    if (!isRecord(t) || typeof t.id !== 'string' || typeof t.decision !== 'string') return null;
    if (!Object.hasOwn(DECISION_VALUE, t.decision)) return null;
    titles[t.id] = DECISION_VALUE[t.decision] as boolean | null;
    decisions[t.id] = t.decision;
  }
  return { titles, decisions };
}

function membershipsOf(list: unknown): Membership[] | null {
  if (list === undefined) return [];
  if (!Array.isArray(list)) return null;
  for (const m of list as unknown[])
    if (!isRecord(m) || typeof m.kind !== 'string' || typeof m.id !== 'string') return null;
  return list as Membership[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function periodOf(value: unknown): { from: string; to: string } | null {
  if (!isRecord(value) || typeof value.from !== 'string' || typeof value.to !== 'string') return null;
  return ISO.test(value.from) && ISO.test(value.to) ? { from: value.from, to: value.to } : null;
}

/**
 * Reads a member from a stored evaluation: a person's (`person`, `framework`, `titles`) or a
 * collective's (`collective`, `framework`, `titles`, `level`). It checks only what the grouping
 * and the conditions read, so stored rows stay cheap.
 *
 * @param value - an evaluation or a collective evaluation, as stored
 * @returns the member, or what is wrong with it
 * @internal
 */
export function memberRow(value: unknown): { row: MemberRow } | { problem: MemberProblem } {
  if (!isRecord(value)) return problem('not_object', []);
  if (!isRecord(value.framework) || typeof value.framework.id !== 'string') return problem('framework');
  const titled = titlesOf(value.titles);
  if (titled === null) return problem('titles');
  const period = periodOf(value.period);
  if (period === null) return problem('period');
  const memberships = membershipsOf(value.memberships);
  if (memberships === null) return problem('memberships');
  const asOf = typeof value.asOf === 'string' ? value.asOf : period.to;
  const derived = isRecord(value.derived) ? value.derived : {};
  const total = typeof value.total === 'number' ? value.total : null;
  const common = {
    framework: value.framework.id,
    titles: titled.titles,
    decisions: titled.decisions,
    derived,
    total,
  };
  let view: MemberView;
  if (isRecord(value.collective)) {
    const c = value.collective;
    if (typeof c.id !== 'string' || typeof c.kind !== 'string') return problem('collective');
    const level = isRecord(value.level) ? value.level : {};
    const recognised = DECISION_VALUE[typeof value.recognised === 'string' ? value.recognised : 'undetermined'] ?? null;
    const awarded = typeof level.awarded === 'string' ? level.awarded : null;
    const possible = typeof level.possible === 'string' ? level.possible : null;
    view = {
      kind: c.kind as MemberKind,
      id: c.id,
      group: '',
      ...common,
      recognised,
      // The level is known only when the highest possible one is certain.
      level: awarded === possible ? (awarded ?? false) : null,
    };
  } else {
    if (typeof value.person !== 'string') return problem('person');
    view = { kind: 'person', id: value.person, group: typeof value.group === 'string' ? value.group : '', ...common };
  }
  return {
    row: {
      view,
      memberships,
      period: `${period.from}..${period.to}`,
      periodFrom: period.from,
      periodTo: period.to,
      asOf,
    },
  };
}

/**
 * The kind of collective a membership links to: a household, clan or community of the same kind;
 * an employer's unit.
 *
 * @param kind - the membership's kind
 * @returns the collective kind, or undefined for a kind that links to none
 * @internal
 */
export function collectiveKindOf(kind: string): 'household' | 'clan' | 'community' | 'unit' | undefined {
  if (kind === 'household' || kind === 'clan' || kind === 'community') return kind;
  if (kind === 'employer') return 'unit';
  return undefined;
}
