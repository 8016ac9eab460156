// The recognition workflow (issue 12, item 3): dossiers move draft → self-assessed → reviewed →
// recognised / refused (and revoked) under the bundled Kon Rẫy policy (plan §V.7.c, §V.8.b), each
// step checked for order, date, role and unit, and appended to a log that can be replayed.
import { describe, expect, it } from 'vitest';
import { policies } from '../src/criteria.js';
import type { Dossier, RecognitionPolicy, TransitionInput } from '../src/format/workflow.js';
import type { UnitMappingFile } from '../src/index.js';
import {
  applyReviewedScores,
  applyTransition,
  checkDossierLog,
  checkTransition,
  createDossier,
  findDossierState,
  loadRecognitionPolicy,
} from '../src/index.js';

const bundled = policies.find((p) => p.id === 'kon-ray-2022');
const loaded = loadRecognitionPolicy(bundled?.json, { file: bundled?.file ?? '' });
if (!loaded.success) throw new Error(JSON.stringify(loaded.issues));
const policy: RecognitionPolicy = loaded.value;

const RUONG = { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng' } as const;
const KOI = { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Kôi' } as const;

const resident = (id = 'd1', person = 'p1', period = '2024'): Dossier =>
  createDossier({ id, person, framework: 'cdht-resident', period, unit: { ...RUONG, village: 'Thôn 1' } });

const self = (date: string, person = 'p1'): TransitionInput => ({
  action: 'submit',
  date,
  by: { role: 'self', unit: {}, person },
  outcome: { framework: 'cdht-resident@2.0.0', total: 84, decision: 'awarded' },
});
const review = (date: string, unit: Record<string, string> = RUONG, extra: Partial<TransitionInput> = {}) =>
  ({ action: 'review', date, by: { role: 'commune-association', unit }, ...extra }) as TransitionInput;
const recognise = (date: string, unit: Record<string, string> = RUONG): TransitionInput => ({
  action: 'recognise',
  date,
  by: { role: 'commune-authority', unit },
});

/** Applies steps one after another, failing the test on the first refused one. */
const run = (d: Dossier, steps: readonly TransitionInput[], framework?: { validity: { years: number } }): Dossier =>
  steps.reduce((acc, step) => {
    const r = applyTransition(acc, step, policy, { framework });
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    return r.dossier;
  }, d);

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);

describe('the bundled Kon Rẫy recognition policy', () => {
  it('loads, with the district rules until 30/6/2025 and commune rules from 1/7/2025', () => {
    expect(policy.rules.map((r) => [r.id, r.inForce.until ?? r.inForce.from, r.verification])).toEqual([
      ['residents-2022', '2025-06-30', 'verified'],
      ['commune-staff-2022', '2025-06-30', 'verified'],
      ['district-staff-2022', '2025-06-30', 'verified'],
      ['residents-2025', '2025-07-01', 'unverified'],
      ['commune-staff-2025', '2025-07-01', 'unverified'],
    ]);
  });

  it('rejects a rule naming an undeclared role or a level no hierarchy has, with the path', () => {
    const json = structuredClone(bundled?.json) as { rules: { recognise: { role: string }[]; at: string }[] };
    (json.rules[0] as { recognise: { role: string }[] }).recognise = [{ role: 'mayor' }];
    (json.rules[1] as { at: string }).at = 'hamlet';
    const r = loadRecognitionPolicy(json, { file: 'p.json' });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => [i.code, i.path.join('.'), i.file])).toContainEqual([
      'unknown_reference',
      'rules.0.recognise.0.role',
      'p.json',
    ]);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toContainEqual(['unknown_level', 'rules.1.at']);
  });
});

