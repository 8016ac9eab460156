import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type TestPortal, testPortal } from '../harness.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await testPortal();
});
afterAll(() => portal.close());

describe('sessions', () => {
  it('signs in with the right password: HTTP-only, SameSite=Strict session cookie, audited', async () => {
    const c = portal.client();
    const res = await c.login('officer.dr', PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ username: 'officer.dr', role: 'officer' });
    const cookie = res.cookies.find((k) => k.name === 'cdht_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the token's hash is stored.
    const stored = await portal.db.selectFrom('sessions').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie?.value);
    const me = (await c.get('/api/session')).json();
    expect(me.account).toMatchObject({
      username: 'officer.dr',
      role: 'officer',
      scope: ['Kon Tum', 'Kon Rẫy', 'Đắk Ruồng'],
    });
    const log = await portal.db.selectFrom('audit_log').selectAll().where('action', '=', 'session.open').execute();
    expect(log.map((l) => l.actor)).toContain('officer.dr');
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const c = portal.client();
    const wrong = await c.login('officer.dr', 'not the password');
    const unknown = await c.login('nobody', PASSWORD);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: 'bad_credentials' });
    expect(unknown.json()).toEqual(wrong.json());
    expect(c.jar.has('cdht_session')).toBe(false);
  });

  it('refuses a sign-in without the CSRF token', async () => {
    const c = portal.client();
    const res = await c.forged('POST', '/api/session', { username: 'officer.dr', password: PASSWORD });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ error: 'csrf' });
  });

  it('refuses a change with a token from another browser', async () => {
    const a = await portal.as('citizen.a');
    const b = portal.client();
    const other = (await b.refresh()).json().csrfToken as string;
    const res = await portal.app.inject({
      method: 'PUT',
      url: '/api/me/dossier',
      headers: { cookie: [...a.jar].map(([k, v]) => `${k}=${v}`).join('; '), 'x-csrf-token': other },
      payload: { framework: 'cdht-household', period: '2025', data: {} },
    });
    expect(res.statusCode).toBe(403);
  });

  it('signs out: the session is gone from the database and the cookie no longer works', async () => {
    const c = await portal.as('citizen.a');
    const token = c.jar.get('cdht_session');
    expect((await c.get('/api/me/dossier?period=2025')).statusCode).toBe(200);
    expect((await c.delete('/api/session')).statusCode).toBe(200);
    const replay = await portal.app.inject({
      method: 'GET',
      url: '/api/me/dossier?period=2025',
      headers: { cookie: `cdht_session=${token}` },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toEqual({ error: 'unauthenticated' });
  });

  it('answers 401 to every API route without a session', async () => {
    const c = portal.client();
    for (const url of [
      '/api/me/dossier?period=2025',
      '/api/dossiers',
      '/api/dossiers/1',
      '/api/forms?period=2025',
      '/api/accounts',
      '/api/audit',
    ]) {
      const res = await c.get(url);
      expect(res.statusCode, url).toBe(401);
    }
  });
});
