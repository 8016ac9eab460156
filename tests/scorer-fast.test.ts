// The scorer's fast paths: slots read through a learnt record layout (never a prototype's value),
// and quantifiers over one list fused into one pass (results identical to the closures without
// fusion, and to json-logic-js on JSON data).
import { readFileSync } from 'node:fs';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { createSlotReader, fillSlots } from '../src/evaluate/slots.js';
import { createEngine, createScorer, evaluateCompiled } from '../src/index.js';
import { compileTree } from '../src/rules/compile.js';
import { compileFused } from '../src/rules/compiler/fuse.js';
import { parseRule } from '../src/rules/tree/parse.js';
import type { RuleContext } from '../src/rules/types.js';

// The benchmark's seeded generator (mulberry32), so the tests' records are as reproducible as the bench's.
const { rng } = (await import('../bench/records.mjs')) as { rng: (seed: number) => () => number };

const FIELDS = ['hours', 'reads', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'items'];

/** What `fillSlots` gives, as a plain array (the reference: Object.hasOwn per field). */
function safe(data: unknown, fields: readonly string[] = FIELDS): unknown[] {
  return fillSlots(data, fields, new Array(fields.length));
}

describe('createSlotReader', () => {
  it('reads exactly what fillSlots reads, for records of one layout and of changing layouts', () => {
    const read = createSlotReader(FIELDS);
    const slots = new Array(FIELDS.length);
    const records: unknown[] = [
      { hours: 3, reads: true, items: [1] },
      { hours: 4, reads: false, items: [] },
      { reads: false, hours: 5 },
      { hours: null, reads: undefined, items: 'x', extra: 1 },
      { hours: 6, reads: true, items: [2] },
      {},
      { a: 1, b: 2, c: 3 },
      { hours: 7, reads: true, items: [3] },
    ];
    for (let round = 0; round < 3; round++) {
      for (const r of records) {
        read(r, slots);
        expect(slots).toEqual(safe(r));
      }
    }
  });

  it('never reads a prototype: __proto__, constructor and friends as own JSON keys, null prototypes, class instances', () => {
    const read = createSlotReader(FIELDS);
    const slots = new Array(FIELDS.length);
    const json = JSON.parse(
      '{"hours": 2, "__proto__": {"reads": true}, "constructor": "c", "toString": 5, "hasOwnProperty": null}',
    ) as Record<string, unknown>;
    read(json, slots);
    expect(slots).toEqual([2, undefined, 'c', 5, { reads: true }, null, undefined, undefined]);
    expect(slots).toEqual(safe(json));
    // The same layout again: the learnt path gives the same.
    read(JSON.parse('{"hours": 3, "__proto__": 1, "constructor": "d", "toString": 6, "hasOwnProperty": 0}'), slots);
    expect(slots).toEqual([3, undefined, 'd', 6, 1, 0, undefined, undefined]);

    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { hours: 1, reads: true });
    for (let i = 0; i < 2; i++) {
      read(bare, slots);
      expect(slots).toEqual([1, true, undefined, undefined, undefined, undefined, undefined, undefined]);
    }

    class Person {
      own = 1;
      get hours(): number {
        return 99;
      }
    }
    for (let i = 0; i < 2; i++) {
      read(new Person(), slots);
      expect(slots).toEqual(safe(new Person()));
      expect(slots[0]).toBeUndefined();
    }
    // An object whose prototype carries the fields: none is read.
    const child = Object.create({ hours: 5, reads: true }) as Record<string, unknown>;
    read(child, slots);
    expect(slots.every((v) => v === undefined)).toBe(true);
    // An array: its own indexes only, none of which is a field.
    read([1, 2], slots);
    expect(slots.every((v) => v === undefined)).toBe(true);
  });

  it('does not read a value someone put on Object.prototype, enumerable or not', () => {
    const read = createSlotReader(['hours', 'reads']);
    const slots = new Array(2);
    read({ hours: 1, reads: true }, slots); // learns { hours, reads }
    read({ hours: 1 }, slots); // learns { hours }
    const proto = Object.prototype as Record<string, unknown>;
    try {
      proto.reads = 'polluted';
      read({ hours: 2 }, slots);
      expect(slots).toEqual([2, undefined]);
      read({ hours: 3, reads: false }, slots);
      expect(slots).toEqual([3, false]);
      read({ hours: 4 }, slots);
      expect(slots).toEqual([4, undefined]);
    } finally {
      delete proto.reads;
    }
    try {
      Object.defineProperty(Object.prototype, 'reads', { value: 'hidden', configurable: true, writable: true });
      for (let i = 0; i < 3; i++) {
        read({ hours: 5 }, slots);
        expect(slots).toEqual([5, undefined]);
      }
    } finally {
      delete proto.reads;
    }
  });

  it('reads an own property that is not enumerable, as Object.hasOwn sees it', () => {
    const read = createSlotReader(['hours', 'reads']);
    const slots = new Array(2);
    read({ hours: 1 }, slots);
    const r = { hours: 2 };
    Object.defineProperty(r, 'reads', { value: true, enumerable: false });
    read(r, slots);
    expect(slots).toEqual([2, true]);
  });
});

