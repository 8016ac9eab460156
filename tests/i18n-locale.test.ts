import { describe, expect, it } from 'vitest';
import { issue } from '../src/errors/issue.js';
import { toolingIssue } from '../src/errors/toolingIssue.js';
import {
  type CdhtError,
  createEngine,
  definePlugin,
  formatDate,
  formatNumber,
  formatPercent,
  type Issue,
  type LocaleDefinition,
  PluginError,
  validateEvidenceRecord,
} from '../src/index.js';
import { evaluateBatch } from '../src/node/batch/batch.js';
import type { BatchItem } from '../src/node/batch/batchCore.js';
import { fixture } from './helpers.js';

const source = fixture('frameworks/basic.json');
const data = { hours: 40, reads: true, isTeacher: false, lang: 'good' };

/** French: one wording of `invalid_evidence` by template, a reason by function. */
const fr: LocaleDefinition = {
  label: 'Français',
  messages: {
    'invalid_evidence.out_of_range': 'La valeur {value} est hors de l’intervalle {min}–{max}.',
    invalid_evidence: 'Preuve invalide.',
    total_below_min: (p) => `total ${p.actual} < ${p.expected}${p.possible ? ' (au mieux)' : ''}`,
    missing_evidence: 'Il manque « {label} » ({field}).',
  },
};

/** Khmer, by a function of the parameters. */
const km: LocaleDefinition = {
  label: 'ភាសាខ្មែរ',
  messages: { unknown_operator: (p, lang) => `${lang}: ប្រមាណវិធីមិនស្គាល់ «${p.operator}»` },
};

const engine = createEngine({ plugins: [definePlugin({ name: 'langs', locales: { fr, km } })] });
const fw = engine.load(source);

function outOfRange(self: number): Issue {
  const checked = validateEvidenceRecord({ id: 'p1', period: '2024', data: { ...data, score: { self } } }, fw.evidence);
  if (checked.success) throw new Error('expected the record to be rejected');
  const [first] = checked.issues;
  if (!first) throw new Error('no issue');
  return first;
}

describe('plugin locales', () => {
  it('translate a code with its parameters; vi and en come from the catalogues', () => {
    const i = outOfRange(11);
    expect(i).toMatchObject({
      code: 'invalid_evidence',
      path: ['data', 'score', 'self'],
      params: { kind: 'out_of_range', value: 11, min: 0, max: 10 },
    });
    expect(engine.message(i, 'fr')).toBe('La valeur 11 est hors de l’intervalle 0–10.');
    expect(engine.message(i, 'vi')).toBe('Giá trị 11 nằm ngoài khoảng 0–10 cho phép.');
    expect(engine.message(i, 'en')).toBe('Value 11 is outside the allowed range 0–10.');
    expect(engine.message(i)).toBe(i.message.vi);
  });

  it('write numbers in their own language', () => {
    const i = issue('invalid_evidence', [], { kind: 'out_of_range', value: 1086.5, min: 0, max: 1000 });
    // French groups with a narrow no-break space and uses a decimal comma.
    expect(engine.message(i, 'fr')).toBe('La valeur 1\u202f086,5 est hors de l’intervalle 0–1\u202f000.');
  });

  it('use the code’s message for kinds without their own, then fall back to English', () => {
    const wrongType = issue('invalid_evidence', [], { kind: 'wrong_type', type: 'number', got: '"8"' });
    expect(engine.message(wrongType, 'fr')).toBe('Preuve invalide.');
    const unknown = issue('unknown_group', [], { group: 'fishers', known: ['household'] });
    expect(engine.message(unknown, 'fr')).toBe('citizen group "fishers" is not registered (known: household)');
    expect(engine.message(unknown, 'de')).toBe(unknown.message.en);
  });

  it('fill {vi, en} parameters in English and leave unknown placeholders alone', () => {
    const missing = issue('missing_evidence', ['data', 'tc1_1'], {
      field: 'data.tc1_1',
      label: { vi: 'Điểm TC1.1', en: 'TC1.1 score' },
    });
    expect(engine.message(missing, 'fr')).toBe('Il manque « TC1.1 score » (data.tc1_1).');
    const odd = createEngine({
      plugins: [
        definePlugin({
          name: 'odd',
          locales: { xx: { label: 'x', messages: { missing_metrics: '{nope} {toString}' } } },
        }),
      ],
    });
    expect(odd.message(toolingIssue('missing_metrics', [], {}), 'xx')).toBe('{nope} {toString}');
  });

  it('translate reasons of a real evaluation, with their parameters', () => {
    const e = engine.evaluate(fw, { id: 'p1', period: '2024', data: { ...data, score: { self: 1 } } });
    const reasons = e.titles.flatMap((t) => t.reasons);
    const total = reasons.find((r) => r.code === 'total_below_min');
    expect(total).toBeDefined();
    if (total?.code !== 'total_below_min') return;
    expect(engine.message(total, 'fr')).toBe(`total ${total.actual} < ${total.expected}`);
    expect(engine.message(total, 'km')).toBe(total.message.en);
  });

  it('call message functions with the parameters and the tag', () => {
    expect(engine.message(issue('unknown_operator', [], { operator: 'foo' }), 'km')).toBe('km: ប្រមាណវិធីមិនស្គាល់ «foo»');
  });

  it('name the plugin when a message function throws', () => {
    const broken = createEngine({
      plugins: [
        definePlugin({
          name: 'broken',
          locales: {
            xx: {
              label: 'x',
              messages: {
                unknown_operator: () => {
                  throw new Error('boom');
                },
              },
            },
          },
        }),
      ],
    });
    const run = () => broken.message(issue('unknown_operator', [], { operator: 'foo' }), 'xx');
    expect(run).toThrow(PluginError);
    expect(run).toThrow('plugin "broken" failed in locales.xx.messages.unknown_operator: boom');
  });

  it('reject a message that is neither text nor a function', () => {
    const bad = definePlugin({
      name: 'bad',
      locales: { xx: { label: 'x', messages: { unknown_operator: 42 as unknown as string } } },
    });
    try {
      createEngine({ plugins: [bad] });
      expect.unreachable();
    } catch (error) {
      expect((error as CdhtError).issues[0]).toMatchObject({
        code: 'invalid_plugin',
        path: ['locales', 'xx'],
        params: { kind: 'bad_contribution', plugin: 'bad', part: 'locales', key: 'xx', problem: 'bad_message' },
        message: { en: 'plugin "bad": locales.xx messages must hold strings or functions' },
      });
    }
  });
});

