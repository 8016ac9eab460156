/**
 * The fast path of a compiled module: the whole scorer of `createScorer` written out for a framework
 * without variants or derived values, for a person whose evidence turns out complete. Slots are plain
 * loads, quantifiers over one list share a loop, title requirements are constants, and the `Score`
 * has one shape. When a top-level read finds nothing (`M`), a title rule would have to be evaluated,
 * the data is not a plain object, or anything throws, the fast path returns null and the module scores
 * the person with the exact path (`createScorer`'s own pass), so results stay identical.
 *
 * @module
 * @internal
 */
import type { CompiledFramework, CompiledTitle } from '../framework/compileFramework.js';
import type { CompileState } from '../rules/compiler/node.js';
import type { EmitOutput } from './emitRule.js';
import { emitFast } from './fastExpr.js';
import { HELPERS, plainTest, points, truth } from './fastInline.js';
import { fusedLoop, initialValue } from './fastLoop.js';
import { type FastState, type Pipe, ROOT, Unsupported } from './fastTypes.js';
import { num, str } from './literal.js';

/** The fast path's source: the function `fast(record)` (a `Score`, or null for the exact path). */
export interface FastSource {
  /** Module-level declarations, then `function fast(record) {…}`. */
  readonly lines: readonly string[];
  /** Keys the fast path loads directly; the module checks at run time that `Object.prototype` has none. */
  readonly keys: readonly string[];
}

/** The failing conditions of a title's requirements (none: the title holds whenever evidence is complete). */
function titleFails(cf: CompiledFramework, t: CompiledTitle, applicable: readonly string[]): string[] {
  const fails: string[] = [];
  // Points are ≥ 0 when every maximum is: a minimum ≤ 0 (or NaN) can never fail then.
  const nonNegative = (i: number): boolean => (cf.indicators[i]?.points as number) >= 0;
  const allNonNegative = cf.indicators.every((_ind, i) => nonNegative(i));
  cf.indicators.forEach((_ind, i) => {
    const min = t.indicatorMin[i] as number;
    if (min > 0) fails.push(`${applicable[i] as string}p${i} < ${num(min)}`);
  });
  if (t.total > 0 || !allNonNegative) fails.push(`total < ${num(t.total)}`);
  cf.criteria.forEach((_c, k) => {
    const min = t.criterionMin[k] as number;
    const inCriterion = cf.indicators.flatMap((ind, i) => (ind.criterion === k ? [i] : []));
    if (min > 0 || !inCriterion.every(nonNegative)) fails.push(`c${k} < ${num(min)}`);
  });
  return fails;
}

/**
 * Writes the fast path for a framework, or returns null when the framework needs what only the exact
 * path does (variants, derived values, operators other than the plain ones, defaults, nested quantifiers).
 *
 * @param cf - the compiled framework
 * @param state - the compile state of its evidence rules (as the exact path's)
 * @param out - the module's declarations (for fresh names)
 * @returns the source, or null
 */