// ---------------------------------------------------------------- fusion

const certs = { var: 'certs' };
const acc = { var: 'accumulator' };
/** Quantifiers over one list, fusable and not, with the other rules of a framework around them. */
const RULES: unknown[] = [
  { some: [certs, { and: [{ var: 'passed' }, { '==': [{ var: 'year' }, 2024] }] }] },
  { '>=': [{ reduce: [{ filter: [certs, { var: 'passed' }] }, { '+': [acc, 1] }, 0] }, 2] },
  { reduce: [certs, { '+': [acc, { var: 'current.hours' }] }, 0] },
  { reduce: [certs, { '+': [acc, { var: 'current.hours' }] }] },
  { reduce: [{ filter: [certs, { '>=': [{ var: 'year' }, 2023] }] }, { '+': [acc, 1] }, 0.1] },
  { all: [certs, { var: 'passed' }] },
  { none: [certs, { and: [{ '==': [{ var: 'issuer' }, 'online'] }, { '!': [{ var: 'passed' }] }] }] },
  { some: [certs, { in: [{ var: 'kind' }, ['law', 'health']] }] },
  { all: [certs, { '<': [2019, { var: 'year' }, 2025] }] },
  { some: [certs, { '===': [{ var: 'kind' }, null] }] },
  { if: [{ some: [certs, { '>': [{ var: 'hours' }, 30] }] }, 'long', { all: [certs, { var: 'kind' }] }] },
  // Not fusable (an item rule with its own scope, a default): run as before, beside the fused ones.
  { some: [certs, { some: [{ var: 'tags' }, { '==': [{ var: '' }, 'x'] }] }] },
  { all: [certs, { var: ['passed', true] }] },
  { '+': [{ var: 'hours' }, 1] },
];

const KINDS = ['digital', 'law', 'health', null, 7];

/** A random value of an unexpected type. */
function odd(r: () => number): unknown {
  const pick = Math.floor(r() * 7);
  return [null, 'text', 12, true, [1, 2], { a: 1 }, ''][pick];
}

/** Random data for RULES: well typed, or with absent fields and values of other types when `wild`. */
function randomData(r: () => number, wild: boolean): Record<string, unknown> {
  const n = Math.floor(r() * 6);
  const list: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const c: Record<string, unknown> = {
      kind: KINDS[Math.floor(r() * KINDS.length)],
      hours: Math.floor(r() * 40),
      year: 2018 + Math.floor(r() * 7),
      issuer: r() < 0.3 ? 'online' : 'centre',
      passed: r() < 0.7,
      tags: r() < 0.5 ? ['x'] : [],
    };
    if (wild) {
      for (const key of Object.keys(c)) {
        const roll = r();
        if (roll < 0.08) delete c[key];
        else if (roll < 0.14) c[key] = odd(r);
      }
      const roll = r();
      if (roll < 0.04) list.push(null);
      else if (roll < 0.08) list.push('abc');
      else if (roll < 0.1) list.push(Object.assign(Object.create(null), c));
      else list.push(c);
    } else list.push(c);
  }
  const data: Record<string, unknown> = { certs: list, hours: Math.floor(r() * 50) };
  if (wild) {
    const roll = r();
    if (roll < 0.1) delete data.certs;
    else if (roll < 0.15) data.certs = odd(r);
    else if (roll < 0.18) data.certs = [];
  }
  return data;
}

