/**
 * Writes src/bundled/{frameworks,plans,cases,policies,units}.ts — the data behind `cdht/criteria` — from every
 * file under criteria/; with --check, fails when the committed modules differ from what criteria/
 * gives (so a new or removed file can never be missed). A file of a kind it does not know fails
 * too: teach this script about it rather than leave it out.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');

type Kind = 'frameworks' | 'collectiveFrameworks' | 'plans' | 'cases' | 'policies' | 'units';
interface Entry {
  readonly file: string;
  readonly name: string;
  readonly fields: Record<string, string>;
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) out.push(...(await walk(path)));
    else out.push(relative(root, path).split('\\').join('/'));
  }
  return out;
}

const identifier = (file: string): string =>
  file
    .replace(/^criteria\//, '')
    .replace(/\.json$/, '')
    .replace(/[^A-Za-z0-9]+/g, '_');

function fail(message: string): never {
  console.error(`generate-criteria: ${message}`);
  process.exit(1);
}

async function classify(file: string): Promise<[Kind, Entry] | undefined> {
  if (file.endsWith('.md')) return undefined;
  const json = JSON.parse(await readFile(join(root, file), 'utf8')) as {
    id?: unknown;
    version?: unknown;
    kind?: unknown;
    extends?: unknown;
  };
  const name = identifier(file);
  const idVersion = (): Record<string, string> => {
    if (typeof json.id !== 'string' || typeof json.version !== 'string') fail(`${file} has no string id and version`);
    return { id: json.id, version: json.version };
  };
  let m = /^criteria\/units\/[^/]+\.json$/.exec(file);
  if (m) return ['units', { file, name: `units_${name.replace(/^units_/, '')}`, fields: idVersion() }];
  m = /^criteria\/policies\/[^/]+\.json$/.exec(file);
  if (m) return ['policies', { file, name: `policy_${name.replace(/^policies_/, '')}`, fields: idVersion() }];
  m = /^criteria\/plans\/[^/]+\.json$/.exec(file);
  if (m) return ['plans', { file, name: `plan_${name.replace(/^plans_/, '')}`, fields: idVersion() }];
  m = /^criteria\/([^/]+)\/([^/]+)\.cases\.json$/.exec(file);
  if (m) return ['cases', { file, name, fields: { framework: m[1] as string, version: m[2] as string } }];
  m = /^criteria\/([^/]+)\/([^/]+)\.json$/.exec(file);
  if (m) {
    const fields = idVersion();
    if (fields.id !== m[1] || fields.version !== m[2])
      fail(`${file} holds ${fields.id}@${fields.version}; a framework lives at criteria/<id>/<version>.json`);
    // Collective frameworks are their own list, so an app judging people alone never bundles them.
    // (A child without `kind` is placed after its parent below: what it judges is inherited.)
    if (typeof json.extends === 'string') fields.extends = json.extends.split('@')[0] as string;
    return [json.kind === 'collective' ? 'collectiveFrameworks' : 'frameworks', { file, name, fields }];
  }
  return fail(`${file}: not a framework, plan or case file; teach scripts/generate-criteria.ts about it`);
}

const DOCS: Record<Kind, { type: string; doc: string }> = {
  frameworks: {
    type: 'BundledFramework',
    doc: 'Every framework file bundled with the package, in file order, ready for `engine.loadAll(frameworks)`.',
  },
  collectiveFrameworks: {
    type: 'BundledFramework',
    doc: 'Every collective framework file bundled with the package (families, clans, communities, units), in file order: `engine.loadAll([...frameworks, ...collectiveFrameworks])`.',
  },
  plans: {
    type: 'BundledPlan',
    doc: 'Every target plan bundled with the package, in file order. `loadPlan` resolves their ids as parents.',
  },
  policies: {
    type: 'BundledPolicy',
    doc: 'Every recognition policy bundled with the package (who submits, reviews and recognises), for `loadRecognitionPolicy(policy.json)`.',
  },
  units: {
    type: 'BundledUnitsFile',
    doc: 'Every units file and unit-mapping file bundled with the package, for `loadUnits` / `loadUnitMapping`.',
  },
  cases: {
    type: 'BundledCaseFile',
    doc: 'Every case file bundled with the package (worked examples with expected results), in file order.',
  },
};

function moduleText(kind: Kind, entries: readonly Entry[]): string {
  const { type, doc } = DOCS[kind];
  const imports = entries.map((e) => `import ${e.name} from '../../${e.file}' with { type: 'json' };`);
  const items = entries.map((e) => {
    const fields = Object.entries(e.fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
    return `  { file: ${JSON.stringify(e.file)}, ${fields.join(', ')}, json: ${e.name} },`;
  });
  return [
    '// Generated from criteria/ by scripts/generate-criteria.ts (`npm run criteria`): do not edit.',
    '// `npm run criteria:check` (part of `npm test`) fails when this file and criteria/ differ.',
    ...imports,
    "import { _deepFreeze } from './freeze.js';",
    `import type { ${type} } from './types.js';`,
    '',
    '/**',
    ` * ${doc}`,
    ' *',
    ' * @category Criteria',
    ' */',
    `export const ${kind}: readonly ${type}[] = /* @__PURE__ */ _deepFreeze([`,
    ...items,
    ']);',
    '',
  ].join('\n');
}

/** Formats like `npm run format` would, so the committed file is stable. */
function format(path: string, text: string): string {
  const biome = spawnSync(join(root, 'node_modules/.bin/biome'), ['check', '--write', `--stdin-file-path=${path}`], {
    cwd: root,
    input: text,
    encoding: 'utf8',
  });
  if (biome.status !== 0) fail(`biome could not format ${path}:\n${biome.stderr}`);
  return biome.stdout;
}

const byKind: Record<Kind, Entry[]> = {
  frameworks: [],
  collectiveFrameworks: [],
  plans: [],
  cases: [],
  policies: [],
  units: [],
};
for (const file of await walk(join(root, 'criteria'))) {
  const found = await classify(file);
  if (found) byKind[found[0]].push(found[1]);
}

// A framework extending a collective one is collective too; the list follows the parent's.
for (let moved = true; moved; ) {
  moved = false;
  const collective = new Set(byKind.collectiveFrameworks.map((e) => e.fields.id));
  for (const e of [...byKind.frameworks]) {
    const parent = e.fields.extends;
    if (parent === undefined || !collective.has(parent)) continue;
    byKind.frameworks.splice(byKind.frameworks.indexOf(e), 1);
    byKind.collectiveFrameworks.push(e);
    moved = true;
  }
}
byKind.collectiveFrameworks.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
for (const list of Object.values(byKind)) for (const e of list) delete e.fields.extends;

let stale = 0;
for (const kind of Object.keys(byKind) as Kind[]) {
  const path = `src/bundled/${kind}.ts`;
  const text = format(path, moduleText(kind, byKind[kind]));
  if (check) {
    const current = await readFile(join(root, path), 'utf8').catch(() => '');
    if (current !== text) {
      stale++;
      console.error(`${path} is stale: run \`npm run criteria\` and commit it`);
    }
  } else {
    await writeFile(join(root, path), text);
    console.log(`wrote ${path} (${byKind[kind].length} files)`);
  }
}
if (stale > 0) process.exit(1);
if (check) console.log('src/bundled/ matches criteria/');
