import { describe, expect, it } from 'vitest';
import { issue } from '../src/errors/issue.js';
import {
  aggregate,
  builtinFormatters,
  CdhtError,
  createEngine,
  definePlugin,
  loadPlan,
  mergeAggregates,
  PluginError,
  rollUp,
  safeLoadPlan,
} from '../src/index.js';
import { xlsxPlugin } from '../src/node.js';
import { builtinFormatNames } from '../src/report/formatNames.js';
import { clone, fixture, record } from './helpers.js';

const basic = fixture('frameworks/basic.json') as Record<string, any>;
const text = (vi: string, en: string) => ({ vi, en });

describe('plugin contributions', () => {
  it('operators: eager and lazy, used by frameworks and compileRule', () => {
    const plugin = definePlugin({
      name: 'math',
      operators: {
        double: {
          kind: 'eager',
          arity: 1,
          evaluate: ([x]) => Number(x) * 2,
          description: text('gấp đôi {0}', 'twice {0}'),
        },
        firstTruthy: {
          kind: 'lazy',
          evaluate: (args, ctx, data) => {
            for (const a of args) {
              const v = a(data, ctx);
              if (v) return v;
            }
            return null;
          },
          description: text('giá trị đầu tiên có nghĩa', 'the first truthy value'),
        },
      },
    });
    const engine = createEngine({ plugins: [plugin] });
    expect(engine.compileRule({ double: [{ var: 'x' }] })({ x: 4 })).toBe(8);
    expect(engine.compileRule({ firstTruthy: [0, '', { var: 'y' }, 'z'] })({ y: 'yes' })).toBe('yes');
    const fw = clone(basic);
    fw.criteria[0].indicators[1].award = { double: [{ '!!': [{ var: 'reads' }] }] };
    const loaded = engine.load(fw);
    expect(engine.evaluate(loaded, record({ hours: 0, reads: true, score: { self: 1 } })).indicators[1]?.points).toBe(
      2,
    );
  });

  it('groups and evidence types are checked when a framework loads', () => {
    const fw = clone(basic);
    fw.group = 'fishers';
    fw.evidence.cccd = { type: 'cccd', label: text('số CCCD', 'citizen ID') };
    const bare = createEngine().safeLoad(fw);
    expect(bare.success).toBe(false);
    expect(bare.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_evidence_type', 'evidence.cccd.type'],
      ['unknown_group', 'group'],
    ]);
    const engine = createEngine({
      plugins: [
        definePlugin({
          name: 'vn',
          groups: { fishers: { label: text('Ngư dân', 'Fishers') } },
          evidenceTypes: {
            cccd: { label: text('Số CCCD', 'Citizen ID'), jsonSchema: { type: 'string', pattern: '^\\d{12}$' } },
          },
        }),
      ],
    });
    expect(engine.load(fw).evidence.cccd?.type).toBe('cccd');
    expect(Object.keys(engine.evidenceTypes)).toEqual(['cccd']);
    expect(engine.groups.fishers?.label.en).toBe('Fishers');
    expect(engine.groups.household?.label.vi).toBe('Người lớn trong gia đình học tập');
  });

  it('metrics, formatters and locales are registered per engine', () => {
    const plugin = definePlugin({
      name: 'extra',
      metrics: {
        'extra-young-titled': {
          label: text('Thanh niên đạt danh hiệu', 'Young title holders'),
          noun: text('thanh niên', 'young people'),
          population: (row) => Number((row.derived as Record<string, unknown> | undefined)?.age ?? 99) < 30,
          counted: (row) => (row.titles as Record<string, unknown> | undefined)?.cdht === true,
        },
      },
      formatters: {
        txt: { name: 'txt', extension: 'txt', mediaType: 'text/plain; charset=utf-8', format: (r) => r.progress.asOf },
      },
      locales: { ba: { label: 'Bahnar (ví dụ)', messages: { unknown_group: 'example text' } } },
    });
    const engine = createEngine({ plugins: [plugin] });
    expect(Object.keys(engine.metrics)).toEqual(['extra-young-titled']);
    expect(engine.formatters.txt?.extension).toBe('txt');
    const problem = issue('unknown_group', [], { group: 'fishers', known: ['household'] });
    expect(engine.message(problem, 'ba')).toBe('example text');
    // A code the locale lacks falls back to English.
    expect(engine.message(issue('unknown_operator', [], { operator: 'x' }), 'ba')).toBe('Unknown operator "x"');
    expect(engine.message(problem)).toBe('nhóm đối tượng "fishers" chưa được đăng ký (có: household)');
    expect(createEngine().formatters.txt).toBeUndefined();
  });
});

