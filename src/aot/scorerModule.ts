/**
 * Ahead-of-time compilation of a framework: the source of a standalone ES module that scores
 * records exactly as `createScorer` does, with every rule written out as JavaScript — like ajv's
 * standalone validation code. The output is text; nothing here runs it. A page with a strict
 * Content-Security-Policy (no `unsafe-eval`) can load the module, which the engine's own closures
 * never needed either.
 *
 * @module
 */
import { CdhtError, type JsonPath } from '../errors/issue.js';
import { toolingIssue } from '../errors/toolingIssue.js';
import type { CompiledFramework, CompiledTitle, ParsedRule } from '../framework/compileFramework.js';
import type { CompileState } from '../rules/compiler/node.js';
import { type EmitOutput, emitNode } from './emitRule.js';
import { fastScorer } from './fastScorer.js';
import { data, num, str } from './literal.js';

/**
 * Options of {@link compileScorerModule}.
 *
 * @category Evaluation
 */
export interface ScorerModuleOptions {
  /**
   * The module specifier the generated code imports its runtime from (default `'cdht/aot-runtime'`).
   * Give a path or URL when the module runs where the `cdht` package cannot be resolved.
   */
  readonly runtime?: string | undefined;
  /**
   * Whether to write the fast path (default true): the whole scorer written out for persons whose
   * evidence is complete, the exact path for everyone else. False writes the exact path only, which
   * gives the same results more slowly (for comparisons).
   */
  readonly fastPath?: boolean | undefined;
}

/** Writes one rule as a module function; returns its name. */
function emitRule(rule: ParsedRule, state: CompileState, derivedName: string, path: JsonPath, out: EmitOutput): string {
  const body = emitNode(rule.tree.root, { state, derivedName, path }, out);
  out.next += 1;
  const name = `r${out.next}`;
  out.lines.push(`function ${name}(d, c) {\n  return ${body};\n}`);
  return name;
}

/** `fillSlots(data, fields, slots)` written out for the declared fields. */
function fillSource(fields: readonly string[]): string {
  const read = fields.map((f, i) => `    s[${i}] = Object.hasOwn(d, ${str(f)}) ? d[${str(f)}] : undefined;`);
  const none = fields.map((_f, i) => `    s[${i}] = undefined;`);
  return [
    'function fillSlots(d, s) {',
    "  if (d !== null && typeof d === 'object') {",
    ...read,
    '  } else {',
    ...none,
    '  }',
    '}',
  ].join('\n');
}

/**
 * The indicator loop of `createScorer`'s pass written out, indicator by indicator in framework order
 * (so sums add up in the same order): applicability, missing evidence, points, criterion sums.
 */
function indicatorLoop(cf: CompiledFramework, rules: readonly { when: string; award: string }[]): string {
  const lines = [
    'function indicators(d, c, m, dm, st) {',
    '  const P = st.points;',
    '  const A = st.applicable;',
    '  const CL = st.criterionLow;',
    '  const CP = st.criterionPossible;',
    '  const ids = st.missingIds;',
    '  let total = 0;',
    '  let possible = 0;',
    '  let v;',
    '  let p;',
  ];
  cf.indicators.forEach((ind, i) => {
    const { when, award } = rules[i] as { when: string; award: string };
    const max = num(ind.points);
    const k = ind.criterion;
    const derivedLost =
      ind.derivedReads.length === 0
        ? ''
        : ` || (dm !== null && (${ind.derivedReads.map((r) => `dm[${str(r)}] === true`).join(' || ')}))`;
    const body = [
      `  A[${i}] = 1;`,
      `  v = m.length === 0 ? ${award}(d, c) : null;`,
      `  if (m.length > 0${derivedLost}) {`,
      `    P[${i}] = NaN;`,
      `    ids.push(${str(ind.id)});`,
      `    possible += ${max};`,
      `    CP[${k}] += ${max};`,
      '  } else {',
      `    p = $.awardPoints(v, ${max});`,
      `    P[${i}] = p;`,
      '    total += p;',
      `    CL[${k}] += p;`,
      `    CP[${k}] += p;`,
      '    possible += p;',
      '  }',
    ];
    lines.push(`  // ${i}`, '  if (m.length !== 0) m.length = 0;');
    if (when === 'null') lines.push(...body);
    else {
      lines.push(
        `  if (!$.truthy(${when}(d, c)) && m.length === 0) {`,
        `    P[${i}] = 0;`,
        `    A[${i}] = 0;`,
        '  } else {',
        ...body.map((l) => `  ${l}`),
        '  }',
      );
    }
  });
  lines.push('  st.total = total;', '  st.possible = possible;', '}');
  return lines.join('\n');
}

function titleSource(t: CompiledTitle, rule: string): string {
  return `{ total: ${num(t.total)}, indicatorMin: ${data([...t.indicatorMin])}, criterionMin: ${data([...t.criterionMin])}, rule: ${rule} }`;
}

/**
 * Generates the source of a standalone ES module for a compiled framework. The module exports
 * `createScorer(options?)`, which returns a scorer whose `Score` (total, possible, missing, title
 * decisions, points per criterion) is the one `createScorer` of the engine gives for the same
 * record, evaluation date and units, and `framework` (`{ id, version }`). At run time the module
 * imports only `cdht/aot-runtime` (or `options.runtime`).
 *
 * For a framework without variants (and without the constructs listed in `docs/cli.md`), the module
 * also has a fast path: the whole scorer written out for a person whose evidence is complete, the
 * exact path for everyone else, same results. Its `Score.decisions` is then a shared frozen array.
 *
 * Safe with third-party criteria files: every string of the framework is written as a string
 * literal (`JSON.stringify`, with U+2028, U+2029 and `<` escaped), structured data is rebuilt with
 * `JSON.parse`, names in the code are generated, and the generated reads follow own properties
 * only, as the engine's do. Frameworks using a plugin's operators cannot be compiled (the
 * plugin's code is not part of the framework).
 *
 * @param cf - the compiled framework (`engine.compile(framework)`)
 * @param options - where the module imports its runtime from
 * @returns the module's source text
 * @throws CdhtError `aot_unsupported` when a rule uses a plugin's operator, or for a collective framework
 * @example
 * const source = compileScorerModule(engine.compile(engine.get('cdht')!));
 * // write it to scorer.mjs, then: const { createScorer } = await import('./scorer.mjs');
 * @category Evaluation
 */
