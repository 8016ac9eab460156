// Bounded load test on loopback: 10,000 dossiers entered and submitted (so evaluated by cdht)
// through the HTTP API by 20 concurrent officer clients, then a check that every dossier,
// evaluation and audit row is stored exactly once. Usage:
//   npm run load [-- --dossiers 10000 --clients 20]      (PGlite in a temporary folder)
//   DATABASE_URL=postgres://… npm run load              (a PostgreSQL server; use an empty database)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { buildApp } from '../src/server/app.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { loadPortalCriteria } from '../src/server/criteria.js';
import { openDatabase } from '../src/server/db/connect.js';

const { values } = parseArgs({
  options: { dossiers: { type: 'string', default: '10000' }, clients: { type: 'string', default: '20' } },
});
const TOTAL = Number(values.dossiers);
const CLIENTS = Number(values.clients);
const DEADLINE_MS = 30 * 60_000;
const COMMUNES = ['Đắk Kôi', 'Đắk Pne', 'Đắk Rve', 'Đắk Ruồng', 'Đắk Tơ Lung', 'Đắk Tờ Re', 'Tân Lập'];
const PASSWORD = 'load-test-password';

// A seeded generator: the same scores every run.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const dataDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'cdht-load-'));
const database = await openDatabase(
  process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dataDir: dataDir as string },
);
const criteria = await loadPortalCriteria([]);
const hash = await hashPassword(PASSWORD);
for (const [i, commune] of COMMUNES.entries()) {
  await database.db
    .insertInto('accounts')
    .values({
      username: `load.${i}`,
      password_hash: hash,
      role: 'officer',
      display_name: commune,
      scope: ['Kon Tum', 'Kon Rẫy', commune],
      person_id: null,
    })
    .execute();
}
const app = await buildApp({ database, criteria });
const base = await app.listen({ host: '127.0.0.1', port: 0 });
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) throw new Error(`not loopback: ${base}`);

async function signIn(username: string) {
  let cookies: Record<string, string> = {};
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const [k = '', v = ''] = pair.split('=');
      cookies[k] = v;
    }
  };
  const header = () =>
    Object.entries(cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  let res = await fetch(`${base}/api/session`);
  keep(res);
  let csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: header() },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`sign-in ${res.status}`);
  keep(res);
  res = await fetch(`${base}/api/session`, { headers: { cookie: header() } });
  keep(res);
  csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  cookies = { ...cookies };
  return async (path: string, body: unknown) => {
    const r = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: header() },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const json = (await r.json()) as Record<string, unknown>;
    if (!r.ok) throw new Error(`${path} ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
}

const latencies: number[] = [];
let next = 0;
let failures = 0;
const started = performance.now();
async function client(index: number): Promise<void> {
  const commune = COMMUNES[index % COMMUNES.length] as string;
  const post = await signIn(`load.${index % COMMUNES.length}`);
  const random = rng(index + 1);
  while (next < TOTAL && performance.now() - started < DEADLINE_MS) {
    const n = next++;
    const data = Object.fromEntries(
      ['tc1_1', 'tc1_2', 'tc1_3', 'tc1_4', 'tc2_1', 'tc2_2', 'tc2_3', 'tc2_4', 'tc3_1', 'tc3_2'].map((k) => [
        k,
        { self: 4 + Math.floor(random() * 7) },
      ]),
    );
    const t0 = performance.now();
    try {
      const created = await post('/api/dossiers', {
        person: {
          id: `LOAD-${String(n).padStart(5, '0')}`,
          name: `[Mẫu] Tải ${n}`,
          unit: { province: 'Kon Tum', district: 'Kon Rẫy', commune, village: `Thôn ${1 + (n % 9)}` },
        },
        dossier: { framework: 'cdht-household', period: '2025', data },
      });
      await post(`/api/dossiers/${created.id}/submit`, {});
      latencies.push(performance.now() - t0);
    } catch (error) {
      failures++;
      if (failures <= 5) console.error(error instanceof Error ? error.message : error);
    }
  }
}

await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;

// Exactly once: counts and distinct keys.
const { db } = database;
const one = async (q: ReturnType<typeof sql<{ n: number }>>) => Number((await q.execute(db)).rows[0]?.n);
const stored = {
  people: await one(sql`select count(*)::int as n from people where id like 'LOAD-%'`),
  dossiers: await one(
    sql`select count(*)::int as n from dossiers d join people p on p.id = d.person_id where p.id like 'LOAD-%'`,
  ),
  distinctDossiers: await one(
    sql`select count(distinct person_id)::int as n from dossiers where person_id like 'LOAD-%'`,
  ),
  evidenceVersions: await one(sql`select count(*)::int as n from evidence_versions`),
  evaluations: await one(sql`select count(*)::int as n from evaluations where cause = 'submit'`),
  distinctEvaluated: await one(
    sql`select count(distinct dossier_id)::int as n from evaluations where cause = 'submit'`,
  ),
  transitions: await one(sql`select count(*)::int as n from transitions where to_state = 'self-assessed'`),
  auditCreate: await one(sql`select count(*)::int as n from audit_log where action = 'person.create'`),
  auditDraft: await one(sql`select count(*)::int as n from audit_log where action = 'dossier.save-draft'`),
  auditSubmit: await one(sql`select count(*)::int as n from audit_log where action = 'dossier.self-assessed'`),
  auditSubmitDistinct: await one(
    sql`select count(distinct entity_id)::int as n from audit_log where action = 'dossier.self-assessed'`,
  ),
};
const ok = latencies.length;
const exactlyOnce = Object.values(stored).every((v) => v === ok) && failures === 0 && ok === TOTAL;
const report = {
  database: database.kind,
  clients: CLIENTS,
  dossiers: ok,
  failures,
  seconds: Number(seconds.toFixed(1)),
  dossiersPerSecond: Number((ok / seconds).toFixed(1)),
  requestsPerSecond: Number(((2 * ok) / seconds).toFixed(1)),
  latencyMs: {
    p50: Math.round(pct(50)),
    p95: Math.round(pct(95)),
    p99: Math.round(pct(99)),
    max: Math.round(latencies.at(-1) ?? 0),
  },
  stored,
  exactlyOnce,
};
console.log(JSON.stringify(report, null, 2));
console.log(
  `${ok} dossiers entered and submitted by ${CLIENTS} clients in ${report.seconds} s: ${report.dossiersPerSecond} dossiers/s, p95 ${report.latencyMs.p95} ms per dossier (create + submit); stored exactly once: ${exactlyOnce ? 'yes' : 'NO'}`,
);
await app.close();
await database.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
process.exit(exactlyOnce ? 0 : 1);