describe('registration fails fast', () => {
  const op = { kind: 'eager', evaluate: () => 1, description: text('một', 'one') } as const;
  it('on conflicts, naming both plugins', () => {
    const a = definePlugin({ name: 'a', groups: { fishers: { label: text('a', 'a') } } });
    const b = definePlugin({ name: 'b', groups: { fishers: { label: text('b', 'b') } } });
    expect(() => createEngine({ plugins: [a, b] })).toThrowError(
      'groups.fishers is contributed by both plugin "a" and plugin "b"',
    );
    expect(() => createEngine({ plugins: [definePlugin({ name: 'x', operators: { assessed: op } })] })).toThrowError(
      'operators.assessed is contributed by both plugin "cdht:core" and plugin "x"',
    );
    expect(() => createEngine({ plugins: [definePlugin({ name: 'x', operators: { '+': op } })] })).toThrowError(
      /operator_conflict/,
    );
  });

  it('on malformed plugins', () => {
    const cases: unknown[] = [
      { name: 'x', operators: { one: { evaluate: () => 1 } } },
      { name: 'x', operators: { 'bad name': op } },
      { name: 'x', formatters: { txt: { name: 'other', format: () => '' } } },
      { name: 'x', hooks: { onSomething: () => {} } },
      { name: 'x', hooks: { onEvaluation: { handler: () => {}, order: 'middle' } } },
      { name: 'x', rules: {} },
      { name: 'x', metrics: { m: { label: text('m', 'm') } } },
    ];
    for (const plugin of cases) {
      let error: unknown;
      try {
        createEngine({ plugins: [plugin as never] });
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(plugin)).toBeInstanceOf(CdhtError);
      expect((error as CdhtError).code).toBe('invalid_plugin');
      expect((error as CdhtError).message).toContain('plugin "x"');
    }
  });

  it('on operators in the old lazy/evaluateLazy form, saying what to write instead', () => {
    const old = {
      name: 'x',
      operators: { first: { lazy: true, evaluateLazy: () => 1, description: text('một', 'one') } },
    };
    expect(() => createEngine({ plugins: [old as never] })).toThrowError(
      /plugin "x": operators\.first .*use \{ kind: 'lazy', evaluate\(argFns, ctx, data\) \} instead of lazy\/evaluateLazy/,
    );
    const noKind = { name: 'x', operators: { first: { evaluate: () => 1, description: text('một', 'one') } } };
    expect(() => createEngine({ plugins: [noKind as never] })).toThrowError(/needs kind 'eager' or 'lazy'/);
  });
});

