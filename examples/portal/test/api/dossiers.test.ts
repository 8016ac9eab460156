import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AWARDED_DATA, README_DATA, TAN_LAP, type TestPortal, testPortal } from '../harness.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await testPortal();
});
afterAll(() => portal.close());

const draft = (data: Record<string, unknown>) => ({ framework: 'cdht-household', period: '2025', data });

describe('a citizen’s own dossier', () => {
  it('has none before the first save', async () => {
    const c = await portal.as('citizen.a');
    const res = await c.get('/api/me/dossier?period=2025');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ dossier: null });
  });

  it('saves drafts as new evidence versions, with the unit and name from the database', async () => {
    const c = await portal.as('citizen.a');
    const first = await c.put('/api/me/dossier', draft({ tc1_1: { self: 9 } }));
    expect(first.statusCode).toBe(200);
    const second = await c.put('/api/me/dossier', draft(README_DATA));
    expect(second.json()).toEqual({ id: first.json().id, version: 2 });
    const d = (await c.get('/api/me/dossier?period=2025')).json().dossier;
    expect(d).toMatchObject({ state: 'draft', version: 2, framework: 'cdht-household', evaluation: null });
    expect(d.record).toMatchObject({
      id: 'P-DR-1',
      name: '[Mẫu] Nguyễn Văn A',
      unit: { commune: 'Đắk Ruồng', village: 'Thôn 1' },
      data: README_DATA,
    });
    expect(d.versions.map((v: { version: number; kind: string }) => [v.version, v.kind])).toEqual([
      [1, 'self'],
      [2, 'self'],
    ]);
  });

  it('refuses evidence the library rejects, with its codes and vi/en messages, and stores nothing', async () => {
    const c = await portal.as('citizen.a');
    await c.put('/api/me/dossier', draft({ ...README_DATA, tc1_1: { self: 11 } }));
    const res = await c.post('/api/me/dossier/submit', { period: '2025' });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.error).toBe('invalid_evidence');
    expect(body.details[0]).toMatchObject({ code: 'invalid_evidence', path: ['data', 'tc1_1', 'self'] });
    expect(body.details[0].message.vi).toContain('11');
    const d = (await c.get('/api/me/dossier?period=2025')).json().dossier;
    expect(d).toMatchObject({ state: 'draft', evaluation: null });
  });

  it('submits: the library’s evaluation is stored with framework id@version; the dossier is self-assessed', async () => {
    const c = await portal.as('citizen.a');
    await c.put('/api/me/dossier', draft(README_DATA));
    const res = await c.post('/api/me/dossier/submit', { period: '2025' });
    expect(res.statusCode).toBe(200);
    // The README's person: 78 points, not awarded.
    expect(res.json()).toMatchObject({
      state: 'self-assessed',
      framework: 'cdht-household@2.0.0',
      total: 78,
      decision: 'not-awarded',
    });
    const d = (await c.get('/api/me/dossier?period=2025')).json().dossier;
    expect(d.evaluation).toMatchObject({
      framework_id: 'cdht-household',
      framework_version: '2.0.0',
      total: 78,
      cause: 'submit',
    });
    const title = d.evaluation.evaluation.titles[0];
    expect(title.reasons.map((r: { message: { vi: string } }) => r.message.vi)).toEqual(['tổng điểm 78 < 80']);
    expect(title.gap).toEqual({ points: 2, indicators: [{ id: 'TC2.2', from: 5, to: 7 }], evidence: [] });
    expect(d.transitions).toMatchObject([{ from_state: 'draft', to_state: 'self-assessed', role: 'citizen' }]);
  });

  it('keeps a submitted dossier out of the citizen’s hands (409), and a second submit is refused', async () => {
    const c = await portal.as('citizen.a');
    const edit = await c.put('/api/me/dossier', draft(AWARDED_DATA));
    expect(edit.statusCode).toBe(409);
    expect(edit.json()).toEqual({ error: 'conflict', details: { state: 'self-assessed' } });
    const again = await c.post('/api/me/dossier/submit', { period: '2025' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe('transition_refused');
  });

  it('lets a citizen read only their own dossier', async () => {
    const a = await portal.as('citizen.a');
    const own = (await a.get('/api/me/dossier?period=2025')).json().dossier.id as number;
    expect((await a.get(`/api/dossiers/${own}`)).statusCode).toBe(200);
    const b = await portal.as('citizen.b');
    const res = await b.get(`/api/dossiers/${own}`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'forbidden' });
    expect((await b.post(`/api/dossiers/${own}/submit`)).statusCode).toBe(403);
    expect((await b.get('/api/dossiers')).statusCode).toBe(403);
  });

  it('refuses other roles on the citizen routes', async () => {
    const o = await portal.as('officer.dr');
    expect((await o.get('/api/me/dossier?period=2025')).statusCode).toBe(403);
    expect((await o.put('/api/me/dossier', draft(README_DATA))).statusCode).toBe(403);
  });

  it('validates the envelope: a bad period or framework id is 400', async () => {
    const c = await portal.as('citizen.b');
    expect((await c.put('/api/me/dossier', { ...draft({}), period: '25' })).statusCode).toBe(400);
    expect((await c.put('/api/me/dossier', { ...draft({}), framework: 'Not An Id' })).statusCode).toBe(400);
    expect((await c.put('/api/me/dossier', { ...draft({}), extra: 1 })).statusCode).toBe(400);
  });
});

