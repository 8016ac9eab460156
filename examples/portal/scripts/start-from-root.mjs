// `npm run portal` from the repository root: builds the library when its build is missing or
// older than its sources, installs the portal's own dependencies when missing, builds the portal
// and starts it (sample data and demo accounts are printed on start).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const portal = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(portal, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args, cwd) {
  const r = spawnSync(npm, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const built = join(repo, 'dist', 'index.js');
if (
  !existsSync(built) ||
  statSync(built).mtimeMs < Math.max(newest(join(repo, 'src')), newest(join(repo, 'criteria')))
) {
  console.log('Building cdht …');
  run(['run', 'build'], repo);
}
if (!existsSync(join(portal, 'node_modules', 'fastify'))) {
  console.log('Installing the portal’s dependencies …');
  run(['ci', '--no-audit', '--no-fund'], portal);
}
run(['run', 'build'], portal);
run(['start'], portal);
