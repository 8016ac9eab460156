// The loader checks framework files with the zod format; editors check them with the shipped JSON
// Schema (schema/framework.schema.json). Both must accept and reject the same files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frameworks, plans } from '../src/criteria.js';
import { FrameworkFileSchema } from '../src/format/framework.js';
import { PlanFileSchema } from '../src/format/plan.js';
import { createSchemaCheck } from '../src/framework/schemaValidator.js';

const schemaFile = (name: string): object =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../schema/${name}`, import.meta.url)), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const editorFramework = ajv.compile(schemaFile('framework.schema.json'));
const editorPlan = ajv.compile(schemaFile('plan.schema.json'));
const loaderFramework = createSchemaCheck(FrameworkFileSchema);
const loaderPlan = createSchemaCheck(PlanFileSchema);

/** Sets `value` at a path of a deep copy (a path ending past a leaf adds the key). */
function setAt(json: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(json) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

/** Every path to a value inside a JSON document. */
function paths(json: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (json === null || typeof json !== 'object') return [prefix];
  const keys = Array.isArray(json) ? json.map((_, i) => i) : Object.keys(json);
  return [prefix, ...keys.flatMap((k) => paths((json as Record<string | number, unknown>)[k], [...prefix, k]))];
}

const jsonValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 200 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('', 'x', 'cdht', 'TC1', '2.0.0', '2025-02-30', '2025-12-31', 'citizen', 'score', 'Ab c'),
  fc.constant({}),
  fc.constant([]),
  fc.constant({ vi: 'a', en: 'b' }),
);

describe('loader and JSON Schema agree', () => {
  it('accept every bundled framework and plan', () => {
    for (const f of frameworks) {
      expect(loaderFramework(f.json), f.file).toEqual([]);
      expect(editorFramework(f.json), f.file).toBe(true);
    }
    for (const p of plans) {
      expect(loaderPlan(p.json), p.file).toEqual([]);
      expect(editorPlan(p.json), p.file).toBe(true);
    }
  });

  it('decide alike on random changes to bundled frameworks (a value replaced, removed or added)', () => {
    const base = frameworks.map((f) => ({ json: f.json, paths: paths(f.json).filter((p) => p.length > 0) }));
    fc.assert(
      fc.property(fc.nat(base.length - 1), fc.nat(), jsonValue, fc.boolean(), (which, at, value, extraKey) => {
        const { json, paths: all } = base[which] as (typeof base)[number];
        const path = all[at % all.length] as (string | number)[];
        const target = extraKey && typeof value !== 'undefined' ? [...path.slice(0, -1), 'zzExtra'] : path;
        const changed = setAt(json, target, value);
        const loaderSays = loaderFramework(changed).length === 0;
        expect(loaderSays, JSON.stringify({ target, value })).toBe(editorFramework(changed));
      }),
      { numRuns: 1500, seed: 20251201 },
    );
  });

  it('report the JSON path and what was expected, in both languages', () => {
    const [first] = frameworks;
    const missing = setAt(first?.json, ['title'], undefined);
    expect(loaderFramework(missing, 'f.json')).toEqual([
      {
        code: 'schema_violation',
        path: ['title'],
        params: { kind: 'required', property: 'title' },
        message: { vi: 'thiếu trường bắt buộc "title"', en: 'missing required property "title"' },
        file: 'f.json',
      },
    ]);
    const extra = setAt(first?.json, ['criteria', 0, 'colour'], 'red');
    expect(loaderFramework(extra).map((i) => [i.path, i.message.en])).toEqual([
      [['criteria', 0, 'colour'], 'unknown property "colour"'],
    ]);
    const date = setAt(first?.json, ['effective', 'from'], '2023-02-30');
    expect(loaderFramework(date).map((i) => [i.path, i.message.en])).toEqual([
      [['effective', 'from'], 'expected a date yyyy-MM-dd'],
    ]);
    const group = setAt(first?.json, ['id'], 'Bad Id');
    expect(loaderFramework(group).map((i) => i.message.vi)).toEqual(['cần mã chữ thường, ví dụ cdht-xa-a']);
  });
});