describe('officers', () => {
  it('list the dossiers of their commune only', async () => {
    const b = await portal.as('citizen.b');
    await b.put('/api/me/dossier', draft(AWARDED_DATA));
    await b.post('/api/me/dossier/submit', { period: '2025' });
    const dr = (await (await portal.as('officer.dr')).get('/api/dossiers?period=2025')).json().dossiers;
    const tl = (await (await portal.as('officer.tl')).get('/api/dossiers?period=2025')).json().dossiers;
    expect(dr.map((d: { person_id: string }) => d.person_id)).toEqual(['P-DR-1']);
    expect(tl.map((d: { person_id: string }) => d.person_id)).toEqual(['P-TL-1']);
    expect(tl[0]).toMatchObject({ state: 'self-assessed', total: 85, decision: 'awarded' });
  });

  it('get 403 for a dossier of another commune, 404 for none', async () => {
    const tl = await portal.as('officer.tl');
    const theirs = (await tl.get('/api/dossiers')).json().dossiers[0].id as number;
    const dr = await portal.as('officer.dr');
    expect((await dr.get(`/api/dossiers/${theirs}`)).statusCode).toBe(403);
    expect((await dr.post(`/api/dossiers/${theirs}/submit`)).statusCode).toBe(403);
    expect((await dr.get('/api/dossiers/999999')).statusCode).toBe(404);
    expect((await tl.get(`/api/dossiers/${theirs}`)).statusCode).toBe(200);
  });

  it('enter a paper form for a person of their commune, and submit it', async () => {
    const o = await portal.as('officer.tl');
    const res = await o.post('/api/dossiers', {
      person: { name: '[Mẫu] Đinh Văn C', unit: { ...TAN_LAP, village: 'Thôn 3' } },
      dossier: draft(AWARDED_DATA),
    });
    expect(res.statusCode).toBe(200);
    const { id, person } = res.json();
    expect(person).toMatch(/^P-/);
    const sub = await o.post(`/api/dossiers/${id}/submit`);
    expect(sub.json()).toMatchObject({ state: 'self-assessed', total: 85, decision: 'awarded' });
    const detail = (await o.get(`/api/dossiers/${id}`)).json();
    expect(detail.transitions[0]).toMatchObject({ role: 'officer' });
  });

  it('cannot enter a form for a person outside their commune', async () => {
    const o = await portal.as('officer.dr');
    const res = await o.post('/api/dossiers', {
      person: { name: '[Mẫu] Người xã khác', unit: TAN_LAP },
      dossier: draft(AWARDED_DATA),
    });
    expect(res.statusCode).toBe(403);
    const none = await portal.db.selectFrom('people').select('id').where('name', '=', '[Mẫu] Người xã khác').execute();
    expect(none).toEqual([]);
  });

  it('viewers see no dossier (roll-ups only)', async () => {
    const v = await portal.as('viewer.district');
    expect((await v.get('/api/dossiers')).statusCode).toBe(403);
    expect((await v.get('/api/dossiers/1')).statusCode).toBe(403);
  });
});
