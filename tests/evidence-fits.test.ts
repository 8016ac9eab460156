import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _fitsEvidence, checkEvidenceValue } from '../src/evidence/checkField.js';
import { isIsoDate } from '../src/evidence/dates.js';
import { _checkDepth, EVIDENCE_MAX_DEPTH } from '../src/evidence/depth.js';
import { validateEvidenceRecord } from '../src/evidence/validate.js';
import type { EvidenceField } from '../src/format/framework.js';
import { FIELDS } from './fixtures/evidence/fields.js';

// The batch front door answers "does this value fit its field?" without building issues; the answer
// must be exactly "checkEvidenceValue finds nothing", or a record could pass the fast check and fail
// the full one (or the reverse) depending on the door it came through.

const label = { vi: 'Trường', en: 'Field' };
const leaf: fc.Arbitrary<EvidenceField> = fc.oneof(
  fc.record(
    {
      type: fc.constant('number' as const),
      label: fc.constant(label),
      min: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
      max: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    },
    { requiredKeys: ['type', 'label'] },
  ),
  fc.record(
    {
      type: fc.constant('integer' as const),
      label: fc.constant(label),
      min: fc.option(fc.integer({ min: -5, max: 5 }), { nil: undefined }),
      max: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    },
    { requiredKeys: ['type', 'label'] },
  ),
  fc.record({ type: fc.constant('boolean' as const), label: fc.constant(label) }),
  fc.record({ type: fc.constant('date' as const), label: fc.constant(label) }),
  fc.record(
    {
      type: fc.constant('string' as const),
      label: fc.constant(label),
      values: fc.option(fc.array(fc.constantFrom('a', 'b', 'Đắk'), { minLength: 1 }), { nil: undefined }),
    },
    { requiredKeys: ['type', 'label'] },
  ),
  fc.record(
    {
      type: fc.constant('enum' as const),
      label: fc.constant(label),
      values: fc.option(fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 1 }), { nil: undefined }),
    },
    { requiredKeys: ['type', 'label'] },
  ),
  fc.record(
    {
      type: fc.constant('assessment' as const),
      label: fc.constant(label),
      min: fc.option(fc.constantFrom(0, 1), { nil: undefined }),
      max: fc.option(fc.constantFrom(5, 10), { nil: undefined }),
    },
    { requiredKeys: ['type', 'label'] },
  ),
);
const { field } = fc.letrec<{ field: EvidenceField }>((tie) => ({
  field: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record(
      {
        type: fc.constant('list' as const),
        label: fc.constant(label),
        items: fc.option(tie('field'), { nil: undefined }),
        min: fc.option(fc.constantFrom(0, 1), { nil: undefined }),
        max: fc.option(fc.constantFrom(2, 3), { nil: undefined }),
      },
      { requiredKeys: ['type', 'label'] },
    ),
    fc.record(
      {
        type: fc.constant('object' as const),
        label: fc.constant(label),
        fields: fc.option(
          fc.dictionary(
            fc.constantFrom('a', 'b', 'self', 'hours'),
            fc.tuple(tie('field'), fc.boolean()).map(([f, required]) => (required ? { ...f, required } : f)),
            { maxKeys: 3 },
          ),
          { nil: undefined },
        ),
      },
      { requiredKeys: ['type', 'label'] },
    ),
  ),
}));
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      0,
      1,
      2,
      3,
      7,
      10,
      11,
      -1,
      2.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      true,
      false,
      null,
      '',
      'a',
      'c',
      'Đắk',
      '2024-02-29',
      '2023-02-29',
      '31/12/2024',
    ),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'self', 'reviewed', 'hours', 'x'), tie('value'), { maxKeys: 3 }),
  ),
}));

