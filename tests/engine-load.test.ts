import { describe, expect, it } from 'vitest';
import { CdhtError, createEngine, definePlugin, type Issue } from '../src/index.js';
import { clone, fixture, record } from './helpers.js';

const basic = fixture('frameworks/basic.json') as Record<string, any>;

function problems(json: unknown, engine = createEngine()): Issue[] {
  const r = engine.safeLoad(json, { file: 'f.json' });
  expect(r.success).toBe(false);
  return [...r.issues];
}
const codes = (issues: readonly Issue[]) => issues.map((i) => i.code);

describe('load: schema and meaning, every problem at once', () => {
  it('loads a valid framework and freezes nothing it should not', () => {
    const engine = createEngine();
    const fw = engine.load(basic);
    expect(fw.id).toBe('test-basic');
    expect(Object.isFrozen(engine)).toBe(true);
    expect(engine.get('test-basic')).toBe(fw);
  });

  it('schema_violation: names the file, the JSON path and what was expected', () => {
    const bad = clone(basic);
    bad.version = 'one';
    bad.criteria[0].indicators[0].points = 'ten';
    delete bad.title;
    bad.extra = 1;
    const issues = problems(bad);
    expect(issues.every((i) => i.code === 'schema_violation' && i.file === 'f.json')).toBe(true);
    const paths = issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['version', 'criteria.0.indicators.0.points', 'title', 'extra']));
    const points = issues.find((i) => i.path.join('.') === 'criteria.0.indicators.0.points');
    expect(points?.message.en).toBe('expected number');
    expect(points?.message.vi).toBe('cần kiểu number');
  });

  it('missing_field, duplicate_id, points_inconsistent, invalid_effective_dates together', () => {
    const bad = clone(basic);
    delete bad.group;
    bad.criteria[1].indicators[1].id = 'A.1';
    bad.criteria[0].max = 20;
    bad.criteria[0].indicators[0].min = 11;
    bad.effective = { from: '2024-01-01', until: '2023-01-01' };
    const issues = problems(bad);
    // A.1's minimum of 11 > its 10 points also makes both titles unreachable.
    expect(codes(issues).sort()).toEqual([
      'duplicate_id',
      'invalid_effective_dates',
      'missing_field',
      'points_inconsistent',
      'points_inconsistent',
      'title_unreachable',
      'title_unreachable',
    ]);
    expect(issues.find((i) => i.code === 'duplicate_id')?.path).toEqual(['criteria', 1, 'indicators', 1, 'id']);
  });

  it('undeclared_evidence, derived_order, unknown_operator, unsafe_var_path with paths inside rules', () => {
    const bad = clone(basic);
    bad.criteria[0].indicators[1].award = { var: 'readz' };
    bad.derived = {
      first: { label: basic.derived.active.label, rule: { var: 'second' } },
      second: basic.derived.active,
    };
    bad.criteria[1].indicators[0].award = { and: [true, { frobnicate: [1] }] };
    bad.criteria[1].indicators[1].award = { var: 'lang.__proto__' };
    bad.criteria[0].indicators[0].evidence = ['hours', 'minutes'];
    const issues = problems(bad);
    expect(codes(issues).sort()).toEqual([
      'derived_order',
      'undeclared_evidence',
      'undeclared_evidence',
      'unknown_operator',
      'unsafe_var_path',
    ]);
    expect(issues.find((i) => i.code === 'unknown_operator')?.path.slice(0, 6)).toEqual([
      'criteria',
      1,
      'indicators',
      0,
      'award',
      'and',
    ]);
  });

  it('rule_too_deep and rule_too_large are bounded with a clear error', () => {
    const bad = clone(basic);
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = { '+': [deep, 1] };
    bad.criteria[0].indicators[1].award = deep;
    bad.criteria[1].indicators[1].award = { '+': Array.from({ length: 20_000 }, () => 1) };
    expect(codes(problems(bad)).sort()).toEqual(['rule_too_deep', 'rule_too_large']);
  });

  it('title_unreachable and unknown_reference in titles', () => {
    const bad = clone(basic);
    bad.titles[0].requirements = { total: 31, indicators: { 'A.9': 1 }, eachIndicator: 6 };
    bad.criteria[0].indicators[1].award = 3;
    const issues = problems(bad);
    expect(codes(issues).sort()).toEqual([
      'title_unreachable',
      'title_unreachable',
      'title_unreachable',
      'unknown_reference',
    ]);
    expect(issues.filter((i) => i.code === 'title_unreachable').map((i) => i.message.en)).toEqual([
      'title learner can never be earned: needs 31 points but at most 28 exist',
      'title learner can never be earned: indicator A.2 needs 6 but can score at most 3',
      'title learner can never be earned: indicator B.2 needs 6 but can score at most 5',
    ]);
  });

  it('unknown_group unless a plugin registers the group', () => {
    const bad = clone(basic);
    bad.group = 'fishers';
    expect(codes(problems(bad))).toEqual(['unknown_group']);
    const engine = createEngine({
      plugins: [definePlugin({ name: 'fish', groups: { fishers: { label: { vi: 'Ngư dân', en: 'Fishers' } } } })],
    });
    expect(engine.load(bad).group).toBe('fishers');
  });

  it('duplicate_version: a version loads once', () => {
    const engine = createEngine();
    engine.load(basic);
    expect(codes(problems(basic, engine))).toEqual(['duplicate_version']);
  });

  it('throws CdhtError with every issue from load()', () => {
    const bad = clone(basic);
    bad.version = 'x';
    bad.id = 'Bad Id';
    try {
      createEngine().load(bad, { file: 'bad.json' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CdhtError);
      expect((error as CdhtError).issues).toHaveLength(2);
      expect((error as CdhtError).message).toMatch(/^bad\.json:\$\.(id|version): schema_violation/);
    }
  });
});

