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
}

/**
 * Reads the configuration: `DATABASE_URL` (PostgreSQL server) or `PORTAL_DATA` (PGlite folder,
 * default `.data/pglite`), `HOST` (default 127.0.0.1), `PORT` (default 3000),
 * `PORTAL_CRITERIA` (extra criteria folders separated by `:`), `PORTAL_SECURE_COOKIES=1`,
 * `PORTAL_SEED=0` to start empty.
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
  };
}
