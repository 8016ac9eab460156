import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

describe('README', () => {
  it('opens with the two set-up commands', () => {
    const lines = readme.split('\n').slice(0, 6).join('\n');
    expect(lines).toContain('npm ci && npm run demo');
    expect(lines).toContain('npm test');
  });

  it('the embedding example runs against the built package and prints what its comments say', () => {
    const block = /## Embedding\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    // Type annotations are absent from the example, so it runs as plain JavaScript through the package's own name.
    mkdirSync(`${root}.tmp`, { recursive: true });
    const file = `${root}.tmp/readme-example.mjs`;
    writeFileSync(file, block as string);
    const out = execFileSync(process.execPath, [file], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    const expected = (block as string)
      .split('\n')
      .filter((l) => l.startsWith('console.log'))
      .map((l) => l.split('// ')[1]?.trim());
    expect(out).toEqual(expected);
  });
});
