import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { loadPortalCriteria } from '../../src/server/criteria.js';
import { client, konRayCriteria, PASSWORD, README_DATA, type TestPortal, testPortal } from '../harness.js';

// A portal restarted with a new household version (2.1.0: title at 75 points) over the same data.
let portal: TestPortal;
let dossierId: number;
beforeAll(async () => {
  portal = await testPortal();
  const c = await portal.as('citizen.a');
  dossierId = (
    await c.put('/api/me/dossier', { framework: 'cdht-household', period: '2025', data: README_DATA })
  ).json().id;
  await c.post('/api/me/dossier/submit', { period: '2025' });
});
afterAll(() => portal.close());

async function restartedWithNewVersion() {
  const criteria = await loadPortalCriteria([
    konRayCriteria,
    resolve(import.meta.dirname, '..', 'fixtures', 'household-2.1'),
  ]);
  return buildApp({ database: { db: portal.db, kind: portal.kind, close: async () => {} }, criteria });
}

describe('re-evaluation after a framework version changes', () => {
  it('is explicit: nothing changes until an officer asks, with a reason', async () => {
    const app = await restartedWithNewVersion();
    const o = client(app);
    await o.login('officer.dr', PASSWORD);
    const detail = (await o.get(`/api/dossiers/${dossierId}`)).json();
    expect(detail.evaluation).toMatchObject({ framework_version: '2.0.0', total: 78, decision: 'not-awarded' });
    expect((await o.post(`/api/dossiers/${dossierId}/reevaluate`, {})).statusCode).toBe(400);
    expect((await o.post(`/api/dossiers/${dossierId}/reevaluate`, { reason: '   ' })).statusCode).toBe(400);
    const res = await o.post(`/api/dossiers/${dossierId}/reevaluate`, { reason: 'Bộ tiêu chí 2.1.0 có hiệu lực' });
    expect(res.statusCode).toBe(200);
    // 78 ≥ 75 and every indicator ≥ 5: awarded under 2.1.0.
    expect(res.json()).toEqual({
      changed: true,
      before: 'cdht-household@2.0.0',
      after: 'cdht-household@2.1.0',
      total: 78,
      decision: 'awarded',
    });
    const evaluations = await portal.db
      .selectFrom('evaluations')
      .select(['framework_version', 'cause', 'decision'])
      .where('dossier_id', '=', dossierId)
      .orderBy('id')
      .execute();
    expect(evaluations).toEqual([
      { framework_version: '2.0.0', cause: 'submit', decision: 'not-awarded' },
      { framework_version: '2.1.0', cause: 're-evaluate', decision: 'awarded' },
    ]);
    const entry = await portal.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'dossier.re-evaluate')
      .executeTakeFirstOrThrow();
    expect(entry.actor).toBe('officer.dr');
    expect(entry.before).toEqual({ framework: 'cdht-household@2.0.0', total: 78, decision: 'not-awarded' });
    expect(entry.after).toEqual({
      framework: 'cdht-household@2.1.0',
      total: 78,
      decision: 'awarded',
      reason: 'Bộ tiêu chí 2.1.0 có hiệu lực',
    });
    // Asking again changes nothing.
    const again = await o.post(`/api/dossiers/${dossierId}/reevaluate`, { reason: 'again' });
    expect(again.json()).toMatchObject({ changed: false, after: 'cdht-household@2.1.0' });
    await app.close();
  });

  it('is refused to citizens, viewers and other communes', async () => {
    const app = await restartedWithNewVersion();
    for (const username of ['citizen.a', 'viewer.district', 'officer.tl']) {
      const c = client(app);
      await c.login(username, PASSWORD);
      expect((await c.post(`/api/dossiers/${dossierId}/reevaluate`, { reason: 'x-reason' })).statusCode, username).toBe(
        403,
      );
    }
    await app.close();
  });
});
