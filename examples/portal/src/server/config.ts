import { resolve } from 'node:path';
import type { DatabaseTarget } from './db/connect.js';

/** How the portal runs, from the environment (see the README). */
export interface PortalConfig {
  readonly database: DatabaseTarget;
  readonly host: string;
  readonly port: number;
  /** Extra criteria folders (e.g. a district framework), beside the bundled ones. */
  readonly criteriaDirs: readonly string[];
  /** Mark cookies `Secure` (behind HTTPS). */
  readonly secureCookies: boolean;
  /** Load the synthetic Kon Rẫy sample into an empty database. */
  readonly seed: boolean;
  /** The date steps are recorded on and reports made for (`PORTAL_TODAY`); undefined: the real date. */
  readonly today: string | undefined;
}

/**
 * The date the sample runs on when `PORTAL_TODAY` is not set: the last day of the four-tier units.
 * The sample's people live in communes of Kon Rẫy district, which ceased on 1/7/2025; the bundled
 * policy names nobody who acts for them after that (no unit mapping is known for them), so the
 * library refuses their review on any later date — as it should for real data.
 */
export const SAMPLE_TODAY = '2025-06-30';

/**
 * Reads the configuration: `DATABASE_URL` (PostgreSQL server) or `PORTAL_DATA` (PGlite folder,
 * default `.data/pglite`), `HOST` (default 127.0.0.1), `PORT` (default 3000),
 * `PORTAL_CRITERIA` (extra criteria folders separated by `:`), `PORTAL_SECURE_COOKIES=1`,
 * `PORTAL_SEED=0` to start empty, `PORTAL_TODAY` (yyyy-MM-dd; with the sample, default {@link SAMPLE_TODAY}).
 */
export function readConfig(env: NodeJS.ProcessEnv, base: string): PortalConfig {
  const url = env.DATABASE_URL?.trim();
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT: expected 0–65535, got ${env.PORT}`);
  return {
    database: url ? { url } : { dataDir: resolve(base, env.PORTAL_DATA ?? '.data/pglite') },
    host: env.HOST ?? '127.0.0.1',
    port,
    criteriaDirs: (env.PORTAL_CRITERIA ?? '')
      .split(':')
      .filter((d) => d !== '')
      .map((d) => resolve(base, d)),
    secureCookies: env.PORTAL_SECURE_COOKIES === '1',
    seed: env.PORTAL_SEED !== '0',
    today: readToday(env.PORTAL_TODAY, env.PORTAL_SEED !== '0'),
  };
}

function readToday(text: string | undefined, sample: boolean): string | undefined {
  if (text === undefined || text === '') return sample ? SAMPLE_TODAY : undefined;
  const d = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text)
    throw new Error(`PORTAL_TODAY: expected a date yyyy-MM-dd, got ${text}`);
  return text;
}
