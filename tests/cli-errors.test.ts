import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';

beforeAll(requireBuild);

describe('cdht: errors name the file, the code and what was expected', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdht-cli-errors-'));

  it('unknown_file_kind: validate a JSON file that is no framework, plan or case file', () => {
    const file = join(dir, 'list.json');
    writeFileSync(file, JSON.stringify(['not', 'an', 'object']));
    const r = cdht(['validate', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(`${file}:$: unknown_file_kind`);
  });

  it('plugin_load_failed: a --plugin module that cannot be imported', () => {
    const r = cdht(['validate', 'criteria', '--plugin', './no-such-plugin.js', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('plugin_load_failed');
    expect(r.stderr).toContain('no-such-plugin.js');
  });

  it('sample_missing: the demo outside the repository says where it looked', () => {
    const install = mkdtempSync(join(tmpdir(), 'cdht-install-'));
    cpSync(join(ROOT, 'dist'), join(install, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'criteria'), join(install, 'criteria'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(install, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(install, 'node_modules'), 'dir');
    mkdirSync(join(install, 'work'));
    const r = spawnSync(process.execPath, [join(install, 'dist', 'cli.js'), 'demo', '--lang', 'en'], {
      cwd: join(install, 'work'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('sample_missing');
    expect(r.stderr).toContain('examples/sample/evidence-2025.ndjson');
  });
});
