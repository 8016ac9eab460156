import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AWARDED_DATA, type TestPortal, TODAY, testPortal } from '../harness.js';

let portal: TestPortal;
let dossierId: number;
beforeAll(async () => {
  portal = await testPortal();
  const c = await portal.as('citizen.a');
  await c.put('/api/me/dossier', { framework: 'cdht-household', period: '2025', data: { tc1_1: { self: 4 } } });
  const saved = await c.put('/api/me/dossier', { framework: 'cdht-household', period: '2025', data: AWARDED_DATA });
  dossierId = saved.json().id;
  await c.post('/api/me/dossier/submit', { period: '2025' });
});
afterAll(() => portal.close());

const entriesOf = (id: number) =>
  portal.db
    .selectFrom('audit_log')
    .selectAll()
    .where('entity', '=', 'dossier')
    .where('entity_id', '=', String(id))
    .orderBy('id')
    .execute();

describe('the audit log', () => {
  it('records who did what, with the state before and after', async () => {
    const log = await entriesOf(dossierId);
    expect(log.map((e) => [e.actor, e.action])).toEqual([
      ['citizen.a', 'dossier.save-draft'],
      ['citizen.a', 'dossier.save-draft'],
      ['citizen.a', 'dossier.self-assessed'],
    ]);
    expect(log[0]?.before).toBeNull();
    expect(log[1]?.before).toMatchObject({ version: 1, record: { data: { tc1_1: { self: 4 } } } });
    expect(log[1]?.after).toMatchObject({ version: 2, record: { data: AWARDED_DATA } });
    expect(log[2]?.before).toEqual({ state: 'draft' });
    expect(log[2]?.after).toEqual({
      state: 'self-assessed',
      framework: 'cdht-household@2.0.0',
      total: 85,
      decision: 'awarded',
      // The library's log entry of the submit step, with the evaluation it was taken on.
      step: {
        seq: 1,
        from: 'draft',
        to: 'self-assessed',
        action: 'submit',
        date: TODAY,
        by: { role: 'self', unit: {}, person: 'P-DR-1' },
        outcome: { framework: 'cdht-household@2.0.0', total: 85, decision: 'awarded' },
      },
    });
    for (const e of log) expect(e.at).toBeInstanceOf(Date);
  });

  it('cannot be changed or emptied, even by direct SQL', async () => {
    const before = await entriesOf(dossierId);
    await expect(sql`update audit_log set actor = 'someone else'`.execute(portal.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(portal.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(portal.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from evidence_versions`.execute(portal.db)).rejects.toThrow(/append-only/);
    await expect(sql`update transitions set reason = 'x'`.execute(portal.db)).rejects.toThrow(/append-only/);
    expect(await entriesOf(dossierId)).toEqual(before);
  });

  it('has no route that changes or removes an entry', async () => {
    const admin = await portal.as('admin');
    const id = (await entriesOf(dossierId))[0]?.id;
    for (const res of [
      await admin.delete('/api/audit'),
      await admin.delete(`/api/audit/${id}`),
      await admin.put(`/api/audit/${id}`, { actor: 'x' }),
      await admin.post('/api/audit', { actor: 'x' }),
    ]) {
      expect(res.statusCode).toBe(404);
    }
  });

  it('is readable by admins in full, by officers for the dossiers of their unit, by nobody else', async () => {
    const admin = await portal.as('admin');
    const all = (await admin.get('/api/audit')).json().entries;
    expect(all.some((e: { action: string }) => e.action === 'session.open')).toBe(true);
    const mine = (await (await portal.as('officer.dr')).get(`/api/audit?entity=dossier&entityId=${dossierId}`)).json();
    expect(mine.entries).toHaveLength(3);
    const other = (await (await portal.as('officer.tl')).get(`/api/audit?entity=dossier&entityId=${dossierId}`)).json();
    expect(other.entries).toEqual([]);
    const officerAll = (await (await portal.as('officer.tl')).get('/api/audit')).json().entries;
    expect(officerAll.every((e: { entity: string }) => e.entity === 'dossier')).toBe(true);
    expect((await (await portal.as('citizen.a')).get('/api/audit')).statusCode).toBe(403);
    expect((await (await portal.as('viewer.district')).get('/api/audit')).statusCode).toBe(403);
  });
});

describe('accounts (admin)', () => {
  it('creates an officer account, audited without the password', async () => {
    const admin = await portal.as('admin');
    const res = await admin.post('/api/accounts', {
      username: 'officer.new',
      password: 'a-long-enough-password',
      role: 'officer',
      name: 'Cán bộ mới',
      scope: ['Kon Tum', 'Kon Rẫy', 'Đắk Kôi'],
    });
    expect(res.statusCode).toBe(200);
    const entry = await portal.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'account.create')
      .executeTakeFirstOrThrow();
    expect(entry.actor).toBe('admin');
    expect(JSON.stringify(entry.after)).not.toContain('a-long-enough-password');
    const c = portal.client();
    expect((await c.login('officer.new', 'a-long-enough-password')).statusCode).toBe(200);
    const stored = await portal.db
      .selectFrom('accounts')
      .select('password_hash')
      .where('username', '=', 'officer.new')
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses duplicates, bad shapes and non-admins', async () => {
    const admin = await portal.as('admin');
    const base = {
      username: 'officer.new',
      password: 'a-long-enough-password',
      role: 'officer',
      name: 'X',
      scope: ['Kon Tum'],
    };
    expect((await admin.post('/api/accounts', base)).statusCode).toBe(409);
    expect((await admin.post('/api/accounts', { ...base, username: 'short.pw', password: 'short' })).statusCode).toBe(
      400,
    );
    expect((await admin.post('/api/accounts', { ...base, username: 'no.scope', scope: [] })).statusCode).toBe(400);
    expect((await admin.post('/api/accounts', { ...base, username: 'cit', role: 'citizen' })).statusCode).toBe(400);
    const officer = await portal.as('officer.dr');
    expect((await officer.post('/api/accounts', { ...base, username: 'sneaky' })).statusCode).toBe(403);
    expect((await officer.get('/api/accounts')).statusCode).toBe(403);
  });
});
