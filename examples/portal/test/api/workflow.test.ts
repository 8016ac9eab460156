// Review and recognition by officers: every step checked by cdht's workflow (role, unit, order,
// reasons, eligibility), stored append-only with its audit entry.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig, SAMPLE_TODAY } from '../../src/server/config.js';
import { AWARDED_DATA, README_DATA, type TestPortal, TODAY, testPortal } from '../harness.js';

let portal: TestPortal;
let dr: number; // Đắk Ruồng: 85 points, awarded
let tl: number; // Tân Lập: 78 points, not awarded
beforeAll(async () => {
  portal = await testPortal();
  for (const [user, data] of [
    ['citizen.a', AWARDED_DATA],
    ['citizen.b', README_DATA],
  ] as const) {
    const c = await portal.as(user);
    await c.put('/api/me/dossier', { framework: 'cdht-household', period: '2025', data });
    const res = await c.post('/api/me/dossier/submit', { period: '2025' });
    expect(res.statusCode).toBe(200);
    if (user === 'citizen.a') dr = res.json().id;
    else tl = res.json().id;
  }
});
afterAll(() => portal.close());

const count = async (table: 'transitions' | 'evidence_versions' | 'evaluations', id: number) =>
  Number(
    (
      await portal.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('dossier_id', '=', id)
        .executeTakeFirstOrThrow()
    ).n,
  );
const auditOf = (id: number) =>
  portal.db
    .selectFrom('audit_log')
    .select(['actor', 'action', 'before', 'after'])
    .where('entity', '=', 'dossier')
    .where('entity_id', '=', String(id))
    .orderBy('id')
    .execute();
const DAK_RUONG_OFFICE = { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng' };

describe('who may take a step', () => {
  it('refuses an officer of another commune (403), citizens and viewers, and writes nothing', async () => {
    const before = [await count('transitions', dr), (await auditOf(dr)).length];
    const other = await portal.as('officer.tl');
    const res = await other.post(`/api/dossiers/${dr}/steps`, { action: 'review' });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'forbidden' });
    for (const user of ['citizen.a', 'viewer.district', 'admin']) {
      const c = await portal.as(user);
      expect((await c.post(`/api/dossiers/${dr}/steps`, { action: 'review' })).statusCode).toBe(403);
    }
    expect([await count('transitions', dr), (await auditOf(dr)).length]).toEqual(before);
  });

  it('needs the CSRF token and a known action', async () => {
    const officer = await portal.as('officer.dr');
    expect((await officer.forged('POST', `/api/dossiers/${dr}/steps`, { action: 'review' })).statusCode).toBe(403);
    expect((await officer.post(`/api/dossiers/${dr}/steps`, { action: 'submit' })).statusCode).toBe(400);
    expect((await officer.post(`/api/dossiers/${dr}/steps`, { action: 'approve' })).statusCode).toBe(400);
  });
});

