import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSample } from '../../src/server/seed.js';
import { sampleEvidence, type TestPortal, testPortal } from '../harness.js';

let portal: TestPortal;
let result: Awaited<ReturnType<typeof seedSample>>;
beforeAll(async () => {
  portal = await testPortal();
  result = await seedSample(portal.db, portal.criteria.engine, sampleEvidence, [
    {
      username: 'demo.officer',
      password: 'demo-password-1',
      role: 'officer',
      name: '[Mẫu] X',
      scope: ['Kon Tum', 'Kon Rẫy', 'Đắk Ruồng'],
    },
  ]);
}, 600_000);
afterAll(() => portal.close());

describe('the Kon Rẫy sample', () => {
  it('stores every valid sample row once, marked as sample, and counts the planted broken rows', async () => {
    const rows = readFileSync(sampleEvidence, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4000);
    // The sample plants broken rows: scores of 12, which the library rejects (as the CLI does), and
    // impossible birth dates in `birthDate`, a field the 2.0.0 forms do not declare, so the library
    // keeps those rows with a warning. Count the scores outside 0–10 straight from the file.
    const outOfRange = rows.filter((r: { data?: Record<string, unknown> }) =>
      Object.values(r.data ?? {}).some(
        (v) =>
          typeof v === 'object' &&
          v !== null &&
          Object.values(v).some((x) => typeof x === 'number' && (x < 0 || x > 10)),
      ),
    ).length;
    expect(outOfRange).toBeGreaterThan(0);
    const valid = 4000 - outOfRange;
    expect(result).toEqual({ seeded: true, dossiers: valid, rejected: outOfRange });
    const counts = await portal.db
      .selectFrom('dossiers')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('person_id').distinct().as('people')])
      .where('sample', '=', true)
      .executeTakeFirstOrThrow();
    expect(Number(counts.n)).toBe(valid);
    expect(Number(counts.people)).toBe(valid);
    const evaluations = await portal.db
      .selectFrom('evaluations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('cause', '=', 'seed')
      .executeTakeFirstOrThrow();
    expect(Number(evaluations.n)).toBe(valid);
    // Each dossier was submitted through cdht's workflow on the sample's date, with its outcome.
    const steps = await portal.db
      .selectFrom('transitions as t')
      .innerJoin('dossiers as d', 'd.id', 't.dossier_id')
      .select(['t.entry', 'd.person_id'])
      .where('d.sample', '=', true)
      .execute();
    expect(steps).toHaveLength(valid);
    expect(new Set(steps.map((s) => s.person_id)).size).toBe(valid);
    const first = steps.find((s) => s.person_id === 'KR25-00001');
    expect(first?.entry).toEqual({
      seq: 1,
      from: 'draft',
      to: 'self-assessed',
      action: 'submit',
      date: '2025-06-30',
      by: { role: 'self', unit: {}, person: 'KR25-00001' },
      outcome: { framework: 'cdht-resident@2.0.0', total: 92, decision: 'awarded' },
    });
    const names = await portal.db.selectFrom('people').select('name').where('sample', '=', true).execute();
    expect(names.every((p) => p.name.startsWith('[Mẫu]'))).toBe(true);
  });

  it('lets an officer see their commune’s sample dossiers only', async () => {
    const c = await portal.as('officer.dr');
    const list = (await c.get('/api/dossiers?period=2025&limit=500')).json().dossiers as {
      unit: { commune?: string };
    }[];
    expect(list.length).toBeGreaterThan(100);
    expect(list.every((d) => d.unit.commune === 'Đắk Ruồng')).toBe(true);
  });

  it('does nothing the second time', async () => {
    expect(await seedSample(portal.db, portal.criteria.engine, sampleEvidence)).toEqual({
      seeded: false,
      dossiers: 0,
      rejected: 0,
    });
  });
});