export function fastScorer(cf: CompiledFramework, state: CompileState, out: EmitOutput): FastSource | null {
  if (cf.variants.length > 0) return null;
  const own: EmitOutput = { lines: [], next: out.next };
  const fs: FastState = {
    state,
    out: own,
    fields: new Map(),
    objects: new Set(),
    keys: new Set(),
    pipes: [],
    itemReads: new Map(),
    temps: 0,
    derived: new Map(),
    usesContext: false,
  };
  const body: string[] = [];
  const applicable: string[] = [];
  try {
    cf.derived.forEach((dv, i) => {
      // In order: a derived value reads the ones before it; a later one (or itself) is absent yet.
      const value = emitFast(dv.rules.tree.root, ROOT, fs);
      body.push(`  const D${i} = ${value.t === 'any' ? `(t0 = ${value.c}) === undefined ? null : t0` : value.c};`);
      fs.derived.set(dv.name, `D${i}`);
    });
    cf.indicators.forEach((ind, i) => {
      const award = emitFast(ind.rules.award.tree.root, ROOT, fs);
      if (ind.rules.when === null) {
        applicable.push('');
        body.push(`  const p${i} = ${points(award, ind.points, fs)};`);
      } else {
        const when = emitFast(ind.rules.when.tree.root, ROOT, fs);
        applicable.push(`w${i} && `);
        body.push(
          `  const w${i} = ${truth(when, fs)};`,
          `  const p${i} = w${i} ? ${points(award, ind.points, fs)} : 0;`,
        );
      }
    });
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  out.next = own.next;
  const head = ['function fast(record, DEC, C) {', '  const d = record.data;'];
  // The engine reads the period first (and fails on an absent one): leave such records to it.
  const plainData = plainTest('d', fs);
  const plainSlots = [...fs.objects].sort((a, b) => a - b).map((slot) => [slot, plainTest(`x${slot}`, fs)] as const);
  head.push(`  let tp, ${Array.from({ length: fs.temps + 1 }, (_v, i) => `t${i}`).join(', ')};`);
  head.push(`  if (record.period == null || !${plainData}) return null;`, '  let M = false;');
  if (fs.usesContext) head.push('  $.enterRecord(C, record.period, d);');
  for (const [slot, name] of [...fs.fields].sort((a, b) => a[0] - b[0])) {
    fs.keys.add(name);
    const read =
      name in Object.prototype ? `Object.hasOwn(d, ${str(name)}) ? d[${str(name)}] : undefined` : `d[${str(name)}]`;
    head.push(`  const x${slot} = ${read};`);
  }
  for (const [slot, test] of plainSlots) head.push(`  const q${slot} = ${test};`);
  const groups = new Map<string, Pipe[]>();
  for (const p of fs.pipes) groups.set(p.key, [...(groups.get(p.key) ?? []), p]);
  if (fs.pipes.length > 0) head.push(`  let ${fs.pipes.map((p) => `${p.name} = ${initialValue(p)}`).join(', ')};`);
  for (const [key, group] of groups) head.push(...fusedLoop(group, fs.itemReads.get(key) ?? new Map()));

  // An operator that found evidence absent noted it in C.missing, as in the engine: the exact path decides.
  const tail = [fs.usesContext ? '  if (M || C.missing.length !== 0) return null;' : '  if (M) return null;'];
  const sum = (list: number[]): string => (list.length === 0 ? '0' : `0 + ${list.map((i) => `p${i}`).join(' + ')}`);
  tail.push(`  const total = ${sum(cf.indicators.map((_ind, i) => i))};`);
  cf.criteria.forEach((_c, k) => {
    tail.push(`  const c${k} = ${sum(cf.indicators.flatMap((ind, i) => (ind.criterion === k ? [i] : [])))};`);
  });
  const bits: string[] = [];
  cf.titles.forEach((t, k) => {
    const fails = titleFails(cf, t, applicable);
    const holds = fails.length === 0 ? 'true' : `!(${fails.join(' || ')})`;
    tail.push(`  const o${k} = ${holds};`);
    // A title rule reads the scores through the engine's view: when the requirements hold, the exact path decides.
    if (t.rule !== null) tail.push(`  if (o${k}) return null;`);
    bits.push(`(o${k} ? ${2 ** k} : 0)`);
  });
  const decisions =
    cf.titles.length <= 8
      ? `DEC[${bits.length === 0 ? '0' : bits.join(' + ')}]`
      : `[${cf.titles.map((_t, k) => `o${k} ? 'awarded' : 'not-awarded'`).join(', ')}]`;
  // Rounded to 1e-9 as the engine does; a whole number below 2^23 is its own rounding (x·1e9 is exact).
  const round = (x: string): string => `((${x} << 8) >> 8) === ${x} ? ${x} : Math.round(${x} * 1e9) / 1e9`;
  tail.push(`  const rounded = ${round('total')};`);
  cf.criteria.forEach((_c, k) => {
    tail.push(`  const r${k} = ${round(`c${k}`)};`);
  });
  // A new list per person: allocating it costs less than looking up a shared one (measured).
  tail.push(`  const criteria = [${cf.criteria.map((_c, k) => `r${k}`).join(', ')}];`);
  tail.push(
    `  return { person: record.id, total: rounded, possible: rounded, missing: 0, decisions: ${decisions}, criteria };`,
    '}',
  );
  return { lines: [HELPERS, ...own.lines, [...head, ...body, ...tail].join('\n')], keys: [...fs.keys].sort() };
}