describe('hooks', () => {
  it('run in pre / registration / post order; transforms chain, observers see results', () => {
    const calls: string[] = [];
    const mk = (name: string, order?: 'pre' | 'post') =>
      definePlugin({
        name,
        hooks: {
          transformRecord: {
            handler: (r) => {
              calls.push(`transform:${name}`);
              return { ...r, data: { ...r.data, hours: Number(r.data.hours ?? 0) + 10 } };
            },
            order,
          },
          onEvaluation: (e) => {
            calls.push(`observe:${name}:${e.indicators[0]?.points}`);
          },
        },
      });
    const engine = createEngine({ plugins: [mk('one'), mk('two', 'post'), mk('three', 'pre')] });
    const fw = engine.load(basic);
    const e = engine.evaluate(fw, record({ hours: 10, reads: true, score: { self: 5 } }));
    // 10 + 3 × 10 = 40 hours → 10 points.
    expect(e.indicators[0]?.points).toBe(10);
    expect(calls).toEqual([
      'transform:three',
      'transform:one',
      'transform:two',
      // onEvaluation was registered without an order: registration order.
      'observe:one:10',
      'observe:two:10',
      'observe:three:10',
    ]);
  });

  it('transformFramework and onFrameworkLoaded', () => {
    const loaded: string[] = [];
    const engine = createEngine({
      plugins: [
        definePlugin({
          name: 'rename',
          hooks: {
            transformFramework: (json) => ({ ...(json as object), title: text('Đổi tên', 'Renamed') }),
            onFrameworkLoaded: (f) => {
              loaded.push(`${f.id}@${f.version}`);
            },
          },
        }),
      ],
    });
    expect(engine.load(basic).title.en).toBe('Renamed');
    expect(loaded).toEqual(['test-basic@1.0.0']);
  });

  it('wrap errors thrown by plugin code with the plugin, the hook and the cause', () => {
    const boom = Object.assign(new Error('boom'), { code: 'E_BOOM' });
    const engine = createEngine({
      plugins: [
        definePlugin({
          name: 'faulty',
          operators: {
            explode: {
              kind: 'eager',
              evaluate: () => {
                throw boom;
              },
              description: text('nổ', 'explodes'),
            },
          },
          hooks: {
            onEvaluation: () => {
              throw new TypeError('observer failed');
            },
          },
        }),
      ],
    });
    let error: unknown;
    try {
      engine.compileRule({ explode: [] })({});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PluginError);
    expect(error).toMatchObject({
      plugin: 'faulty',
      hook: 'operators.explode',
      pluginCode: 'E_BOOM',
      code: 'plugin_error',
    });
    expect((error as Error).cause).toBe(boom);
    const fw = engine.load(basic);
    expect(() => engine.evaluate(fw, record({}))).toThrowError(
      'plugin "faulty" failed in hooks.onEvaluation: observer failed',
    );
  });

  it('a plugin cannot reach another engine’s registrations', () => {
    const op = { kind: 'eager', evaluate: () => 'mine', description: text('của tôi', 'mine') } as const;
    const a = createEngine({ plugins: [definePlugin({ name: 'p', operators: { mine: op } })] });
    const b = createEngine();
    expect(a.compileRule({ mine: [] })()).toBe('mine');
    expect(() => b.compileRule({ mine: [] })).toThrowError(/unknown_operator/);
    expect(Object.isFrozen(a.operators)).toBe(true);
    expect(() => {
      (a.operators as Record<string, unknown>).other = op;
    }).toThrow();
    expect(Object.hasOwn(b.operators, 'mine')).toBe(false);
  });
});

describe('plugin metrics in target plans', () => {
  const national = fixture('../../criteria/plans/qd-677-2022.json') as Record<string, any>;
  const cadres = national.metrics.find((m: { id: string }) => m.id === 'cadres-trained');
  const trainedTwice = definePlugin({
    name: 'training',
    metrics: {
      'training:twice': {
        label: text('Tập huấn từ hai lần', 'Trained twice or more'),
        noun: text('cán bộ', 'cadres'),
        population: (row) => row.kind === 'cadre',
        counted: (row) => Number((row.facts as Record<string, unknown>).sessions ?? 0) >= 2,
      },
    },
  });
  const plan = {
    ...clone(national),
    id: 'plugin-plan',
    metrics: [{ ...cadres, id: 'cadres-twice', population: undefined, counted: undefined, use: 'training:twice' }],
  };
  const rows = [
    { kind: 'cadre', person: 'c1', unit: { province: 'Kon Tum' }, facts: { sessions: 2 } },
    { kind: 'cadre', person: 'c2', unit: { province: 'Kon Tum' }, facts: { sessions: 1 } },
    { kind: 'cadre', person: 'c3', unit: { province: 'Kon Tum' }, facts: { sessions: 3 } },
  ];

  it('a metric with "use" counts with the plugin’s predicates (2 of 3)', () => {
    const engine = createEngine({ plugins: [trainedTwice] });
    const loaded = loadPlan(JSON.parse(JSON.stringify(plan)), { metrics: engine.metrics, operators: engine.operators });
    const agg = aggregate(rows, loaded);
    expect(rollUp(agg)['']?.['cadres-twice']).toEqual({ num: 2, den: 3 });
  });

  it('unknown_metric without the plugin; invalid_metric with both rules and use', () => {
    const missing = safeLoadPlan(JSON.parse(JSON.stringify(plan)));
    expect(!missing.success && missing.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_metric', 'metrics.0.use'],
    ]);
    const both = safeLoadPlan(
      { ...JSON.parse(JSON.stringify(plan)), metrics: [{ ...cadres, use: 'training:twice' }] },
      { metrics: createEngine({ plugins: [trainedTwice] }).metrics },
    );
    expect(!both.success && both.issues.map((i) => i.code)).toEqual(['invalid_metric']);
  });
});

