import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IssueCodes, ReasonCodes } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
function read(dir: string, ext: RegExp): string {
  // Installed packages are not ours (and the portal's node_modules/cdht links back to this folder).
  return readdirSync(dir)
    .filter((name) => name !== 'node_modules')
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? read(path, ext) : ext.test(path) ? readFileSync(path, 'utf8') : ''))
    .join('\n');
}

describe('error and reason codes', () => {
  const source = read(join(root, 'src'), /\.ts$/);
  const tests = read(join(root, 'tests'), /\.ts$/) + read(join(root, 'examples'), /\.test\.ts$/);

  it('are sorted snake_case and unique', () => {
    for (const list of [IssueCodes, ReasonCodes]) {
      expect([...list]).toEqual([...new Set(list)].sort());
      for (const code of list) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    }
  });

  it('every code the source emits is listed', () => {
    const emitted = new Set<string>();
    for (const m of source.matchAll(/(?:code: |(?:issue|warn|add|reason)\(\s*)'([a-z]+(?:_[a-z]+)+)'/g))
      emitted.add(m[1] as string);
    const listed = new Set<string>([...IssueCodes, ...ReasonCodes]);
    expect([...emitted].filter((c) => !listed.has(c)).sort()).toEqual([]);
  });

  it('issue and reason codes never share a name (plugin locales key messages by code)', () => {
    const issues = new Set<string>(IssueCodes);
    expect(ReasonCodes.filter((c) => issues.has(c))).toEqual([]);
  });

  it('every listed code appears in some test', () => {
    const untested = [...IssueCodes, ...ReasonCodes].filter(
      (c) => !tests.includes(`'${c}'`) && !tests.includes(`"${c}"`) && !tests.includes(c),
    );
    expect(untested).toEqual([]);
  });
});
