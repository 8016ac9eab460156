import { readFileSync } from 'node:fs';
import { createEngine } from 'cdht';
import { describe, expect, it } from 'vitest';
import { birthYearOf, checkCccd, parseCccd } from '../cccd.js';
import cccdPlugin from '../index.js';

const framework = JSON.parse(readFileSync(new URL('../framework.json', import.meta.url), 'utf8'));

describe('cdht-plugin-cccd on its own', () => {
  it('parses and checks citizen IDs', () => {
    expect(parseCccd('062 085 001 234')).toBe('062085001234');
    expect(checkCccd('062085001234')).toBeNull();
    expect(checkCccd('06208500123')?.en).toBe('a citizen ID has exactly 12 digits');
    expect(checkCccd('099085001234')?.vi).toBe('mã tỉnh 099 không tồn tại');
    expect(birthYearOf('062085001234')).toBe(1985);
    expect(birthYearOf('062303001234')).toBe(2003);
  });
});

describe('cdht-plugin-cccd in an engine', () => {
  const engine = createEngine({ plugins: [cccdPlugin] });
  const fw = engine.load(framework);
  const evaluate = (data: Record<string, unknown>) => engine.evaluate(fw, { id: 'x', period: '2025', data });

  it('scores with its operators: 10 + 5 when both hold', () => {
    const e = evaluate({ cccd: '062085001234', courses: [{ platform: 'onluyen.vn', hours: 24, date: '2025-05-02' }] });
    expect(e.indicators.map((i) => [i.id, i.points])).toEqual([
      ['K1.1', 10],
      ['K1.2', 5],
    ]);
    expect(e.titles[0]?.decision).toBe('awarded');
  });

  it('course out of the period or too short does not count; born 1960 scores 0', () => {
    const e = evaluate({
      cccd: '062060001234',
      courses: [
        { platform: 'onluyen.vn', hours: 24, date: '2024-12-31' },
        { platform: 'onluyen.vn', hours: 12, date: '2025-03-01' },
      ],
    });
    expect(e.total).toBe(0);
    expect(e.titles[0]?.decision).toBe('not-awarded');
  });

  it('the framework does not load without the plugin', () => {
    const r = createEngine().safeLoad(framework);
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['unknown_evidence_type', 'unknown_operator']));
  });

  it('contributes a tsv report format', () => {
    expect(engine.formatters.tsv?.extension).toBe('tsv');
  });
});

describe('cdht-plugin-cccd in the evidence readers', () => {
  it('parses and validates cccd fields through the engine’s evidence types', async () => {
    const { validateEvidenceRecord } = await import('cdht');
    const engine = createEngine({ plugins: [cccdPlugin] });
    const fw = engine.load(framework);
    const ok = validateEvidenceRecord(
      { id: 'a', period: '2025', data: { cccd: '062 085 001 234' } },
      fw.evidence,
      engine.evidenceTypes,
    );
    expect(ok.success && ok.data.data.cccd).toBe('062085001234');
    const bad = validateEvidenceRecord(
      { id: 'b', period: '2025', data: { cccd: '099085001234' } },
      fw.evidence,
      engine.evidenceTypes,
    );
    expect(bad.success).toBe(false);
    expect(!bad.success && bad.issues[0]).toMatchObject({ code: 'invalid_evidence', path: ['data', 'cccd'] });
    expect(!bad.success && bad.issues[0]?.message.vi).toBe('mã tỉnh 099 không tồn tại (Số căn cước công dân (12 số)).');
  });
});
