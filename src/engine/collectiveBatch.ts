import { CdhtError, type Issue, issue } from '../errors/issue.js';
import { collectiveKindOf, type MemberRow, memberRow } from '../evaluate/collective/memberView.js';
import type { EvaluateOptions } from '../evaluate/evaluate.js';
import type { CollectiveEvaluation } from '../format/collectiveEvaluation.js';
import type { CollectiveKind } from '../format/collectiveSpec.js';
import { closeCollective, countMember, countsKind, type OpenCollective } from './collective.js';

/**
 * One result of `engine.evaluateCollectives`: a collective decided, a collective or member
 * rejected with its issues, and last the summary. `index` is the position in its own input (0-based).
 *
 * @category Collectives
 */
export type CollectiveBatchItem =
  | { readonly kind: 'collective'; readonly index: number; readonly evaluation: CollectiveEvaluation }
  | {
      readonly kind: 'collective-rejected';
      readonly index: number;
      readonly id?: string | undefined;
      readonly issues: readonly [Issue, ...Issue[]];
    }
  | {
      readonly kind: 'member-rejected';
      readonly index: number;
      readonly id?: string | undefined;
      readonly issues: readonly [Issue, ...Issue[]];
    }
  | { readonly kind: 'summary'; readonly summary: CollectiveBatchSummary };

/**
 * The counts of a collective batch. They reconcile: `collectives.read = evaluated + rejected`;
 * `members.read = counted + unmatched + rejected`; and `links` — member–collective pairs counted —
 * equals the sum of `members.received` over the collectives decided plus those rejected after
 * counting (`members_exceed_size`).
 *
 * @category Collectives
 */
export interface CollectiveBatchSummary {
  readonly collectives: { readonly read: number; readonly evaluated: number; readonly rejected: number };
  readonly members: {
    readonly read: number;
    /** Members counted by at least one collective. */
    readonly counted: number;
    /** Valid members naming no collective of the input (of their period and a kind its framework counts). */
    readonly unmatched: number;
    readonly rejected: number;
  };
  /** Member–collective pairs counted, persons' and lower collectives' (a household in its clan). */
  readonly links: number;
  /** Per collective kind: how many reached at least their lowest level, did not, or are undetermined. */
  readonly recognised: Readonly<
    Partial<Record<CollectiveKind, { awarded: number; 'not-awarded': number; undetermined: number }>>
  >;
}

/**
 * Options of `engine.evaluateCollectives`: the evaluation date and detail of `engine.evaluateCollective`.
 *
 * @category Collectives
 */
export interface CollectiveBatchOptions extends Omit<EvaluateOptions, 'asOf'> {
  /** The evaluation date `yyyy-MM-dd` (default: the end of each collective's period). */
  readonly asOf?: string | undefined;
  /**
   * Reject a member evaluation given twice (same kind, id and period) as `duplicate_member`.
   * Default true; it keeps one short key per member, the only memory that grows with the population.
   */
  readonly duplicateCheck?: boolean | undefined;
}

/** How the engine opens a collective record (parse, choose the framework, check its evidence). @internal */
export type OpenRecord = (input: unknown) => OpenCollective;

const keyOf = (kind: string, id: string, period: string): string => `${kind}\u0000${id}\u0000${period}`;

function fail(error: unknown): readonly [Issue, ...Issue[]] {
  if (error instanceof CdhtError) return error.issues;
  throw error;
}

/**
 * The order collectives are decided in: a kind is decided once every kind its frameworks count
 * is (households before the clans and villages that count them). A cycle is broken in input order.
 */
function stages(open: ReadonlyMap<string, OpenCollective>): OpenCollective[][] {
  const byKind = new Map<string, OpenCollective[]>();
  for (const c of open.values()) {
    const list = byKind.get(c.record.kind) ?? [];
    list.push(c);
    byKind.set(c.record.kind, list);
  }
  const out: OpenCollective[][] = [];
  const done = new Set<string>(['person']);
  while (byKind.size > 0) {
    const ready = [...byKind.entries()].filter(([, list]) =>
      list.every((c) => c.cc.memberKinds.every((k) => done.has(k) || !byKind.has(k) || k === c.record.kind)),
    );
    const next = ready.length > 0 ? ready : [[...byKind.entries()][0] as [string, OpenCollective[]]];
    for (const [kind, list] of next) {
      out.push(list);
      byKind.delete(kind);
      done.add(kind);
    }
  }
  return out;
}

