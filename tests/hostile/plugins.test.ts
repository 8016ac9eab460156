// Plugins guarded everywhere (issue 11, item 8): every function a plugin contributes runs wrapped, so
// what it throws names the plugin and where; what a transformRecord hook returns is validated again,
// and a report format must return text or bytes. Before: a formatter returning undefined wrote the
// text "undefined", a hook could hand the engine a score of 11, and a metric or evidence type that
// threw surfaced as a bare TypeError with no plugin named.
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  type CdhtError,
  createEngine,
  definePlugin,
  loadPlan,
  PluginError,
  type ReportFormatter,
  renderReport,
} from '../../src/index.js';
import { evaluateBatch } from '../../src/node/batch/batch.js';
import { fixture, record } from '../helpers.js';
import { fixtureInput } from '../reportFixtures.js';

const basic = fixture('frameworks/basic.json') as Record<string, any>;
const text = (vi: string, en: string) => ({ vi, en });

/** The PluginError a call throws or a promise rejects with. */
async function pluginError(run: () => unknown): Promise<PluginError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(PluginError);
    return error as PluginError;
  }
  throw new Error('expected a PluginError');
}

describe('a transformRecord hook is checked like the front door', () => {
  const inflate = definePlugin({
    name: 'inflate',
    hooks: { transformRecord: (r) => ({ ...r, data: { ...r.data, score: { self: 11 } } }) },
  });

  it('a record the hook pushes out of range is refused, naming the plugin and the first problem', async () => {
    const engine = createEngine({ plugins: [inflate] });
    const fw = engine.load(basic);
    const error = await pluginError(() => engine.evaluate(fw, record({ hours: 10, score: { self: 8 } })));
    expect(error.plugin).toBe('inflate');
    expect(error.hook).toBe('hooks.transformRecord');
    expect(error.issues[0]?.params).toEqual({
      plugin: 'inflate',
      hook: 'hooks.transformRecord',
      kind: 'bad_result',
      expected: 'record',
      got: 'invalid_evidence $.data.score.self',
    });
    expect(error.message).toContain('expected an evidence record the framework accepts');
    expect(error.issues[0]?.message.vi).toContain('cần một bản ghi minh chứng hợp lệ với bộ tiêu chí');
    // The framework's own problems are kept as the cause.
    expect((error.cause as CdhtError).issues.map((i) => i.code)).toEqual(['invalid_evidence']);
    const safe = engine.safeEvaluate(fw, record({ hours: 10, score: { self: 8 } }));
    expect(safe.success).toBe(false);
  });

  it('the batch door rejects that record with the same issue and evaluates the others', async () => {
    // Only the record of p2 is inflated: the others go through untouched.
    const only = definePlugin({
      name: 'inflate-p2',
      hooks: {
        transformRecord: (r) => (r.id === 'p2' ? { ...r, data: { ...r.data, hours: -5 } } : r),
      },
    });
    const engine = createEngine({ plugins: [only] });
    engine.load(basic);
    const rows = ['p1', 'p2', 'p3'].map((id) => ({ ...record({ hours: 12 }), id, framework: 'test-basic' }));
    const items = [];
    for await (const item of evaluateBatch(engine, rows)) items.push(item);
    expect(items.map((i) => [i.id, 'issues' in i && i.issues ? i.issues[0]?.code : 'evaluated'])).toEqual([
      ['p1', 'evaluated'],
      ['p2', 'plugin_error'],
      ['p3', 'evaluated'],
    ]);
    const rejected = items[1] as unknown as { issues: readonly { params: unknown }[] };
    expect(rejected.issues[0]?.params).toMatchObject({ plugin: 'inflate-p2', got: 'invalid_evidence $.data.hours' });
  });

  it('a hook that returns a valid record still changes the evaluation (10 + 30 hours = 10 points)', () => {
    const add = definePlugin({
      name: 'add',
      hooks: { transformRecord: (r) => ({ ...r, data: { ...r.data, hours: Number(r.data.hours) + 30 } }) },
    });
    const engine = createEngine({ plugins: [add] });
    const fw = engine.load(basic);
    expect(engine.evaluate(fw, record({ hours: 10 })).indicators[0]?.points).toBe(10);
  });
});