describe('the built-ins are a plugin', () => {
  it('cdht:core contributes the domain operators and the groups through the contract, and owns the report format names', () => {
    const engine = createEngine();
    expect(engine.plugins.map((p) => p.name)).toEqual(['cdht:core']);
    // The built-in formats stay out of the engine (renderReport carries them), but their names are taken.
    expect(Object.keys(engine.formatters)).toEqual([]);
    expect(Object.keys(builtinFormatters).sort()).toEqual([...builtinFormatNames].sort());
    // xlsx needs exceljs, so it is a cdht/node plugin of its own, registered through the same contract.
    const withXlsx = createEngine({ plugins: [xlsxPlugin] });
    expect(withXlsx.plugins.map((p) => p.name)).toEqual(['cdht:core', 'cdht:xlsx']);
    expect(Object.keys(withXlsx.formatters)).toEqual(['xlsx']);
    expect(Object.keys(engine.groups)).toEqual([
      'citizen',
      'resident',
      'household',
      'clan',
      'community',
      'official',
      'worker',
      'learner',
    ]);
    expect(Object.keys(engine.operators)).toEqual(
      expect.arrayContaining(['assessed', 'age', 'inPeriod', 'countInPeriod', 'sumInPeriod']),
    );
    expect(() =>
      createEngine({
        plugins: [
          definePlugin({
            name: 'x',
            formatters: { md: { name: 'md', extension: 'md', mediaType: 'text/markdown', format: () => '' } },
          }),
        ],
      }),
    ).toThrowError('formatters.md is contributed by both plugin "cdht:core" and plugin "x"');
    for (const name of builtinFormatNames) {
      expect(() =>
        createEngine({
          plugins: [
            definePlugin({
              name: 'x',
              formatters: { [name]: { name, extension: name, mediaType: 'text/plain', format: () => '' } },
            }),
          ],
        }),
      ).toThrowError(`formatters.${name} is contributed by both plugin "cdht:core" and plugin "x"`);
    }
  });
});

describe('plan ids that name Object.prototype members', () => {
  it('a metric called "constructor" counts like any other and touches no prototype', () => {
    const national = fixture('../../criteria/plans/qd-677-2022.json') as Record<string, any>;
    const cadres = national.metrics.find((m: { id: string }) => m.id === 'cadres-trained');
    const plan = loadPlan({ ...clone(national), id: 'odd-plan', metrics: [{ ...cadres, id: 'constructor' }] });
    const rows = [
      { kind: 'cadre', person: 'a', unit: { province: 'Kon Tum' }, facts: { trainedOnCriteria: true } },
      { kind: 'cadre', person: 'b', unit: { province: 'Kon Tum' }, facts: { trainedOnCriteria: false } },
      { kind: 'cadre', person: 'c', unit: { province: 'Kon Tum' }, facts: { trainedOnCriteria: true } },
    ];
    const agg = mergeAggregates([aggregate(rows.slice(0, 2), plan), aggregate(rows.slice(2), plan)]);
    expect(rollUp(agg)['']?.constructor).toEqual({ num: 2, den: 3 });
    expect((Object as unknown as { num?: unknown }).num).toBeUndefined();
  });
});