describe('_fitsEvidence', () => {
  it('is true exactly when checkEvidenceValue finds nothing (built-in types, 20,000 random pairs)', () => {
    fc.assert(
      fc.property(field, value, (f, v) => {
        expect(_fitsEvidence(v, f)).toBe(checkEvidenceValue(v, f, ['data', 'x']).length === 0);
      }),
      { numRuns: 20_000, seed: 160_1 },
    );
  });

  it('agrees on the declared fields of the bundled-like fixture', () => {
    const ok = { self: 8, reviewed: 7 };
    expect(_fitsEvidence(ok, FIELDS.tc1_1 as EvidenceField)).toBe(true);
    expect(_fitsEvidence({ self: 11 }, FIELDS.tc1_1 as EvidenceField)).toBe(false);
    expect(_fitsEvidence({ reviewed: 3 }, FIELDS.tc1_1 as EvidenceField)).toBe(false);
    const activity = [{ date: '2024-03-01', hours: 3, activity: 'Lớp tin học' }];
    expect(_fitsEvidence(activity, FIELDS.learningActivities as EvidenceField)).toBe(true);
    expect(_fitsEvidence([{ date: '2024-03-01' }], FIELDS.learningActivities as EvidenceField)).toBe(false);
    // An inherited key counts as present for `required`, as in checkEvidenceValue (`key in value`).
    const withProto = Object.create({ hours: 1 }) as Record<string, unknown>;
    withProto.date = '2024-03-01';
    const item = (FIELDS.learningActivities as EvidenceField).items as EvidenceField;
    expect(_fitsEvidence(withProto, item)).toBe(checkEvidenceValue(withProto, item, []).length === 0);
  });

  it('leaves plugin types to checkEvidenceValue', () => {
    expect(_fitsEvidence('0620850012', { type: 'phone', label })).toBe(false);
  });

  it('keeps the issues of the record check unchanged', () => {
    const result = validateEvidenceRecord(
      { id: 'p', period: '2024', data: { tc1_1: { self: 12 }, birthDate: '2024-13-01', other: 1 } },
      FIELDS,
    );
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual([
      'invalid_evidence data.tc1_1.self',
      'invalid_evidence data.birthDate',
      'unknown_evidence_field data.other',
    ]);
  });
});

describe('_checkDepth', () => {
  const nest = (levels: number): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { k: v };
    return v;
  };
  it('allows exactly the cap and names the first value past it', () => {
    expect(_checkDepth(nest(EVIDENCE_MAX_DEPTH))).toBeUndefined();
    const issue = _checkDepth(nest(EVIDENCE_MAX_DEPTH + 1));
    expect(issue?.code).toBe('evidence_too_deep');
    expect(issue?.path.length).toBe(EVIDENCE_MAX_DEPTH);
  });
  it('answers a cyclic value and a value nested a million deep', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = { back: cyclic };
    expect(_checkDepth(cyclic)?.code).toBe('evidence_too_deep');
    expect(_checkDepth(nest(1_000_000))?.code).toBe('evidence_too_deep');
  });
  it('does not count inherited keys or Dates as nesting', () => {
    const inherited = Object.create({ deep: nest(100) }) as object;
    expect(_checkDepth({ data: inherited, when: new Date(0) })).toBeUndefined();
  });
});

describe('isIsoDate', () => {
  // The reference: the regular expression and calendar arithmetic it replaced.
  const reference = (text: string): boolean => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return false;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year < 1 || month < 1 || month > 12 || day < 1) return false;
    return (
      day <=
      new Date(Date.UTC(2000, month, 0)).getUTCDate() -
        (month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0)
    );
  };
  it('agrees with the regular expression on random near-dates', () => {
    const char = fc.constantFrom('0', '1', '2', '3', '9', '-', '/', ' ', '٣', 'a', '\n');
    const nearDate = fc.oneof(
      fc
        .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc.array(char, { minLength: 8, maxLength: 12 }).map((a) => a.join('')),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
    );
    fc.assert(
      fc.property(nearDate, (text) => {
        expect(isIsoDate(text)).toBe(reference(text));
      }),
      { numRuns: 20_000, seed: 16 },
    );
    for (const text of [
      '2024-02-29',
      '2023-02-29',
      '2000-02-29',
      '1900-02-29',
      '0000-01-01',
      '2024-04-31',
      '2024-12-31\n',
    ])
      expect(isIsoDate(text)).toBe(reference(text));
  });
});