const child = (over: Record<string, unknown>) => ({
  id: 'test-child',
  version: '1.0.0',
  extends: 'test-basic@^1.0.0',
  title: { vi: 'Bộ con', en: 'Child' },
  ...over,
});

describe('extends', () => {
  it('inherits, overrides, adds and removes without copying', () => {
    const engine = createEngine();
    engine.load(basic);
    const fw = engine.load(
      child({
        evidence: { courses: { type: 'integer', label: { vi: 'số khóa học', en: 'courses' } } },
        overrides: {
          indicators: { 'A.1': { label: { vi: 'Giờ học', en: 'Hours' }, points: 20 } },
          titles: { learner: { requirements: { total: 30 } } },
        },
        addIndicators: [
          {
            criterion: 'B',
            indicator: {
              id: 'B.3',
              label: { vi: 'Khóa học', en: 'Courses' },
              points: 5,
              award: { '>=': [{ var: 'courses' }, 1] },
            },
          },
        ],
        remove: ['B.2', 'excellent'],
      }),
    );
    expect(fw.group).toBe('citizen');
    expect(fw.lineage).toEqual(['test-basic@1.0.0']);
    expect(fw.criteria.flatMap((c) => c.indicators.map((i) => `${i.id}:${i.points}`))).toEqual([
      'A.1:20',
      'A.2:5',
      'B.1:10',
      'B.3:5',
    ]);
    expect(fw.criteria[0]?.indicators[0]?.label.vi).toBe('Giờ học');
    expect(fw.criteria[0]?.indicators[0]?.award).toEqual(basic.criteria[0].indicators[0].award);
    expect(fw.titles.map((t) => t.id)).toEqual(['learner']);
    // A.1 now worth 20 but its rule still gives at most 10: 10 + 5 + 8 + 5 = 28.
    const e = engine.evaluate(fw, record({ hours: 45, reads: true, score: { self: 8 }, courses: 2 }));
    expect(e.max).toBe(40);
    expect(e.total).toBe(28);
    expect(e.titles[0]).toMatchObject({ id: 'learner', decision: 'not-awarded' });
  });

  it('missing_parent, unknown_reference, duplicate_id in a child', () => {
    expect(codes(problems(child({})))).toEqual(['missing_parent']);
    const engine = createEngine();
    engine.load(basic);
    const issues = problems(
      child({
        overrides: { indicators: { 'Z.1': { points: 1 } } },
        addIndicators: [{ criterion: 'A', indicator: { ...basic.criteria[0].indicators[0] } }],
        remove: ['nothing'],
      }),
      engine,
    );
    expect(codes(issues).sort()).toEqual(['duplicate_id', 'unknown_reference', 'unknown_reference']);
  });

  it('extends_cycle: a framework extending itself, or two extending each other', () => {
    const self = { ...clone(basic), extends: 'test-basic@1' };
    expect(codes(problems(self))).toContain('extends_cycle');
    const a = child({ id: 'cyc-a', extends: 'cyc-b@1', group: 'citizen' });
    const b = child({ id: 'cyc-b', extends: 'cyc-a@1', group: 'citizen' });
    const r = createEngine().loadAll([
      { file: 'a.json', json: a },
      { file: 'b.json', json: b },
    ]);
    expect(r.frameworks).toEqual([]);
    expect(r.issues.map((i) => [i.file, i.code])).toEqual([
      ['a.json', 'extends_cycle'],
      ['b.json', 'extends_cycle'],
    ]);
  });

  it('loadAll orders parents before children whatever the input order', () => {
    const r = createEngine().loadAll([{ json: child({}) }, { json: basic }]);
    expect(r.issues).toEqual([]);
    expect(r.frameworks.map((f) => f.id)).toEqual(['test-basic', 'test-child']);
  });
});