describe('one zod converter', () => {
  async function doors(broken: unknown): Promise<readonly (readonly Issue[])[]> {
    const checked = validateEvidenceRecord(broken, fw.evidence);
    if (checked.success) throw new Error('expected a rejection');
    let thrown: readonly Issue[] = [];
    try {
      engine.evaluate(fw, broken);
    } catch (error) {
      thrown = (error as CdhtError).issues;
    }
    const items: BatchItem[] = [];
    for await (const item of evaluateBatch(engine, [broken])) items.push(item);
    const batched = items[0]?.issues ?? [];
    return [checked.issues, thrown, batched];
  }

  it('gives every door the same issues for a record of the wrong shape', async () => {
    const expected = [
      {
        code: 'invalid_record',
        path: ['id'],
        params: { kind: 'type', type: 'string' },
        message: { vi: 'cần kiểu string', en: 'expected string' },
      },
    ];
    expect(await doors({ id: 7, period: '2024', data })).toEqual([expected, expected, expected]);
    const missing = [
      {
        code: 'invalid_record',
        path: ['id'],
        params: { kind: 'required', property: 'id' },
        message: { vi: 'thiếu trường bắt buộc "id"', en: 'missing required property "id"' },
      },
    ];
    expect(await doors({ period: '2024', data })).toEqual([missing, missing, missing]);
  });
});

describe('formatting helpers', () => {
  it('write numbers, shares and dates per language', () => {
    expect([formatNumber(1086, 'vi'), formatNumber(1086, 'en')]).toEqual(['1.086', '1,086']);
    expect([formatNumber(1234567.891, 'vi'), formatNumber(-1234.5678, 'en')]).toEqual(['1.234.567,89', '-1,234.57']);
    expect([formatNumber(7, 'vi'), formatNumber(-0.001, 'vi'), formatNumber(Number.POSITIVE_INFINITY, 'en')]).toEqual([
      '7',
      '0',
      '∞',
    ]);
    expect([formatPercent(0.123, 'vi'), formatPercent(0.123, 'en'), formatPercent(1, 'vi')]).toEqual([
      '12,3%',
      '12.3%',
      '100%',
    ]);
    expect([formatDate('2025-12-31', 'vi'), formatDate('2025-12-31', 'en'), formatDate('31/12/2025', 'vi')]).toEqual([
      '31/12/2025',
      '2025-12-31',
      '31/12/2025',
    ]);
    // Tags Intl rejects fall back to English digits rather than throw.
    expect(formatNumber(1086.5, 'not a tag!')).toBe('1,086.5');
  });
});
