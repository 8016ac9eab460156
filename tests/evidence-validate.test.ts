import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { evidenceJsonSchema } from '../src/evidence/schema.js';
import { validateEvidenceRecord } from '../src/evidence/validate.js';
import type { EvidenceField } from '../src/format/framework.js';
import { FIELDS } from './fixtures/evidence/fields.js';

const base = { id: 'P1', period: '2025' };

describe('validateEvidenceRecord', () => {
  it('accepts a full record and warns about undeclared fields', () => {
    const result = validateEvidenceRecord(
      {
        ...base,
        data: {
          tc1_1: { self: 8, reviewed: 7 },
          birthDate: '1980-05-01',
          learningActivities: [{ date: '2025-03-02', hours: 4 }],
          extra: 1,
        },
      },
      FIELDS,
    );
    expect(result.success).toBe(true);
    expect(result.success && result.warnings.map((w) => [w.code, w.path, w.severity])).toEqual([
      ['unknown_evidence_field', ['data', 'extra'], 'warning'],
    ]);
  });

  it('names the expected type in both languages, with the JSON path', () => {
    const result = validateEvidenceRecord(
      {
        ...base,
        data: {
          tc1_1: 8,
          onlinePublicServices: 'có',
          birthDate: '31/02/2024',
          learningActivities: [{ date: '2025-13-01' }],
        },
      },
      FIELDS,
    );
    expect(result.success).toBe(false);
    expect(!result.success && result.issues.map((i) => [i.code, i.path, i.message.vi, i.message.en])).toEqual([
      [
        'invalid_evidence',
        ['data', 'tc1_1'],
        'Cần điểm tự đánh giá {self, reviewed} từ 0 đến 10, nhận được 8.',
        'Expected a self-assessment {self, reviewed} scored 0 to 10, got 8.',
      ],
      [
        'invalid_evidence',
        ['data', 'onlinePublicServices'],
        'Cần giá trị đúng/sai (true/false), nhận được "có".',
        'Expected a boolean (true/false), got "có".',
      ],
      [
        'invalid_evidence',
        ['data', 'birthDate'],
        'Cần một ngày dạng yyyy-MM-dd, nhận được "31/02/2024".',
        'Expected a date as yyyy-MM-dd, got "31/02/2024".',
      ],
      [
        'invalid_evidence',
        ['data', 'learningActivities', 0, 'date'],
        'Cần một ngày dạng yyyy-MM-dd, nhận được "2025-13-01".',
        'Expected a date as yyyy-MM-dd, got "2025-13-01".',
      ],
      [
        'missing_evidence',
        ['data', 'learningActivities', 0, 'hours'],
        'Thiếu minh chứng bắt buộc "Số giờ".',
        'Required evidence "Hours" is missing.',
      ],
    ]);
  });

  it('checks assessment parts, integers, enums and list sizes', () => {
    const fields: Record<string, EvidenceField> = {
      tc: { type: 'assessment', label: { vi: 'Điểm', en: 'Score' } },
      n: { type: 'integer', label: { vi: 'Số lần', en: 'Times' }, min: 1 },
      kind: { type: 'enum', label: { vi: 'Loại', en: 'Kind' }, values: ['a', 'b'] },
      items: { type: 'list', label: { vi: 'Danh sách', en: 'List' }, max: 1 },
      plugin: { type: 'geo.point', label: { vi: 'Toạ độ', en: 'Point' } },
    };
    const result = validateEvidenceRecord(
      {
        ...base,
        data: {
          tc: { self: 5, reviewed: -1, note: 'x' },
          n: 1.5,
          kind: 'c',
          items: [1, 2],
          plugin: 'anything',
        },
      },
      fields,
    );
    expect(!result.success && result.issues.map((i) => [i.path, i.message.en])).toEqual([
      [['data', 'tc', 'reviewed'], 'Value -1 is outside the allowed range 0–10.'],
      [['data', 'tc', 'note'], 'An assessment has only "self" and "reviewed", not "note".'],
      [['data', 'n'], 'Expected an integer, got 1.5.'],
      [['data', 'kind'], 'Expected one of "a", "b", got "c".'],
      [['data', 'items'], 'Item count 2 is outside the allowed range −∞–1.'],
    ]);
  });

  it('rejects a record whose shape is wrong, with invalid_record and the zod path', () => {
    const result = validateEvidenceRecord({ id: '', period: '25', data: {}, extra: true });
    // The one zod converter names an unknown property in the path, as it does for every format.
    expect(
      !result.success && result.issues.map((i) => [i.code, i.path, 'kind' in i.params ? i.params.kind : '']),
    ).toEqual([
      ['invalid_record', ['id'], 'min_length'],
      ['invalid_record', ['period'], 'pattern'],
      ['invalid_record', ['extra'], 'unknown_property'],
    ]);
  });

  it('warns about an absent required field but keeps the record', () => {
    const fields: Record<string, EvidenceField> = {
      plan: {
        type: 'boolean',
        label: { vi: 'Có kế hoạch học tập', en: 'Has a learning plan' },
        required: true,
      },
    };
    const result = validateEvidenceRecord({ ...base, data: {} }, fields);
    expect(result.success && result.warnings.map((w) => [w.code, w.path, w.message.vi])).toEqual([
      ['missing_evidence', ['data', 'plan'], 'Thiếu minh chứng bắt buộc "Có kế hoạch học tập".'],
    ]);
  });
});

describe('evidenceJsonSchema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);

  it('is a draft 2020-12 schema describing assessments as {self, reviewed} with bounds', () => {
    const schema = evidenceJsonSchema(FIELDS, { scope: 'data' }) as {
      $schema: string;
      properties: Record<string, unknown>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.tc1_1).toEqual({
      title: 'Điểm chỉ số TC1.1',
      description: 'Score of indicator TC1.1',
      type: 'object',
      properties: {
        self: { type: 'number', minimum: 0, maximum: 10 },
        reviewed: { type: 'number', minimum: 0, maximum: 10 },
      },
      required: ['self'],
      additionalProperties: false,
    });
  });

  it('accepts what the readers accept and rejects what they reject', () => {
    const validate = ajv.compile(evidenceJsonSchema(FIELDS, { id: 'urn:test:cdht', title: 'cdht' }));
    const good = {
      ...base,
      unit: { commune: 'Đắk Ruồng' },
      data: { tc1_1: { self: 8 }, learningActivities: [{ date: '2025-01-02', hours: 2 }] },
    };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, data: { tc1_1: { self: 12 } } })).toBe(false);
    expect(validate({ ...good, data: { learningActivities: [{ date: '2025-01-02' }] } })).toBe(false);
    expect(validate({ ...good, period: { from: '2025-01-01', to: '2025-06-30' } })).toBe(true);
    expect(validate({ ...good, extra: 1 })).toBe(false);
    const closed = ajv.compile(evidenceJsonSchema(FIELDS, { scope: 'data', allowUnknownFields: false }));
    expect(closed({ tc1_1: { self: 1 } })).toBe(true);
    expect(closed({ unknown: 1 })).toBe(false);
  });
});