/**
 * Judges every collective of a batch from a stream of member evaluations, holding the collectives'
 * tallies (a few numbers each), never the members: each member is counted by every collective its
 * memberships name (same kind and period, a member kind the framework counts) and then dropped.
 * Collectives are read first, then members; households are decided before the clans and villages
 * that count them, and their evaluations counted in turn.
 *
 * @internal
 */
export async function* evaluateCollectiveStream(
  openRecord: OpenRecord,
  collectives: Iterable<unknown> | AsyncIterable<unknown>,
  members: Iterable<unknown> | AsyncIterable<unknown>,
  options: EvaluateOptions & { duplicateCheck?: boolean | undefined },
): AsyncGenerator<CollectiveBatchItem> {
  const open = new Map<string, OpenCollective>();
  const indexOf = new Map<OpenCollective, number>();
  const counts = { cRead: 0, cRejected: 0, cEvaluated: 0, mRead: 0, mCounted: 0, mUnmatched: 0, mRejected: 0 };
  let links = 0;
  for await (const input of collectives) {
    const index = counts.cRead++;
    try {
      const c = openRecord(input);
      const key = keyOf(c.record.kind, c.record.id, c.period);
      const first = open.get(key);
      if (first !== undefined) {
        const at = indexOf.get(first) as number;
        throw new CdhtError([
          issue('duplicate_collective', ['id'], {
            collective: c.record.id,
            collectiveKind: c.record.kind,
            period: c.period,
            first: at + 1,
          }),
        ]);
      }
      open.set(key, c);
      indexOf.set(c, index);
    } catch (error) {
      counts.cRejected++;
      yield { kind: 'collective-rejected', index, id: idOf(input), issues: fail(error) };
    }
  }
  const count = (m: MemberRow): number => {
    let n = 0;
    for (const ms of m.memberships) {
      const kind = collectiveKindOf(ms.kind);
      if (kind === undefined) continue;
      const c = open.get(keyOf(kind, ms.id, m.period));
      if (c === undefined || !countsKind(c, m.view.kind)) continue;
      countMember(c, m);
      n++;
    }
    links += n;
    return n;
  };
  const seen = options.duplicateCheck === false ? null : new Set<string>();
  for await (const value of members) {
    const index = counts.mRead++;
    const read = memberRow(value);
    if ('problem' in read) {
      counts.mRejected++;
      const made = issue('invalid_member', [...read.problem.path], { kind: read.problem.kind, position: index + 1 });
      yield { kind: 'member-rejected', index, id: idOf(value, 'person'), issues: [made] };
      continue;
    }
    const m = read.row;
    if (seen !== null) {
      const key = keyOf(m.view.kind, m.view.id, m.period);
      if (seen.has(key)) {
        counts.mRejected++;
        yield {
          kind: 'member-rejected',
          index,
          id: m.view.id,
          issues: [issue('duplicate_member', [], { member: m.view.id })],
        };
        continue;
      }
      seen.add(key);
    }
    if (count(m) > 0) counts.mCounted++;
    else counts.mUnmatched++;
  }
  const recognised: Partial<Record<CollectiveKind, { awarded: number; 'not-awarded': number; undetermined: number }>> =
    {};
  for (const stage of stages(open)) {
    for (const c of stage) {
      const index = indexOf.get(c) as number;
      let evaluation: CollectiveEvaluation;
      try {
        evaluation = closeCollective(c, options);
      } catch (error) {
        counts.cRejected++;
        yield { kind: 'collective-rejected', index, id: c.record.id, issues: fail(error) };
        continue;
      }
      counts.cEvaluated++;
      const r = recognised[c.record.kind] ?? { awarded: 0, 'not-awarded': 0, undetermined: 0 };
      r[evaluation.recognised]++;
      recognised[c.record.kind] = r;
      // A decided household is a member of its clan and village: counted before they are decided.
      const row = memberRow(evaluation);
      if ('row' in row) count(row.row);
      yield { kind: 'collective', index, evaluation };
    }
  }
  yield {
    kind: 'summary',
    summary: {
      collectives: { read: counts.cRead, evaluated: counts.cEvaluated, rejected: counts.cRejected },
      members: {
        read: counts.mRead,
        counted: counts.mCounted,
        unmatched: counts.mUnmatched,
        rejected: counts.mRejected,
      },
      links,
      recognised,
    },
  };
}

/** The id of a rejected input, when it has one to name it by. */
function idOf(value: unknown, field: 'id' | 'person' = 'id'): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as Record<string, unknown>)[field];
  return typeof id === 'string' ? id : undefined;
}
