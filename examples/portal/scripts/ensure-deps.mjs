// Installs the portal's dependencies (its own package-lock.json) when they are missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const portal = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(portal, 'node_modules', 'fastify'))) {
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: portal, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
