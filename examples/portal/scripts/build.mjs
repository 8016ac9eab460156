// Builds the portal: the browser bundle (cdht's main entry included) and the server.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = (p) => join(root, 'dist', p);
mkdirSync(out('web'), { recursive: true });

await build({
  entryPoints: [join(root, 'src/web/main.ts')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  outfile: out('web/app.js'),
  logLevel: 'warning',
});
copyFileSync(join(root, 'src/web/app.css'), out('web/app.css'));

await build({
  entryPoints: [join(root, 'src/server/main.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outfile: out('server/main.js'),
  logLevel: 'warning',
});
