import { describe, expect, it } from 'vitest';
import type { UnitMappingFile } from '../src/format/units.js';
import { findUnitAttributes } from '../src/units/attributes.js';
import { loadUnitMapping } from '../src/units/load.js';
import { resolveMappedUnit } from '../src/units/mapping.js';

describe('findUnitAttributes', () => {
  const units = [
    { unit: { province: 'P' }, attributes: { area: 'remote', note: 'p' } },
    { unit: { province: 'P', commune: 'A' }, attributes: { area: ['especially-difficult'] } },
    {
      unit: { province: 'P', commune: 'B' },
      inForce: { until: '2025-06-30' },
      attributes: { area: 'ethnic-minority' },
    },
  ];

  it('inherits down the hierarchy, the most specific unit winning, and knows only listed units', () => {
    expect(findUnitAttributes(units, { province: 'P', commune: 'A', village: 'T1' })).toEqual({
      known: true,
      attributes: { area: ['especially-difficult'], note: 'p' },
    });
    expect(findUnitAttributes(units, { province: 'P', commune: 'C' }).attributes).toEqual({
      area: 'remote',
      note: 'p',
    });
    expect(findUnitAttributes(units, { province: 'Q', commune: 'A' })).toEqual({ known: false, attributes: {} });
    expect(findUnitAttributes(units, undefined).known).toBe(false);
  });

  it('reads only units in force on the date', () => {
    expect(findUnitAttributes(units, { province: 'P', commune: 'B' }, '2025-06-30').attributes.area).toBe(
      'ethnic-minority',
    );
    expect(findUnitAttributes(units, { province: 'P', commune: 'B' }, '2025-07-01').attributes.area).toBe('remote');
  });
});

describe('resolveMappedUnit', () => {
  const mapping = (entries: UnitMappingFile['entries'], effective = '2025-07-01'): UnitMappingFile => {
    const r = loadUnitMapping({
      id: 'm',
      version: '1.0.0',
      title: { vi: 'm', en: 'm' },
      verification: { status: 'example' },
      effective,
      entries,
    });
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };
  const m = mapping([
    { from: { province: 'Kon Tum' }, to: { province: 'Quảng Ngãi' }, verification: 'verified' },
    {
      from: { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng' },
      to: { province: 'Quảng Ngãi', commune: 'X' },
      verification: 'example',
    },
  ]);
  const old = { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 1' };

  it('replaces the levels of the most specific old unit and keeps the levels below', () => {
    expect(resolveMappedUnit(old, [m], '2025-07-01')).toEqual({
      unit: { province: 'Quảng Ngãi', commune: 'X', village: 'Thôn 1' },
      through: 'example',
    });
    // Only the province entry matches: the district stays, and no hierarchy in force will hold it.
    expect(resolveMappedUnit({ ...old, commune: 'Tân Lập' }, [m], '2025-12-31')).toEqual({
      unit: { province: 'Quảng Ngãi', district: 'Kon Rẫy', commune: 'Tân Lập', village: 'Thôn 1' },
      through: 'verified',
    });
  });

  it('changes nothing before the effective date or for units no entry names', () => {
    expect(resolveMappedUnit(old, [m], '2025-06-30')).toEqual({ unit: old, through: null });
    expect(resolveMappedUnit({ province: 'Gia Lai' }, [m], '2026-01-01')).toEqual({
      unit: { province: 'Gia Lai' },
      through: null,
    });
  });

  it('refuses an old unit mapped twice or an empty side', () => {
    const r = loadUnitMapping({
      id: 'm',
      version: '1.0.0',
      title: { vi: 'm', en: 'm' },
      verification: { status: 'example' },
      effective: '2025-07-01',
      entries: [
        { from: { commune: 'A' }, to: { commune: 'B' }, verification: 'unverified' },
        { from: { commune: 'A' }, to: {}, verification: 'unverified' },
      ],
    });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['duplicate_unit', 'entries.1.from'],
      ['missing_field', 'entries.1.to'],
    ]);
  });
});
