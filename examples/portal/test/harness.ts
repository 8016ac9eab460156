import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { loadPortalCriteria, type PortalCriteria } from '../src/server/criteria.js';
import { openDatabase, type PortalDatabase } from '../src/server/db/connect.js';
import { migrations } from '../src/server/db/migrations.js';
import type { Role } from '../src/server/db/types.js';
import { unitPath } from '../src/server/dossiers/units.js';

const here = dirname(fileURLToPath(import.meta.url));
const migrationText = readFileSync(resolve(here, '..', 'src', 'server', 'db', 'migrations.ts'), 'utf8');
/** The repository's examples folder. */
export const examplesDir = resolve(here, '..', '..');
export const konRayCriteria = resolve(examplesDir, 'kon-ray', 'criteria');
export const sampleEvidence = resolve(examplesDir, 'sample', 'evidence-2025.ndjson');

/**
 * A migrated, empty PGlite data folder as a tarball, made once and kept in `.tmp/` (keyed by the
 * migrations' text): starting from it skips initdb, the slow part of a new PGlite.
 */
export async function template(): Promise<Blob> {
  const key = createHash('sha256')
    .update(JSON.stringify(Object.keys(migrations)) + migrationText)
    .digest('hex')
    .slice(0, 16);
  const file = resolve(here, '..', '.tmp', `pglite-template-${key}.tar`);
  if (!existsSync(file)) {
    const d = await openDatabase({ memory: true });
    const blob = await (d.dump as () => Promise<Blob>)();
    await d.close();
    mkdirSync(dirname(file), { recursive: true });
    const part = `${file}.${process.pid}.part`;
    writeFileSync(part, Buffer.from(await blob.arrayBuffer()));
    renameSync(part, file);
  }
  return new Blob([readFileSync(file)]);
}

let criteriaOnce: Promise<PortalCriteria> | undefined;
/** The bundled criteria plus the Kon Rẫy example framework, loaded once per test file. */
export const testCriteria = (): Promise<PortalCriteria> => (criteriaOnce ??= loadPortalCriteria([konRayCriteria]));

/**
 * A fresh database: in-memory PGlite, or — when `TEST_DATABASE_URL` names a PostgreSQL server — a
 * new database created on it for this test file and dropped at the end.
 */
export async function freshDatabase(): Promise<PortalDatabase & { drop(): Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const d = await openDatabase({ memory: true, from: await template() });
    return { ...d, drop: () => d.close() };
  }
  const name = `cdht_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const d = await openDatabase({ url: url.toString() });
  return {
    ...d,
    drop: async () => {
      await d.close();
      const a = new pg.Client({ connectionString: server });
      await a.connect();
      await a.query(`drop database ${name}`);
      await a.end();
    },
  };
}

export const PASSWORD = 'mat-khau-thu-nghiem';
/** The date steps are taken on in the tests: the last day of the four-tier units (see SAMPLE_TODAY). */
export const TODAY = '2025-06-30';
export const DAK_RUONG = { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Đắk Ruồng', village: 'Thôn 1' };
export const TAN_LAP = { province: 'Kon Tum', district: 'Kon Rẫy', commune: 'Tân Lập', village: 'Thôn 2' };

/** A portal on a fresh database with one account per role (and two communes' officers and citizens). */
export async function testPortal(options: { readonly today?: string } = {}) {
  const database = await freshDatabase();
  const criteria = await testCriteria();
  const { db } = database;
  const people = [
    { id: 'P-DR-1', name: '[Mẫu] Nguyễn Văn A', unit: DAK_RUONG },
    { id: 'P-TL-1', name: '[Mẫu] Trần Thị B', unit: TAN_LAP },
  ];
  for (const p of people) {
    await db
      .insertInto('people')
      .values({ ...p, unit: JSON.stringify(p.unit), unit_path: unitPath(p.unit), sample: false })
      .execute();
  }
  const hash = await hashPassword(PASSWORD);
  const accounts: { username: string; role: Role; scope: string[]; person_id: string | null }[] = [
    { username: 'citizen.a', role: 'citizen', scope: [], person_id: 'P-DR-1' },
    { username: 'citizen.b', role: 'citizen', scope: [], person_id: 'P-TL-1' },
    { username: 'officer.dr', role: 'officer', scope: ['Kon Tum', 'Kon Rẫy', 'Đắk Ruồng'], person_id: null },
    { username: 'officer.tl', role: 'officer', scope: ['Kon Tum', 'Kon Rẫy', 'Tân Lập'], person_id: null },
    { username: 'viewer.district', role: 'viewer', scope: ['Kon Tum', 'Kon Rẫy'], person_id: null },
    { username: 'admin', role: 'admin', scope: [], person_id: null },
  ];
  for (const a of accounts) {
    await db
      .insertInto('accounts')
      .values({ ...a, password_hash: hash, display_name: a.username })
      .execute();
  }
  const app = await buildApp({ database, criteria, today: options.today ?? TODAY });
  return {
    app,
    db,
    criteria,
    kind: database.kind,
    client: () => client(app),
    as: async (username: string) => {
      const c = client(app);
      await c.login(username, PASSWORD);
      return c;
    },
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

export type TestPortal = Awaited<ReturnType<typeof testPortal>>;

/** A browser-like client: keeps cookies, sends the CSRF token on every change. */
export function client(app: FastifyInstance) {
  const jar = new Map<string, string>();
  let csrf = '';
  const remember = (res: LightMyRequestResponse) => {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) jar.delete(c.name);
      else jar.set(c.name, c.value);
    }
    return res;
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const refresh = async () => {
    const res = remember(await app.inject({ method: 'GET', url: '/api/session', headers: { cookie: cookie() } }));
    csrf = res.json().csrfToken;
    return res;
  };
  const send = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, token = true) => {
    if (method !== 'GET' && token && !csrf) await refresh();
    const headers: Record<string, string> = { cookie: cookie() };
    if (method !== 'GET' && token) headers['x-csrf-token'] = csrf;
    return remember(
      await app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) }),
    );
  };
  return {
    jar,
    refresh,
    get: (url: string) => send('GET', url),
    post: (url: string, body?: unknown) => send('POST', url, body ?? {}),
    put: (url: string, body: unknown) => send('PUT', url, body),
    delete: (url: string) => send('DELETE', url),
    /** A change without the CSRF token. */
    forged: (method: 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) => send(method, url, body ?? {}, false),
    async login(username: string, password: string) {
      const res = await send('POST', '/api/session', { username, password });
      if (res.statusCode === 200) await refresh();
      return res;
    },
  };
}

/** The README's person: 78 points, not awarded (TC2.2 at 5 is 2 points short). */
export const README_DATA = {
  tc1_1: { self: 9 },
  tc1_2: { self: 8 },
  tc1_3: { self: 8 },
  tc1_4: { self: 8 },
  tc2_1: { self: 7, reviewed: 6 },
  tc2_2: { self: 5 },
  tc2_3: { self: 8 },
  tc2_4: { self: 8 },
  tc3_1: { self: 9 },
  tc3_2: { self: 9 },
};

/** A self-assessment that earns the title: 85 points, every indicator ≥ 5. */
export const AWARDED_DATA = {
  tc1_1: { self: 9 },
  tc1_2: { self: 8 },
  tc1_3: { self: 8 },
  tc1_4: { self: 8 },
  tc2_1: { self: 8 },
  tc2_2: { self: 8 },
  tc2_3: { self: 9 },
  tc2_4: { self: 9 },
  tc3_1: { self: 9 },
  tc3_2: { self: 9 },
};