describe('versions', () => {
  const v2 = { ...clone(basic), version: '2.0.0', effective: { from: '2025-01-01' } };
  const v1 = { ...clone(basic), effective: { from: '2024-01-01', until: '2024-12-31' } };
  const engine = createEngine();
  engine.loadAll([{ json: v2 }, { json: v1 }]);

  it('frameworkFor picks the version in force on a date', () => {
    expect(engine.frameworkFor('test-basic', '2023-12-31')).toBeUndefined();
    expect(engine.frameworkFor('test-basic', '2024-12-31')?.version).toBe('1.0.0');
    expect(engine.frameworkFor('test-basic', '2025-01-01')?.version).toBe('2.0.0');
  });

  it('every evaluation names the version it used', () => {
    expect(engine.evaluate('test-basic', record({ hours: 1 })).framework.version).toBe('1.0.0');
    expect(engine.evaluate('test-basic', record({ hours: 1 }, { period: '2025' })).framework.version).toBe('2.0.0');
    expect(engine.evaluate('test-basic', record({ hours: 1 }), { asOf: '2025-06-01' }).framework.version).toBe('2.0.0');
    expect(() => engine.evaluate('test-basic', record({}, { period: '2020' }))).toThrowError(/unknown_framework/);
  });
});

describe('plugins at engine creation', () => {
  const op = {
    kind: 'eager',
    arity: 1,
    evaluate: ([x]: unknown[]) => Number(x) * 2,
    description: { vi: 'gấp đôi {0}', en: 'twice {0}' },
  } as const;
  it('plugin_conflict names both plugins; duplicate_plugin and invalid_plugin fail fast', () => {
    const a = definePlugin({ name: 'a', operators: { double: op } });
    const b = definePlugin({ name: 'b', operators: { double: op } });
    expect(() => createEngine({ plugins: [a, b] })).toThrowError(
      /operators.double is contributed by both plugin "a" and plugin "b"/,
    );
    expect(() => createEngine({ plugins: [a, a] })).toThrowError(/duplicate_plugin/);
    expect(() => createEngine({ plugins: [{ name: '' }] })).toThrowError(/invalid_plugin/);
  });

  it('engine.with returns a new engine; the old one cannot see the new operator', () => {
    const base = createEngine();
    base.load(basic);
    const more = base.with(definePlugin({ name: 'a', operators: { double: op } }));
    expect(more.get('test-basic')?.id).toBe('test-basic');
    expect(more.compileRule({ double: [21] })()).toBe(42);
    expect(() => base.compileRule({ double: [21] })).toThrowError(/unknown_operator/);
  });
});

describe('ids that name Object.prototype members', () => {
  it('an indicator called "constructor" is an ordinary indicator', () => {
    const fw = clone(basic);
    fw.criteria[0].indicators[1].id = 'constructor';
    fw.titles[0].requirements = { total: 20, indicators: { 'A.1': 5 } };
    const engine = createEngine();
    const loaded = engine.load(fw);
    const e = engine.evaluate(loaded, record({ hours: 45, reads: true, score: { self: 8 } }));
    expect(e.indicators.map((i) => [i.id, i.points])).toEqual([
      ['A.1', 10],
      ['constructor', 5],
      ['B.1', 8],
      ['B.2', null],
    ]);
    // 23 ≥ 20 even with B.2 (missing: isTeacher absent) at 0, and A.1 ≥ 5.
    expect(e.titles[0]?.decision).toBe('awarded');
  });
});
