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
import { type Expr, emitFast, type FastState, type Quantifier, truth, Unsupported } from './fastExpr.js';
import { num, str } from './literal.js';

/** The fast path's source: the function `fast(record)` (a `Score`, or null for the exact path). */
export interface FastSource {
  /** Module-level declarations, then `function fast(record) {…}`. */
  readonly lines: readonly string[];
  /** Keys the fast path loads directly; the module checks at run time that `Object.prototype` has none. */
  readonly keys: readonly string[];
}

/**
 * The fast path's own copies of `truthy`, `awardPoints` and `inOp` (same code): functions of the
 * module get their own type feedback, where the runtime's are shared with every closure of the engine
 * (which sees every kind of value) and stay generic. The differential tests hold them to the originals.
 */
const HELPERS = [
  'function truthy_(v) {',
  '  return Array.isArray(v) ? v.length !== 0 : !!v;',
  '}',
  'function award_(v, max) {',
  "  if (typeof v === 'number') return v !== v ? 0 : v < 0 ? 0 : v > max ? max : v;",
  '  return truthy_(v) ? max : 0;',
  '}',
  'function in_(a, b) {',
  "  if (typeof b === 'string') return b !== '' && b.indexOf(a) !== -1;",
  '  if (Array.isArray(b)) return b.indexOf(a) !== -1;',
  '  return false;',
  '}',
].join('\n');

/** `award` as points out of `max`, as `awardPoints`. */
function points(award: Expr, max: number, fs: FastState): string {
  if (award.t === 'bool') return `(${award.c} ? ${num(max)} : 0)`;
  if (award.t === 'num' && max >= 0) {
    // Clamped to [0, max]; NaN fails both tests (0), -0 passes the second (-0), as awardPoints.
    fs.temps += 1;
    const t = `t${fs.temps}`;
    return `((${t} = ${award.c}) > ${num(max)} ? ${num(max)} : ${t} >= 0 ? ${t} : 0)`;
  }
  return `award_(${award.c}, ${num(max)})`;
}