function context(root: unknown, slots?: unknown[]): RuleContext {
  return { root, derived: {}, missing: [], read: null, slots, periodFrom: '', periodTo: '', asOf: '' };
}

/** Runs every rule, as a scoring pass does (one person at a time), recording results or errors. */
function runAll(fns: readonly ((d: unknown, c: RuleContext) => unknown)[], data: unknown, ctx: RuleContext) {
  return fns.map((fn) => {
    try {
      const value = fn(data, ctx);
      return { value, missing: [...(ctx.missing ?? [])] };
    } catch (error) {
      return { error: String(error) };
    }
  });
}

describe('compileFused', () => {
  const trees = RULES.map((rule) => parseRule(rule));
  const slots = new Map([
    ['certs', 0],
    ['hours', 1],
  ]);

  it('fuses the quantifiers over one list into one pass', () => {
    expect(compileFused(trees, {}, createSlotReader).passes).toBe(1);
    // Quantifiers that all stop early share no pass (measured: separate loops are cheaper).
    expect(compileFused([parseRule(RULES[0]), parseRule(RULES[5])], {}, createSlotReader).passes).toBe(0);
  });

  it.each([false, true])(
    'gives the results of the closures without fusion, with and without slots (wild data: %s; 3,000 records)',
    (wild) => {
      const plain = trees.map((t) => compileTree(t));
      const plainSlots = trees.map((t) => compileTree(t, { slots }));
      const fused = compileFused(trees, {}, createSlotReader);
      const fusedSlots = compileFused(trees, { slots }, createSlotReader);
      const r = rng(wild ? 11 : 12);
      let fellBack = 0;
      for (let i = 0; i < 3000; i++) {
        const data = randomData(r, wild);
        const expected = runAll(plain, data, context(data));
        fused.begin();
        expect(runAll(fused.fns, data, context(data))).toEqual(expected);
        const s = [data.certs, data.hours];
        fusedSlots.begin();
        expect(runAll(fusedSlots.fns, data, context(data, s))).toEqual(runAll(plainSlots, data, context(data, s)));
        if (wild && JSON.stringify(expected).includes('"missing":["certs"')) fellBack++;
      }
      if (wild) expect(fellBack).toBeGreaterThan(50);
    },
  );

  it('agrees with json-logic-js on JSON data, absent fields included', () => {
    const fused = compileFused(trees, {}, createSlotReader);
    const r = rng(5);
    for (let i = 0; i < 1500; i++) {
      const data = JSON.parse(JSON.stringify(randomData(r, i % 2 === 0))) as Record<string, unknown>;
      fused.begin();
      const got = fused.fns.map((fn) => fn(data, context(data)));
      // json-logic-js has no notion of a rule's own `var` defaults differing: all these rules are plain json-logic.
      expect(got).toEqual(RULES.map((rule) => jsonLogic.apply(rule as never, data)));
    }
  });

  it('does not reuse a pass for the next person, nor after the record changed', () => {
    const fused = compileFused(trees, {}, createSlotReader);
    const data = { certs: [{ passed: true, year: 2024, hours: 10 }], hours: 1 };
    fused.begin();
    expect(fused.fns[0]?.(data, context(data))).toBe(true);
    (data.certs[0] as { passed: boolean }).passed = false;
    fused.begin();
    expect(fused.fns[0]?.(data, context(data))).toBe(false);
    // Another list in the same pass (a new array): computed again.
    const other = { certs: [{ passed: true, year: 2024, hours: 10 }], hours: 1 };
    expect(fused.fns[0]?.(other, context(other))).toBe(true);
  });

  it('falls back, per person, on items it cannot pass over safely: the record itself, throwing getters, objects', () => {
    const fused = compileFused(trees, {}, createSlotReader);
    const plain = trees.map((t) => compileTree(t));
    const cyclic: Record<string, unknown> = { hours: 2 };
    cyclic.certs = [{ passed: true, year: 2024, hours: 3 }, cyclic];
    const throwing = { kind: 'law', passed: true, year: 2024, hours: 3 };
    Object.defineProperty(throwing, 'hours', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const objects = { certs: [{ passed: true, year: { valueOf: () => 2024 }, hours: 3 }], hours: 1 };
    for (const data of [cyclic, { certs: [{ passed: true, year: 2024, hours: 1 }, throwing], hours: 1 }, objects]) {
      fused.begin();
      expect(runAll(fused.fns, data, context(data))).toEqual(runAll(plain, data, context(data)));
    }
    // The record as its own item reads slots and reports its absent fields, as without fusion.
    const withSlots = compileFused(trees, { slots }, createSlotReader);
    const plainSlots = trees.map((t) => compileTree(t, { slots }));
    const s = [cyclic.certs, cyclic.hours];
    withSlots.begin();
    const own = runAll(withSlots.fns, cyclic, context(cyclic, s));
    expect(own).toEqual(runAll(plainSlots, cyclic, context(cyclic, s)));
    expect(own[0]).toEqual({ value: true, missing: [] });
    // Absent from the record read as an item: noted as the rules reach them (the context is shared).
    expect(own[5]).toEqual({ value: false, missing: ['passed', 'year'] });
    // Class instances and prototype-less items: prototype getters are never read.
    class Cert {
      get passed(): boolean {
        return true;
      }
      year = 2024;
    }
    const data = { certs: [new Cert(), Object.assign(Object.create(null), { passed: true, year: 2024 })], hours: 1 };
    fused.begin();
    const got = runAll(fused.fns, data, context(data));
    expect(got).toEqual(runAll(plain, data, context(data)));
    expect(got[0]).toEqual({ value: true, missing: [] });
    expect(got[5]).toEqual({ value: false, missing: [] });
  });
});

describe('createScorer with fused quantifiers (bench/framework-quantifiers.json)', () => {
  it('agrees with evaluateCompiled on 3,000 seeded records with evidence missing or of the wrong type here and there', async () => {
    const { makeRecord } = (await import('../bench/records-quantifiers.mjs')) as {
      makeRecord: (i: number, seed: number) => { data: Record<string, unknown> };
    };
    const engine = createEngine();
    const cf = engine.compile(
      engine.load(JSON.parse(readFileSync(new URL('../bench/framework-quantifiers.json', import.meta.url), 'utf8'))),
    );
    const score = createScorer(cf);
    const fields = Object.keys(cf.framework.evidence);
    const r = rng(3);
    let missing = 0;
    let awarded = 0;
    for (let i = 0; i < 3000; i++) {
      const rec = makeRecord(i, 9);
      const roll = r();
      if (roll < 0.2) delete rec.data[fields[i % fields.length] as string];
      else if (roll < 0.3) rec.data.certificates = odd(r);
      else if (roll < 0.4) {
        const list = rec.data.certificates as Record<string, unknown>[];
        if (list.length > 0) (list[0] as Record<string, unknown>).passed = odd(r);
        if (list.length > 1) delete (list[1] as Record<string, unknown>).year;
      }
      const e = evaluateCompiled(cf, rec as never, { explain: false, gap: false });
      const s = score(rec as never);
      expect([s.total, s.possible, s.missing, s.decisions, s.criteria]).toEqual([
        e.total,
        e.possible,
        e.indicators.filter((x) => x.status === 'missing').length,
        e.titles.map((t) => t.decision),
        e.criteria.map((c) => c.points),
      ]);
      if (s.missing > 0) missing++;
      if (s.decisions[0] === 'awarded') awarded++;
    }
    expect(missing).toBeGreaterThan(300);
    expect(awarded).toBeGreaterThan(100);
  });

  it('shares one frozen decisions array between persons with the same decisions', () => {
    const engine = createEngine();
    const cf = engine.compile(
      engine.load(JSON.parse(readFileSync(new URL('../bench/framework-quantifiers.json', import.meta.url), 'utf8'))),
    );
    const score = createScorer(cf);
    const data = { birthYear: 1990, hours: 0, certificates: [], skills: [], activities: [] };
    const a = score({ id: 'a', period: '2024', data } as never);
    const b = score({ id: 'b', period: '2024', data: { ...data } } as never);
    // Criterion C1 scores 0 (no hours, no certificates) whatever the missing profile and family hold.
    expect(a.missing).toBe(4);
    expect(a.decisions).toEqual(['not-awarded', 'not-awarded']);
    expect(b.decisions).toBe(a.decisions);
    expect(Object.isFrozen(a.decisions)).toBe(true);
  });
});