describe('the library decides the order and the reasons', () => {
  it('refuses to recognise a dossier not yet reviewed', async () => {
    const officer = await portal.as('officer.dr');
    const res = await officer.post(`/api/dossiers/${dr}/steps`, { action: 'recognise' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('transition_refused');
    expect(res.json().details).toMatchObject([{ code: 'invalid_transition', path: ['action'] }]);
  });

  it('refuses a reviewer’s score without a reason, and writes nothing', async () => {
    const officer = await portal.as('officer.dr');
    const before = [await count('evidence_versions', dr), await count('evaluations', dr)];
    const res = await officer.post(`/api/dossiers/${dr}/steps`, {
      action: 'review',
      scores: { tc2_2: 6 },
      reason: ' ',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().details).toMatchObject([{ code: 'reason_required', path: ['reason'] }]);
    expect(res.json().details[0].message.vi).toBeTruthy();
    expect([await count('evidence_versions', dr), await count('evaluations', dr)]).toEqual(before);
  });

  it('refuses a score for a field the person did not self-assess, and one above the indicator’s maximum', async () => {
    const officer = await portal.as('officer.dr');
    const unknown = await officer.post(`/api/dossiers/${dr}/steps`, {
      action: 'review',
      scores: { tc9_9: 5 },
      reason: 'x',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details).toMatchObject([{ path: ['scores', 'tc9_9'] }]);
    const tooHigh = await officer.post(`/api/dossiers/${dr}/steps`, {
      action: 'review',
      scores: { tc2_2: 11 },
      reason: 'x',
    });
    expect(tooHigh.statusCode).toBe(422);
    expect(tooHigh.json().details[0]).toMatchObject({ code: 'invalid_evidence', path: ['data', 'tc2_2', 'reviewed'] });
    expect(await count('transitions', dr)).toBe(1);
  });
});

describe('review and recognition', () => {
  it('reviews with a lowered score and a reason: a review version, a new evaluation (85 − 2 = 83), the step and its audit entry', async () => {
    const officer = await portal.as('officer.dr');
    const reason = 'Minh chứng TC2.2 chỉ đủ 6 điểm';
    const res = await officer.post(`/api/dossiers/${dr}/steps`, { action: 'review', scores: { tc2_2: 6 }, reason });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: dr, state: 'reviewed', total: 83, decision: 'awarded' });
    const d = (await officer.get(`/api/dossiers/${dr}`)).json();
    expect(d.state).toBe('reviewed');
    expect(d.record.data.tc2_2).toEqual({ self: 8, reviewed: 6 });
    expect(d.record.data.tc2_1).toEqual({ self: 8 });
    expect(d.versions.map((v: { kind: string; reason: string | null }) => [v.kind, v.reason])).toEqual([
      ['self', null],
      ['review', reason],
    ]);
    expect(d.evaluation).toMatchObject({ total: 83, cause: 'review', evidence_version: 2 });
    expect(d.transitions.map((t: { to_state: string; role: string }) => [t.to_state, t.role])).toEqual([
      ['self-assessed', 'citizen'],
      ['reviewed', 'officer'],
    ]);
    const entry = (
      await portal.db
        .selectFrom('transitions')
        .select('entry')
        .where('dossier_id', '=', dr)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
    ).entry;
    expect(entry).toEqual({
      seq: 2,
      from: 'self-assessed',
      to: 'reviewed',
      action: 'review',
      date: TODAY,
      by: { role: 'commune-agency', unit: DAK_RUONG_OFFICE, name: 'officer.dr' },
      reason,
      scores: { tc2_2: 6 },
      outcome: { framework: 'cdht-household@2.0.0', total: 83, decision: 'awarded' },
    });
    const audit = (await auditOf(dr)).at(-1);
    expect(audit).toMatchObject({
      actor: 'officer.dr',
      action: 'dossier.reviewed',
      before: { state: 'self-assessed' },
      after: { state: 'reviewed', step: entry },
    });
  });

  it('recognises, as the commune’s People’s Committee, valid for the assessment year', async () => {
    const officer = await portal.as('officer.dr');
    const res = await officer.post(`/api/dossiers/${dr}/steps`, { action: 'recognise' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: dr,
      state: 'recognised',
      total: 83,
      decision: 'awarded',
      validity: { from: '2025-01-01', until: '2025-12-31' },
    });
    const [audit] = (await auditOf(dr)).slice(-1);
    expect(audit).toMatchObject({
      action: 'dossier.recognised',
      after: {
        state: 'recognised',
        validity: { from: '2025-01-01', until: '2025-12-31' },
        step: { seq: 3, action: 'recognise', by: { role: 'commune-authority', unit: DAK_RUONG_OFFICE } },
      },
    });
    // A recognised dossier is not recognised twice.
    const again = await officer.post(`/api/dossiers/${dr}/steps`, { action: 'recognise' });
    expect(again.statusCode).toBe(409);
    expect(await count('transitions', dr)).toBe(3);
  });

  it('refuses to recognise a person the evaluation does not award (78 points), then refuses the dossier with a reason', async () => {
    const officer = await portal.as('officer.tl');
    expect((await officer.post(`/api/dossiers/${tl}/steps`, { action: 'review' })).json()).toEqual({
      id: tl,
      state: 'reviewed',
      total: 78,
      decision: 'not-awarded',
    });
    const res = await officer.post(`/api/dossiers/${tl}/steps`, { action: 'recognise' });
    expect(res.statusCode).toBe(409);
    expect(res.json().details).toMatchObject([{ code: 'not_eligible', path: ['outcome'] }]);
    const noReason = await officer.post(`/api/dossiers/${tl}/steps`, { action: 'refuse' });
    expect(noReason.json().details).toMatchObject([{ code: 'reason_required' }]);
    const refused = await officer.post(`/api/dossiers/${tl}/steps`, { action: 'refuse', reason: 'Tổng điểm 78 < 80' });
    expect(refused.json()).toMatchObject({ id: tl, state: 'refused' });
    expect((await auditOf(tl)).map((a) => a.action)).toEqual([
      'dossier.save-draft',
      'dossier.self-assessed',
      'dossier.reviewed',
      'dossier.refused',
    ]);
  });

  it('keeps the steps append-only', async () => {
    await expect(sql`update transitions set to_state = 'recognised'`.execute(portal.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from transitions where dossier_id = ${tl}`.execute(portal.db)).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('reports', () => {
  it('the recognition list of the officer’s commune names the person recognised (HTML and XLSX), and the download is audited', async () => {
    const officer = await portal.as('officer.dr');
    const html = await officer.get('/api/reports/recognition?period=2025');
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-disposition']).toBe('attachment; filename="danh-sach-cong-nhan-2025.html"');
    expect(html.body).toContain('DANH SÁCH CÔNG NHẬN DANH HIỆU “CÔNG DÂN HỌC TẬP” NĂM 2025');
    expect(html.body).toContain('[Mẫu] Nguyễn Văn A');
    expect(html.body).toContain('Đắk Ruồng');
    expect(html.body).toContain('<td class="num">83</td>');
    const xlsx = await officer.get('/api/reports/recognition?period=2025&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const audit = await portal.db
      .selectFrom('audit_log')
      .select(['actor', 'action', 'after'])
      .where('entity', '=', 'report')
      .orderBy('id')
      .execute();
    expect(audit.slice(-2)).toEqual([
      {
        actor: 'officer.dr',
        action: 'report.recognition',
        after: { format: 'html', scope: ['Kon Tum', 'Kon Rẫy', 'Đắk Ruồng'], persons: 1 },
      },
      {
        actor: 'officer.dr',
        action: 'report.recognition',
        after: { format: 'xlsx', scope: ['Kon Tum', 'Kon Rẫy', 'Đắk Ruồng'], persons: 1 },
      },
    ]);
  });

  it('another commune’s list does not name them; viewers and citizens may not download names', async () => {
    const other = await portal.as('officer.tl');
    const html = await other.get('/api/reports/recognition?period=2025');
    expect(html.statusCode).toBe(200);
    expect(html.body).not.toContain('Nguyễn Văn A');
    for (const user of ['viewer.district', 'citizen.a']) {
      const c = await portal.as(user);
      expect((await c.get('/api/reports/recognition?period=2025')).statusCode).toBe(403);
      expect((await c.get('/api/reports/progress?period=2025')).statusCode).toBe(403);
    }
    expect((await portal.client().get('/api/reports/recognition?period=2025')).statusCode).toBe(401);
  });

  it('the commune’s progress report comes from the library (HTML and XLSX)', async () => {
    const officer = await portal.as('officer.dr');
    const html = await officer.get('/api/reports/progress?period=2025&lang=en');
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-disposition']).toBe('attachment; filename="bao-cao-tien-do-2025.html"');
    expect(html.body).toContain('<html lang="en"');
    expect(html.body).toContain('Đắk Ruồng');
    expect(html.body).toContain('[Mẫu] Nguyễn Văn A');
    expect(html.body).not.toContain('Trần Thị B');
    const xlsx = await officer.get('/api/reports/progress?period=2025&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await officer.get('/api/reports/progress?period=2025&format=pdf')).statusCode).toBe(400);
  });

  it('the district viewer sees counts per commune only, no personal data', async () => {
    const viewer = await portal.as('viewer.district');
    const res = await viewer.get('/api/reports/rollup?period=2025');
    expect(res.statusCode).toBe(200);
    const zero = { draft: 0, 'self-assessed': 0, reviewed: 0 };
    expect(res.json()).toEqual({
      period: '2025',
      asOf: TODAY,
      scope: ['Kon Tum', 'Kon Rẫy'],
      units: [
        { unit: 'Đắk Ruồng', eligible: 1, recognised: 1, expired: 0, refused: 0, revoked: 0, waiting: zero },
        { unit: 'Tân Lập', eligible: 0, recognised: 0, expired: 0, refused: 1, revoked: 0, waiting: zero },
      ],
    });
    expect(res.body).not.toMatch(/Nguyễn|Trần|P-DR-1|P-TL-1/);
    const officer = await portal.as('officer.tl');
    expect(
      (await officer.get('/api/reports/rollup?period=2025')).json().units.map((u: { unit: string }) => u.unit),
    ).toEqual(['Tân Lập']);
    expect((await (await portal.as('citizen.a')).get('/api/reports/rollup?period=2025')).statusCode).toBe(403);
  });

  it('counts a revoked title apart, and the list no longer names the person', async () => {
    const officer = await portal.as('officer.dr');
    expect((await officer.post(`/api/dossiers/${dr}/steps`, { action: 'revoke' })).statusCode).toBe(409);
    const res = await officer.post(`/api/dossiers/${dr}/steps`, { action: 'revoke', reason: 'Khai sai minh chứng' });
    expect(res.json()).toMatchObject({ state: 'revoked' });
    const viewer = await portal.as('viewer.district');
    const units = (await viewer.get('/api/reports/rollup?period=2025')).json().units;
    expect(units[0]).toMatchObject({ unit: 'Đắk Ruồng', recognised: 0, revoked: 1, eligible: 1 });
    expect((await officer.get('/api/reports/recognition?period=2025')).body).not.toContain('Nguyễn Văn A');
  });
});

describe('the date of a step', () => {
  it('from 1/7/2025 the four-tier commune is gone: the library names no unit acting for it, so the review is refused', async () => {
    const later = await testPortal({ today: '2025-07-01' });
    try {
      const c = await later.as('citizen.a');
      await c.put('/api/me/dossier', { framework: 'cdht-household', period: '2025', data: AWARDED_DATA });
      // Submitting is the person's own step: allowed on any date a rule is in force.
      const submitted = await c.post('/api/me/dossier/submit', { period: '2025' });
      expect(submitted.json()).toMatchObject({ state: 'self-assessed' });
      const officer = await later.as('officer.dr');
      const res = await officer.post(`/api/dossiers/${submitted.json().id}/steps`, { action: 'review' });
      expect(res.statusCode).toBe(409);
      expect(res.json().details).toMatchObject([{ code: 'wrong_unit', path: ['by', 'unit'] }]);
    } finally {
      await later.close();
    }
  });

  it('is PORTAL_TODAY, the sample’s last four-tier day by default with the sample, the real date without it', () => {
    expect(readConfig({}, '/').today).toBe(SAMPLE_TODAY);
    expect(SAMPLE_TODAY).toBe('2025-06-30');
    expect(readConfig({ PORTAL_SEED: '0' }, '/').today).toBeUndefined();
    expect(readConfig({ PORTAL_TODAY: '2026-01-15', PORTAL_SEED: '0' }, '/').today).toBe('2026-01-15');
    expect(() => readConfig({ PORTAL_TODAY: '2025-02-30' }, '/')).toThrow(
      /PORTAL_TODAY: expected a date yyyy-MM-dd, got 2025-02-30/,
    );
    expect(() => readConfig({ PORTAL_TODAY: '30/06/2025' }, '/')).toThrow(/PORTAL_TODAY/);
  });
});