describe('applyTransition', () => {
  it('cannot recognise before review: a self-assessed dossier gets invalid_transition', () => {
    const submitted = run(resident(), [self('2024-10-01')]);
    expect(submitted.state).toBe('self-assessed');
    const r = applyTransition(submitted, recognise('2024-10-05'), policy);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]).toMatchObject({
      code: 'invalid_transition',
      path: ['action'],
      params: { kind: 'state', action: 'recognise', state: 'self-assessed', from: ['reviewed'] },
    });
    // Also straight from draft.
    expect(codes(checkTransition(resident(), recognise('2024-10-05'), policy))).toEqual(['invalid_transition']);
  });

  it('cannot be reviewed or recognised by a role acting for another unit', () => {
    const submitted = run(resident(), [self('2024-10-01')]);
    const other = checkTransition(submitted, review('2024-10-10', KOI), policy);
    expect(other).toEqual([
      expect.objectContaining({
        code: 'wrong_unit',
        path: ['by', 'unit'],
        params: { actual: 'Kon Tum / Kon Rẫy / Đắk Kôi', expected: 'Kon Tum / Kon Rẫy / Đắk Ruồng' },
      }),
    ]);
    const reviewed = run(submitted, [review('2024-10-10')]);
    expect(codes(checkTransition(reviewed, recognise('2024-11-20', KOI), policy))).toEqual(['wrong_unit']);
    // A district office has no say over a village resident's dossier.
    const district = checkTransition(
      submitted,
      { action: 'review', date: '2024-10-10', by: { role: 'district-office', unit: RUONG } },
      policy,
    );
    expect(district[0]).toMatchObject({
      code: 'role_not_allowed',
      params: { action: 'review', role: 'district-office', allowed: ['commune-agency', 'commune-association'] },
    });
  });

  it('lets only the person submit their own dossier', () => {
    expect(checkTransition(resident(), self('2024-10-01', 'p2'), policy)).toEqual([
      expect.objectContaining({ code: 'not_the_person', params: { person: 'p1' } }),
    ]);
  });

  it('records every step in an append-only log and sets validity to the assessment year', () => {
    const d0 = resident();
    const d1 = run(d0, [self('2024-10-01')]);
    const d2 = run(d1, [review('2024-10-10')]);
    const d3 = run(d2, [recognise('2024-11-20')]);
    expect(d0.log).toEqual([]);
    expect(d1.log).toHaveLength(1);
    expect(d2.log.slice(0, 1)).toEqual(d1.log);
    expect(d3.log.map((t) => [t.seq, t.from, t.to, t.action, t.date, t.by.role])).toEqual([
      [1, 'draft', 'self-assessed', 'submit', '2024-10-01', 'self'],
      [2, 'self-assessed', 'reviewed', 'review', '2024-10-10', 'commune-association'],
      [3, 'reviewed', 'recognised', 'recognise', '2024-11-20', 'commune-authority'],
    ]);
    expect(d3.state).toBe('recognised');
    expect(d3.validity).toEqual({ from: '2024-01-01', until: '2024-12-31' });
    // Three years when the framework says so: 2024, 2025, 2026.
    const long = run(resident(), [self('2024-10-01'), review('2024-10-10'), recognise('2024-11-20')], {
      validity: { years: 3 },
    });
    expect(long.validity).toEqual({ from: '2024-01-01', until: '2026-12-31' });
    expect(findDossierState(d3, '2024-10-09')).toBe('self-assessed');
    expect(findDossierState(d3, '2024-09-30')).toBeNull();
  });

  it('needs a reason to replace the self-assessment with a reviewer’s scores, to refuse, return or revoke', () => {
    const submitted = run(resident(), [self('2024-10-01')]);
    const noReason = checkTransition(submitted, review('2024-10-10', RUONG, { scores: { 'TC1.1': 8 } }), policy);
    expect(noReason).toEqual([
      expect.objectContaining({ code: 'reason_required', params: { action: 'review', scores: true } }),
    ]);
    expect(codes(checkTransition(submitted, review('2024-10-10', RUONG, { scores: {} }), policy))).toEqual([]);
    const refuse: TransitionInput = {
      action: 'refuse',
      date: '2024-10-10',
      by: { role: 'commune-authority', unit: RUONG },
    };
    expect(codes(checkTransition(submitted, refuse, policy))).toEqual(['reason_required']);
    expect(codes(checkTransition(submitted, { ...refuse, reason: 'Thiếu minh chứng' }, policy))).toEqual([]);
    const scored = run(submitted, [
      review('2024-10-10', RUONG, { scores: { 'TC1.1': 8 }, reason: 'Có giấy chứng nhận' }),
    ]);
    const record = {
      person: 'p1',
      framework: 'cdht-resident',
      period: '2024',
      data: { 'TC1.1': { self: 6 }, 'TC1.2': { self: 7 } },
    };
    const reviewed = applyReviewedScores(record as never, scored);
    expect(reviewed.data).toEqual({ 'TC1.1': { self: 6, reviewed: 8 }, 'TC1.2': { self: 7 } });
    expect(record.data['TC1.1']).toEqual({ self: 6 });
  });

  it('refuses a step dated before the last one, and recognition of an evaluation not awarded', () => {
    const submitted = run(resident(), [self('2024-10-01')]);
    expect(codes(checkTransition(submitted, review('2024-09-30'), policy))).toEqual(['date_order']);
    const notAwarded = run(resident(), [
      { ...self('2024-10-01'), outcome: { framework: 'cdht-resident@2.0.0', total: 72, decision: 'not-awarded' } },
      review('2024-10-10'),
    ]);
    expect(checkTransition(notAwarded, recognise('2024-11-20'), policy)).toEqual([
      expect.objectContaining({ code: 'not_eligible', params: { decision: 'not-awarded' } }),
    ]);
  });

  it('after 1/7/2025 the commune of the two-tier units acts, through a unit mapping; no rule names district staff', () => {
    const d = run(resident('d9', 'p9', '2025'), [self('2025-06-20', 'p9')]);
    const newCommune = { province: 'Quảng Ngãi', commune: 'Đăk Rve' };
    expect(checkTransition(d, review('2025-08-01', newCommune), policy)).toEqual([
      expect.objectContaining({ code: 'wrong_unit', params: { actual: 'Quảng Ngãi / Đăk Rve', expected: null } }),
    ]);
    const mapping: UnitMappingFile = {
      id: 'test-mapping',
      version: '1.0.0',
      title: { vi: 'thử', en: 'test' },
      verification: { status: 'example' },
      effective: '2025-07-01',
      entries: [{ from: RUONG, to: newCommune, verification: 'example' }],
    };
    expect(checkTransition(d, review('2025-08-01', newCommune), policy, { mappings: [mapping] })).toEqual([]);
    // The old commune authority no longer acts after 1/7/2025.
    expect(codes(checkTransition(d, review('2025-08-01', RUONG), policy, { mappings: [mapping] }))).toEqual([
      'wrong_unit',
    ]);
    const staff = createDossier({
      id: 'd10',
      person: 'p10',
      framework: 'cdht-official',
      period: '2025',
      unit: { province: 'Kon Tum', district: 'Kon Rẫy', agency: 'Phòng GD&ĐT' },
      memberships: [{ kind: 'employer', id: 'pgd', level: 'district' }],
    });
    expect(checkTransition(staff, self('2025-08-01', 'p10'), policy)).toEqual([
      expect.objectContaining({ code: 'no_recognition_rule', params: { date: '2025-08-01', level: 'district' } }),
    ]);
    // Before the reform the district office recognises its own staff, the district association reviews.
    const staff24 = { ...staff, period: '2024' } as Dossier;
    const office = { province: 'Kon Tum', district: 'Kon Rẫy', agency: 'Phòng GD&ĐT' };
    const done = run(staff24, [
      self('2024-10-01', 'p10'),
      {
        action: 'review',
        date: '2024-10-05',
        by: { role: 'district-association', unit: { province: 'Kon Tum', district: 'Kon Rẫy' } },
      },
      { action: 'recognise', date: '2024-10-09', by: { role: 'district-office', unit: office } },
    ]);
    expect(done.state).toBe('recognised');
  });
});

describe('checkDossierLog', () => {
  it('replays a stored log and finds an edited one: a review removed, a state changed by hand', () => {
    const d = run(resident(), [self('2024-10-01'), review('2024-10-10'), recognise('2024-11-20')]);
    const replayed = checkDossierLog(d, policy);
    expect(replayed).toEqual({ success: true, dossier: d });
    const skipped = { ...d, log: [d.log[0], { ...d.log[2], seq: 2 }] } as Dossier;
    const r = checkDossierLog(skipped, policy);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]).toMatchObject({ code: 'invalid_transition', path: ['log', 1, 'action'] });
    const forged = checkDossierLog({ ...d, state: 'revoked' }, policy);
    expect(forged.success).toBe(false);
  });
});
