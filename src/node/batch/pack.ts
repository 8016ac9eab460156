import type { Issue } from '../../errors/issue.js';
import type { Period } from '../../evaluate/period.js';
import type { TitleDecision } from '../../format/evaluation.js';
import type { BatchItem, BatchScore } from './batchCore.js';

/**
 * A block of lean batch results in columns, so a worker's answer is a few typed arrays instead of
 * thousands of small objects to clone: the calling thread, which every worker feeds, stays light.
 * Units, periods and title decisions repeat a lot and are sent once per block.
 * @internal
 */
export interface PackedScores {
  readonly count: number;
  /** 0 score, 1 issues. */
  readonly kinds: Uint8Array;
  readonly index: Int32Array;
  /** Source rows (0: none). */
  readonly rows: Int32Array;
  readonly persons: string[];
  readonly totals: Float64Array;
  readonly possible: Float64Array;
  readonly missing: Int32Array;
  readonly decisionCodes: Int32Array;
  /** Points per criterion of every scored item, item i's from `criteriaAt[i]` to `criteriaAt[i + 1]`. */
  readonly criteria: Float64Array;
  readonly criteriaAt: Int32Array;
  readonly frameworkOf: Int32Array;
  readonly frameworks: { id: string; version: string; titles: readonly string[] }[];
  readonly unitOf: Int32Array;
  readonly units: Record<string, string>[];
  readonly periodOf: Int32Array;
  readonly periods: Period[];
  /** Rejected items: position, issues and the id when known. */
  readonly issues: [number, readonly Issue[], string | undefined][];
  /** Scored items with warnings: position and warnings. */
  readonly warnings: [number, readonly Issue[]][];
}

const DECISIONS: readonly TitleDecision[] = ['awarded', 'not-awarded', 'undetermined'];

function decisionCode(decisions: readonly TitleDecision[]): number {
  // Base 3, most significant first; a leading 1 keeps the length (titles are few: < 19 fit).
  let code = 1;
  for (const d of decisions) code = code * 3 + (d === 'awarded' ? 0 : d === 'not-awarded' ? 1 : 2);
  return code;
}

/**
 * Packs the items of one block (all `score` or `issues`).
 *
 * @param items - the block's items
 * @returns the columns
 * @internal
 */
export function packScores(items: readonly BatchItem[]): PackedScores {
  const n = items.length;
  const criteriaAt = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) criteriaAt[i + 1] = (criteriaAt[i] as number) + (items[i]?.score?.criteria.length ?? 0);
  const p: PackedScores = {
    count: n,
    kinds: new Uint8Array(n),
    index: new Int32Array(n),
    rows: new Int32Array(n),
    persons: new Array<string>(n),
    totals: new Float64Array(n),
    possible: new Float64Array(n),
    missing: new Int32Array(n),
    decisionCodes: new Int32Array(n),
    criteria: new Float64Array(criteriaAt[n] as number),
    criteriaAt,
    frameworkOf: new Int32Array(n),
    frameworks: [],
    unitOf: new Int32Array(n),
    units: [],
    periodOf: new Int32Array(n),
    periods: [],
    issues: [],
    warnings: [],
  };
  const unitIds = new Map<string, number>();
  const periodIds = new Map<string, number>();
  const frameworkIds = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const item = items[i] as BatchItem;
    p.index[i] = item.index;
    p.rows[i] = item.row ?? 0;
    const s = item.score;
    if (s === undefined) {
      p.kinds[i] = 1;
      p.persons[i] = '';
      p.issues.push([i, item.issues ?? [], item.id]);
      continue;
    }
    if (item.warnings !== undefined) p.warnings.push([i, item.warnings]);
    const pkey = `${s.period.from}..${s.period.to}`;
    let period = periodIds.get(pkey);
    if (period === undefined) {
      period = p.periods.push(s.period) - 1;
      periodIds.set(pkey, period);
    }
    p.periodOf[i] = period;
    p.persons[i] = s.person;
    p.totals[i] = s.total;
    p.possible[i] = s.possible;
    p.missing[i] = s.missing;
    p.decisionCodes[i] = decisionCode(s.decisions);
    p.criteria.set(s.criteria, criteriaAt[i] as number);
    const fkey = `${s.framework.id}@${s.framework.version}`;
    let f = frameworkIds.get(fkey);
    if (f === undefined) {
      f = p.frameworks.push({ id: s.framework.id, version: s.framework.version, titles: s.titles }) - 1;
      frameworkIds.set(fkey, f);
    }
    p.frameworkOf[i] = f;
    if (s.unit === undefined) p.unitOf[i] = -1;
    else {
      let key = '';
      for (const level in s.unit) key += `${level}\u0001${s.unit[level]}\u0002`;
      let u = unitIds.get(key);
      if (u === undefined) {
        u = p.units.push(s.unit) - 1;
        unitIds.set(key, u);
      }
      p.unitOf[i] = u;
    }
  }
  return p;
}

/**
 * Turns a packed block back into items. Units, frameworks and decision lists are shared, frozen
 * objects between the items of a block.
 *
 * @param p - the packed block
 * @returns the items, in order
 * @internal
 */
export function unpackScores(p: PackedScores): BatchItem[] {
  const frameworks = p.frameworks.map((f) => ({
    ref: Object.freeze({ id: f.id, version: f.version }),
    titles: Object.freeze([...f.titles]),
  }));
  const units = p.units.map((u) => Object.freeze(u));
  const periods = p.periods.map((x) => Object.freeze(x));
  const decisionLists = new Map<number, readonly TitleDecision[]>();
  const issues = new Map(p.issues.map(([i, list, id]) => [i, { list, id }]));
  const warnings = new Map(p.warnings);
  const out = new Array<BatchItem>(p.count);
  for (let i = 0; i < p.count; i++) {
    const row = p.rows[i] === 0 ? undefined : p.rows[i];
    const index = p.index[i] as number;
    if (p.kinds[i] === 1) {
      const rejected = issues.get(i);
      out[i] = { index, row, id: rejected?.id, issues: rejected?.list ?? [] };
      continue;
    }
    const f = frameworks[p.frameworkOf[i] as number] as (typeof frameworks)[number];
    const code = p.decisionCodes[i] as number;
    let decisions = decisionLists.get(code);
    if (decisions === undefined) {
      const list: TitleDecision[] = [];
      for (let c = code; c > 1; c = Math.floor(c / 3)) list.unshift(DECISIONS[c % 3] as TitleDecision);
      decisions = Object.freeze(list);
      decisionLists.set(code, decisions);
    }
    const u = p.unitOf[i] as number;
    const score: BatchScore = {
      person: p.persons[i] as string,
      total: p.totals[i] as number,
      possible: p.possible[i] as number,
      missing: p.missing[i] as number,
      decisions,
      criteria: Array.from(p.criteria.subarray(p.criteriaAt[i] as number, p.criteriaAt[i + 1] as number)),
      framework: f.ref,
      period: periods[p.periodOf[i] as number] as Period,
      unit: u < 0 ? undefined : units[u],
      titles: f.titles,
    };
    const warned = warnings.get(i);
    out[i] =
      warned === undefined
        ? { index, row, id: score.person, score }
        : { index, row, id: score.person, score, warnings: warned };
  }
  return out;
}