export function compileScorerModule(cf: CompiledFramework, options: ScorerModuleOptions = {}): string {
  const fw = cf.framework;
  if (cf.collective !== undefined) {
    throw new CdhtError([toolingIssue('aot_unsupported', ['collective'], { kind: 'collective' })]);
  }
  const out: EmitOutput = { lines: [], next: 0 };
  const derivedNames = Object.keys(fw.derived);
  const evidenceState: CompileState = {
    derived: new Set(derivedNames),
    slots: new Map(cf.fields.map((name, i) => [name, i])),
  };
  // Title rules read scores, not evidence: no derived names, no slots (as compileFramework).
  const titleState: CompileState = { derived: new Set(), slots: undefined };
  out.lines.push(`const dn = Object.freeze(new Set(${data(derivedNames)}));`);
  out.lines.push('const tn = Object.freeze(new Set());');

  const derived = cf.derived.map(
    (d) => `{ name: ${str(d.name)}, fn: ${emitRule(d.rules, evidenceState, 'dn', ['derived', d.name, 'rule'], out)} }`,
  );
  const paths = new Map<string, JsonPath>();
  fw.criteria.forEach((c, ci) => {
    c.indicators.forEach((ind, ii) => {
      paths.set(ind.id, ['criteria', ci, 'indicators', ii]);
    });
  });
  const indicatorRules: { when: string; award: string }[] = [];
  const indicators = cf.indicators.map((ind) => {
    const at = paths.get(ind.id) ?? [];
    const when = ind.rules.when === null ? 'null' : emitRule(ind.rules.when, evidenceState, 'dn', [...at, 'when'], out);
    const award = emitRule(ind.rules.award, evidenceState, 'dn', [...at, 'award'], out);
    indicatorRules.push({ when, award });
    return `{ id: ${str(ind.id)}, criterion: ${ind.criterion}, points: ${num(ind.points)}, when: ${when}, award: ${award}, derivedReads: ${data(ind.derivedReads)} }`;
  });
  const titleRules = cf.titles.map((t, ti) =>
    t.rules === null ? 'null' : emitRule(t.rules, titleState, 'tn', ['titles', ti, 'rule'], out),
  );
  const titles = cf.titles.map((t, ti) => titleSource(t, titleRules[ti] as string));
  // A variant changes requirements only: its titles keep the base title's rule.
  const variants = cf.variants.map(
    (v) =>
      `{ variant: ${data(v.variant)}, titles: [${v.titles.map((t, ti) => titleSource(t, t.rule === null ? 'null' : (titleRules[ti] as string))).join(', ')}] }`,
  );
  out.lines.push(fillSource(cf.fields), indicatorLoop(cf, indicatorRules));
  const fast = options.fastPath === false ? null : fastScorer(cf, evidenceState, out);
  if (fast !== null)
    out.lines.push(...fast.lines, `const DEC = $.decisionTable(${cf.titles.length <= 8 ? cf.titles.length : 0});`);
  const runtime = options.runtime ?? 'cdht/aot-runtime';
  return [
    `// Generated by cdht (compileScorerModule / \`cdht compile\`) from framework ${str(fw.id)} version ${str(fw.version)}.`,
    '// Do not edit: compile the framework again instead. Scores exactly as cdht createScorer does.',
    '/* eslint-disable */',
    `import * as $ from ${str(runtime)};`,
    '',
    ...out.lines,
    '',
    'const spec = {',
    `  criteria: ${data(cf.criteria)},`,
    `  indicators: [\n    ${indicators.join(',\n    ')}\n  ],`,
    `  derived: [${derived.join(', ')}],`,
    `  titles: [\n    ${titles.join(',\n    ')}\n  ],`,
    `  variants: [${variants.join(', ')}],`,
    `  maxTotal: ${num(cf.maxTotal)},`,
    `  fields: ${data(cf.fields)},`,
    '  unrolled: { fillSlots, indicators },',
    '};',
    '',
    '/** The framework this module was compiled from. */',
    `export const framework = Object.freeze({ id: ${str(fw.id)}, version: ${str(fw.version)} });`,
    '',
    '/**',
    ' * Creates a scorer (options: `asOf` yyyy-MM-dd, `units`), as cdht `createScorer(compiled, options)`.',
    ' * A scorer keeps scratch buffers between calls: use one per thread.',
    ' */',
    'export function createScorer(options) {',
    '  const exact = $.createModuleScorer(spec, options);',
    ...(fast === null
      ? ['  return exact;']
      : [
          // Direct loads are the engine's own-property reads only while Object.prototype lacks the keys.
          `  if (!$.directKeys(${data(fast.keys)})) return exact;`,
          '  const C = $.fastContext(options);',
          '  return function score(record) {',
          '    let s = null;',
          '    try {',
          '      s = fast(record, DEC, C);',
          '    } catch {',
          '      s = null;',
          '    }',
          '    return s !== null ? s : exact(record);',
          '  };',
        ]),
    '}',
    '',
  ].join('\n');
}