/** One loop over a list for every quantifier over it; each stops where the engine's loop would. */
function fusedLoop(group: readonly Quantifier[]): string[] {
  const first = group[0] as Quantifier;
  const open = group.map((_q, j) => `o${first.name}_${j}`);
  const lines = [`  const L${first.name} = ${first.list};`];
  lines.push(`  if (Array.isArray(L${first.name}) && L${first.name}.length > 0) {`);
  lines.push(`    let ${open.map((o) => `${o} = true`).join(', ')};`);
  lines.push(`    for (let i = 0; i < L${first.name}.length; i++) {`);
  lines.push(`      const it = L${first.name}[i];`);
  // An item that is the data itself would be read through the slots by the engine: leave it to it.
  lines.push('      if (it === d) return null;');
  lines.push('      const pi = $.plain(it);');
  group.forEach((q, j) => {
    // all stops at the first false (false); some at the first true (true); none at the first true (false).
    const stopOn = q.op !== 'all';
    const onStop = q.op === 'some';
    lines.push(`      if (${open[j]} && ${truth(q.body)} === ${stopOn}) {`);
    lines.push(`        ${q.name} = ${onStop};`);
    lines.push(`        ${open[j]} = false;`);
    lines.push('      }');
  });
  lines.push(`      if (!(${open.join(' || ')})) break;`);
  lines.push('    }');
  group.forEach((q, j) => {
    lines.push(`    if (${open[j]}) ${q.name} = ${q.op !== 'some'};`);
  });
  lines.push('  } else {');
  for (const q of group) lines.push(`    ${q.name} = ${q.op === 'none'};`);
  lines.push('  }');
  return lines;
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
 * The `criteria` list: most persons share a few combinations of small whole points, so those lists
 * are interned per scorer (frozen, in the Map `CR`, keyed by the points packed into a small integer,
 * at most 65,536 of them) instead of allocated per person; other values get a new list.
 */
function criteriaList(count: number, round: (x: string) => string): string[] {
  const lines = Array.from({ length: count }, (_c, k) => `  const r${k} = ${round(`c${k}`)};`);
  const values = Array.from({ length: count }, (_c, k) => `r${k}`).join(', ');
  // 7 bits a criterion for up to 4 criteria (points 0-127), 5 bits for 5 or 6 (0-31): a Smi key.
  const bits = count <= 4 ? 7 : count <= 6 ? 5 : 0;
  if (bits === 0 || count === 0) return [...lines, `  const criteria = [${values}];`];
  const small = Array.from({ length: count }, (_c, k) => `(r${k} | 0) === r${k} && r${k} >= 0 && r${k} < ${2 ** bits}`);
  const key = Array.from({ length: count }, (_c, k) => (k === 0 ? 'r0' : `r${k} * ${2 ** (bits * k)}`)).join(' + ');
  return [
    ...lines,
    '  let criteria;',
    `  if (${small.join(' && ')}) {`,
    `    const key = ${key};`,
    '    criteria = CR.get(key);',
    '    if (criteria === undefined) {',
    `      criteria = Object.freeze([${values}]);`,
    '      if (CR.size < 65536) CR.set(key, criteria);',
    '    }',
    `  } else criteria = [${values}];`,
  ];
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
    quantifiers: [],
    temps: 0,
    derived: new Map(),
    usesContext: false,
  };
  const body: string[] = [];
  const applicable: string[] = [];
  try {
    cf.derived.forEach((dv, i) => {
      // In order: a derived value reads the ones before it; a later one (or itself) is absent yet.
      const value = emitFast(dv.rules.tree.root, 'root', fs);
      body.push(`  const D${i} = ${value.t === 'any' ? `(t0 = ${value.c}) === undefined ? null : t0` : value.c};`);
      fs.derived.set(dv.name, `D${i}`);
    });
    cf.indicators.forEach((ind, i) => {
      const award = emitFast(ind.rules.award.tree.root, 'root', fs);
      if (ind.rules.when === null) {
        applicable.push('');
        body.push(`  const p${i} = ${points(award, ind.points, fs)};`);
      } else {
        const when = emitFast(ind.rules.when.tree.root, 'root', fs);
        applicable.push(`w${i} && `);
        body.push(`  const w${i} = ${truth(when)};`, `  const p${i} = w${i} ? ${points(award, ind.points, fs)} : 0;`);
      }
    });
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  out.next = own.next;
  const head = ['function fast(record, DEC, C, CR) {', '  const d = record.data;'];
  // The engine reads the period first (and fails on an absent one): leave such records to it.
  head.push('  if (record.period == null || !$.plain(d)) return null;', '  let M = false;');
  if (fs.usesContext) head.push('  $.enterRecord(C, record.period, d);');
  head.push(`  let ${Array.from({ length: fs.temps + 1 }, (_v, i) => `t${i}`).join(', ')};`);
  for (const [slot, name] of [...fs.fields].sort((a, b) => a[0] - b[0])) {
    fs.keys.add(name);
    const read =
      name in Object.prototype ? `Object.hasOwn(d, ${str(name)}) ? d[${str(name)}] : undefined` : `d[${str(name)}]`;
    head.push(`  const x${slot} = ${read};`);
  }
  for (const slot of [...fs.objects].sort((a, b) => a - b)) head.push(`  const q${slot} = $.plain(x${slot});`);
  const groups = new Map<string, Quantifier[]>();
  for (const q of fs.quantifiers) groups.set(q.key, [...(groups.get(q.key) ?? []), q]);
  if (fs.quantifiers.length > 0) head.push(`  let ${fs.quantifiers.map((q) => `${q.name} = false`).join(', ')};`);
  for (const group of groups.values()) head.push(...fusedLoop(group));

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
  const round = (x: string): string => `Math.round(${x} * 1e9) / 1e9`;
  tail.push(`  const rounded = ${round('total')};`);
  tail.push(...criteriaList(cf.criteria.length, round));
  tail.push(
    `  return { person: record.id, total: rounded, possible: rounded, missing: 0, decisions: ${decisions}, criteria };`,
    '}',
  );
  return { lines: [HELPERS, ...own.lines, [...head, ...body, ...tail].join('\n')], keys: [...fs.keys].sort() };
}