describe('report formats from plugins', () => {
  const formatter = (format: ReportFormatter['format']): ReportFormatter => ({
    name: 'odd',
    extension: 'txt',
    mediaType: 'text/plain',
    format,
  });

  it('a result that is no text or bytes is refused, naming the plugin, the format and what came', async () => {
    for (const [result, got] of [
      [undefined, 'undefined'],
      [null, 'null'],
      [42, 'number'],
      [['a'], 'array'],
      [{ text: 'x' }, 'object'],
    ] as const) {
      const engine = createEngine({
        plugins: [definePlugin({ name: 'odd-format', formatters: { odd: formatter(() => result as never) } })],
      });
      const error = await pluginError(() => renderReport(fixtureInput(), 'odd', {}, engine.formatters));
      expect(error.hook).toBe('formatters.odd.format');
      expect(error.issues[0]?.params).toMatchObject({ kind: 'bad_result', expected: 'text_or_bytes', got });
    }
  });

  it('text, bytes and promises of them pass; what the format throws names the plugin', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const ok = createEngine({
      plugins: [
        definePlugin({
          name: 'ok',
          formatters: {
            odd: formatter(() => 'plain'),
            raw: { ...formatter(async () => bytes), name: 'raw' },
          },
        }),
      ],
    });
    expect(await renderReport(fixtureInput(), 'odd', {}, ok.formatters)).toBe('plain');
    expect(await renderReport(fixtureInput(), 'raw', {}, ok.formatters)).toEqual(bytes);
    const boom = new Error('disk on fire');
    const failing = createEngine({
      plugins: [
        definePlugin({
          name: 'failing',
          formatters: {
            odd: formatter(() => {
              throw boom;
            }),
          },
        }),
      ],
    });
    const error = await pluginError(() => renderReport(fixtureInput(), 'odd', {}, failing.formatters));
    expect(error).toMatchObject({ plugin: 'failing', hook: 'formatters.odd.format' });
    expect(error.cause).toBe(boom);
  });
});

describe('evidence types and metrics from plugins', () => {
  it('an evidence type whose parse throws names the plugin and the type', async () => {
    const fw = JSON.parse(JSON.stringify(basic));
    fw.evidence.cccd = { type: 'cccd', label: text('số CCCD', 'citizen ID') };
    const engine = createEngine({
      plugins: [
        definePlugin({
          name: 'cccd',
          evidenceTypes: {
            cccd: {
              label: text('Số CCCD', 'Citizen ID'),
              jsonSchema: { type: 'string' },
              parse: () => {
                throw new RangeError('bad digits');
              },
            },
          },
        }),
      ],
    });
    const loaded = engine.load(fw);
    const error = await pluginError(() => engine.evaluate(loaded, record({ cccd: '062 085' })));
    expect(error).toMatchObject({ plugin: 'cccd', hook: 'evidenceTypes.cccd.parse' });
    expect(error.issues[0]?.message.en).toBe('plugin "cccd" failed in evidenceTypes.cccd.parse: bad digits');
  });

  it('a metric whose rule throws names the plugin and the metric', () => {
    const national = fixture('../../criteria/plans/qd-677-2022.json') as Record<string, any>;
    const {
      population: _p,
      counted: _c,
      ...cadres
    } = national.metrics.find((m: { id: string }) => m.id === 'cadres-trained');
    const engine = createEngine({
      plugins: [
        definePlugin({
          name: 'counts',
          metrics: {
            'training:odd': {
              label: text('Tập huấn', 'Trained'),
              noun: text('cán bộ', 'cadres'),
              population: () => true,
              counted: () => {
                throw new Error('no facts');
              },
            },
          },
        }),
      ],
    });
    const plan = loadPlan(
      { ...JSON.parse(JSON.stringify(national)), metrics: [{ ...cadres, use: 'training:odd' }] },
      { metrics: engine.metrics },
    );
    const rows = [{ kind: 'cadre', person: 'a', unit: { province: 'Kon Tum' }, facts: { trainedOnCriteria: true } }];
    let error: unknown;
    try {
      aggregate(rows, plan);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PluginError);
    expect(error).toMatchObject({ plugin: 'counts', hook: 'metrics.training:odd.counted' });
  });
});
