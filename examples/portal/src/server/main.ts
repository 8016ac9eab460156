import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { loadPortalCriteria } from './criteria.js';
import { openDatabase } from './db/connect.js';
import type { Assets } from './routes/pages.js';
import { DEMO_ACCOUNTS, seedSample } from './seed.js';

// The portal package's folder: main.js runs from dist/server/, main.ts from src/server/.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sampleFile = resolve(root, '..', 'sample', 'evidence-2025.ndjson');

/** The built browser files (npm run build). */
function readAssets(): Assets {
  const dir = join(root, 'dist', 'web');
  const types: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
  const out = new Map<string, { body: Buffer; type: string }>();
  for (const name of ['app.js', 'app.css']) {
    out.set(name, { body: readFileSync(join(dir, name)), type: types[name.split('.').pop() as string] as string });
  }
  return out;
}

async function main(): Promise<void> {
  const config = readConfig(process.env, root);
  const database = await openDatabase(config.database);
  const criteria = await loadPortalCriteria(config.criteriaDirs);
  if (config.seed) {
    const s = await seedSample(database.db, criteria.engine, sampleFile);
    if (s.seeded)
      console.log(
        `Dữ liệu MẪU (tổng hợp, không phải người thật) / SAMPLE data loaded: ${s.dossiers} dossiers, ${s.rejected} sample rows rejected by cdht`,
      );
  }
  const app = await buildApp({
    database,
    criteria,
    assets: readAssets(),
    secureCookies: config.secureCookies,
    logger: false,
    today: config.today,
  });
  const address = await app.listen({ host: config.host, port: config.port });
  const where =
    'url' in config.database
      ? 'PostgreSQL (DATABASE_URL)'
      : 'dataDir' in config.database
        ? `PGlite ${config.database.dataDir}`
        : 'PGlite (memory)';
  console.log(`Cổng thông tin Công dân học tập / Learning Citizen portal: ${address}`);
  console.log(`Database: ${where}`);
  if (config.today)
    console.log(
      `Ngày làm việc / working date: ${config.today} (PORTAL_TODAY; the sample's communes are the units before 1/7/2025)`,
    );
  if (config.seed) {
    console.log('Tài khoản mẫu / demo accounts (SAMPLE DATA ONLY):');
    for (const a of DEMO_ACCOUNTS)
      console.log(`  ${a.role.padEnd(8)} ${a.username.padEnd(16)} ${a.password}  ${a.scope.join(' / ')}`);
  }
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
