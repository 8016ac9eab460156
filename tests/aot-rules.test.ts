import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type EmitOutput, emitNode } from '../src/aot/emitRule.js';
import { fillSlots } from '../src/evaluate/slots.js';
import { compileTree } from '../src/rules/compile.js';
import type { CompileState } from '../src/rules/compiler/node.js';
import { domainOperators } from '../src/rules/operators/domain.js';
import type { RuleTree } from '../src/rules/tree/nodes.js';
import { safeParseRule } from '../src/rules/tree/parse.js';
import type { RuleContext, RuleFn } from '../src/rules/types.js';

/*
 * Rule by rule: random json-logic rules (every standard and domain operator, literal, default and
 * computed `var` paths, derived names, slots) emitted as code and compared with the compiler's
 * closures on random data — the value, a throw, and what the rule reported missing.
 */
const RUNTIME = pathToFileURL(new URL('../src/aot-runtime.ts', import.meta.url).pathname).href;
const dir = mkdtempSync(join(tmpdir(), 'cdht-aot-rules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIELDS = ['a', 'b', 'list', 'nested', 'date'];
const state: CompileState = { derived: new Set(['dv']), slots: new Map(FIELDS.map((f, i) => [f, i])) };
const PATHS = [
  'a',
  'b',
  'c',
  'dv',
  'list',
  'nested.x',
  'nested.x.y',
  'list.0',
  'list.length',
  'date',
  'hours',
  'self',
  '__proto__',
  'constructor.name',
  'toString',
  'current',
  'accumulator',
  '',
];
const OPS = [
  '==',
  '===',
  '!=',
  '!==',
  '>',
  '>=',
  '<',
  '<=',
  '!',
  '!!',
  '%',
  'in',
  'cat',
  'substr',
  '+',
  '*',
  '-',
  '/',
  'min',
  'max',
  'merge',
  'if',
  '?:',
  'and',
  'or',
  'map',
  'filter',
  'reduce',
  'all',
  'some',
  'none',
  'missing',
  'missing_some',
  'log',
  'date',
  'age',
  'inPeriod',
  'daysBetween',
  'countInPeriod',
  'sumInPeriod',
  'assessed',
];

const leaf = fc.oneof(
  fc.integer({ min: -3, max: 30 }),
  fc.constantFrom(0.5, -0, Number.NaN, '', '0', '2025-03-04', '04/03/2025', 'x', true, false, null),
  fc.constantFrom(...PATHS).map((p) => ({ var: p })),
  fc.constantFrom('a', 'b', 'list', 'nested.x', 'date').map((p) => ({ var: p })),
  fc.tuple(fc.constantFrom(...PATHS), fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant('d'))).map(([p, d]) => ({
    var: [p, d],
  })),
);
const rule = fc.letrec((tie) => ({
  node: fc.oneof(
    { maxDepth: 4, depthSize: 'small' },
    leaf,
    tie('call'),
    tie('call'),
    fc.array(tie('node'), { maxLength: 3 }),
  ),
  call: fc
    .tuple(
      fc.constantFrom(...OPS),
      fc.oneof(
        fc.array(tie('node'), { minLength: 2, maxLength: 2 }),
        fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
        fc.array(tie('node'), { minLength: 0, maxLength: 4 }),
      ),
    )
    .map(([op, args]) => ({ [op]: args })),
})).node;

const value = fc.letrec((tie) => ({
  v: fc.oneof(
    { maxDepth: 3 },
    fc.integer({ min: -3, max: 30 }),
    fc.constantFrom('', 'x', 'xy', '2025-05-01', '12/12/2024', null, true, false, 0.5),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.record(
      { x: tie('v'), date: fc.constantFrom('2025-02-01', '2024-12-31', 'bad'), hours: fc.integer({ min: 0, max: 9 }) },
      { requiredKeys: [] },
    ),
    fc.record(
      { self: fc.integer({ min: 0, max: 10 }), reviewed: fc.integer({ min: 0, max: 10 }) },
      { requiredKeys: ['self'] },
    ),
  ),
})).v;
const record = fc.dictionary(fc.constantFrom(...FIELDS, 'c', 'self', '__proto__', 'constructor'), value, {
  maxKeys: 6,
});

function context(data: Record<string, unknown>): RuleContext {
  return {
    root: data,
    derived: { dv: data.a ?? null },
    missing: [],
    read: null,
    slots: fillSlots(data, FIELDS, new Array(FIELDS.length)),
    periodFrom: '2025-01-01',
    periodTo: '2025-12-31',
    asOf: '2025-12-31',
  };
}

function run(fn: RuleFn, data: Record<string, unknown>): string {
  const ctx = context(data);
  try {
    const result = fn(data, ctx);
    return `${show(result)} missing ${JSON.stringify(ctx.missing)}`;
  } catch (error) {
    return `throws ${(error as Error).constructor.name}`;
  }
}

/** Values compared exactly: NaN, -0 and undefined included. */
function show(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `[${v.map(show).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}:${show(x)}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

describe('emitted rules behave as the compiler closures', () => {
  it('on 3,000 random rules × 16 records each (value, throw, missing paths)', async () => {
    const rules = fc
      .sample(rule, { numRuns: 6000, seed: 16 })
      .map((r) => safeParseRule(r, { operators: domainOperators }))
      .filter((p): p is { success: true; tree: RuleTree } => p.success)
      .slice(0, 3000)
      .map((p) => p.tree);
    expect(rules.length).toBe(3000);
    const out: EmitOutput = { lines: [], next: 0 };
    out.lines.push(`const dn = new Set(["dv"]);`);
    const names = rules.map((tree, i) => {
      const body = emitNode(tree.root, { state, derivedName: 'dn', path: ['rules', i] }, out);
      out.next += 1;
      out.lines.push(`function r${out.next}(d, c) {\n  return ${body};\n}`);
      return `r${out.next}`;
    });
    const file = join(dir, 'rules.mjs');
    writeFileSync(
      file,
      `import * as $ from ${JSON.stringify(RUNTIME)};\n${out.lines.join('\n')}\nexport const rules = [${names.join(', ')}];\n`,
    );
    const emitted = ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { rules: RuleFn[] }).rules;
    const records = fc.sample(record, { numRuns: 15, seed: 5 }).map((r) => {
      // JSON round trip: `__proto__` becomes an own key, as in evidence files.
      return JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    });
    records.push(
      JSON.parse('{"__proto__":{"a":1},"a":[1,2],"list":[{"date":"2025-02-01","hours":3}],"constructor":{"name":"x"}}'),
    );
    const mismatches: string[] = [];
    let nonTrivial = 0;
    rules.forEach((tree, i) => {
      const closure = compileTree(tree, state);
      const seen = new Set<string>();
      for (const data of records) {
        const expected = run(closure, data);
        const actual = run(emitted[i] as RuleFn, data);
        seen.add(expected);
        if (expected !== actual) mismatches.push(`rule ${i} ${JSON.stringify(data)}: ${expected} ≠ ${actual}`);
      }
      if (seen.size > 1) nonTrivial++;
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
    // The rules are not all constants: hundreds depend on the record.
    expect(nonTrivial).toBeGreaterThan(500);
  });
});
