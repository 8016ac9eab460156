import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestPortal, testPortal } from '../harness.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await testPortal();
});
afterAll(() => portal.close());

describe('security headers and error pages', () => {
  it('sends a strict Content-Security-Policy: no unsafe-eval, no inline script or style', async () => {
    const res = await portal.client().get('/assess');
    expect(res.statusCode).toBe(200);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https:/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // The shell has no inline script or style.
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(res.body).not.toMatch(/<style|style="/);
  });

  it('answers unknown API paths with a bare 404 and pages with an HTML 404', async () => {
    const api = await portal.client().get('/api/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: 'not_found' });
    const page = await portal.app.inject({ method: 'GET', url: '/nothing', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('Không tìm thấy trang');
  });

  it('answers malformed JSON with 400 and nothing about the parser', async () => {
    const c = await portal.as('citizen.a');
    await c.refresh();
    const token = (await c.get('/api/session')).json().csrfToken;
    const res = await portal.app.inject({
      method: 'PUT',
      url: '/api/me/dossier',
      headers: {
        cookie: [...c.jar].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': token,
        'content-type': 'application/json',
      },
      payload: '{"framework": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: 'bad_request' });
  });

  it('refuses bodies over 256 KB', async () => {
    const c = await portal.as('citizen.a');
    const res = await c.put('/api/me/dossier', {
      framework: 'cdht-household',
      period: '2025',
      data: { note: 'x'.repeat(300 * 1024) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: 'bad_request' });
  });

  // Last: it breaks the database on purpose.
  it('answers an internal failure with 500 and no detail (no message, no stack)', async () => {
    const c = await portal.as('officer.dr');
    await portal.db.schema.dropTable('evaluations').execute();
    const res = await c.get('/api/dossiers');
    expect(res.statusCode).toBe(500);
    expect(res.body).toBe('{"error":"internal"}');
  });
});
