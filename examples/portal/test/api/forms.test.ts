import { createEngine } from 'cdht';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { README_DATA, type TestPortal, testPortal } from '../harness.js';

let portal: TestPortal;
beforeAll(async () => {
  portal = await testPortal();
});
afterAll(() => portal.close());

describe('forms and framework files', () => {
  it('offers the group forms in force, the district example among them, and not the base framework', async () => {
    const c = await portal.as('citizen.a');
    const { forms } = (await c.get('/api/forms?period=2025')).json();
    const ids = forms.map((f: { id: string }) => f.id);
    expect(ids).toContain('cdht-resident');
    expect(ids).toContain('cdht-household');
    expect(ids).toContain('cdht-kon-ray');
    expect(ids).not.toContain('cdht');
    expect(forms.find((f: { id: string }) => f.id === 'cdht-kon-ray')).toMatchObject({
      version: '2.0.0',
      verification: 'example',
    });
    for (const f of forms) expect(f.version).toMatch(/^2\./);
  });

  it('serves a form’s lineage so a browser engine evaluates exactly as the server', async () => {
    const res = await portal.client().get('/api/frameworks/cdht-kon-ray/2.0.0');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
    const { sources } = res.json();
    expect(sources.map((s: { id: string }) => s.id)).toEqual([
      'cdht',
      'cdht-resident',
      'cdht-household',
      'cdht-kon-ray',
    ]);
    const engine = createEngine();
    const loaded = engine.loadAll(sources.map((json: unknown) => ({ json })));
    expect(loaded.issues.filter((i) => i.severity !== 'warning')).toEqual([]);
    const household = (await portal.client().get('/api/frameworks/cdht-household/2.0.0')).json().sources;
    const e2 = createEngine();
    e2.loadAll(household.map((json: unknown) => ({ json })));
    const record = { id: 'x', period: '2025', data: README_DATA };
    expect(e2.evaluate('cdht-household', record).total).toBe(78);
  });

  it('answers 404 for an unknown framework or version', async () => {
    expect((await portal.client().get('/api/frameworks/cdht-household/9.9.9')).statusCode).toBe(404);
    expect((await portal.client().get('/api/frameworks/nothing/1.0.0')).statusCode).toBe(404);
  });

  it('requires a session for the form list', async () => {
    expect((await portal.client().get('/api/forms?period=2025')).statusCode).toBe(401);
  });
});
