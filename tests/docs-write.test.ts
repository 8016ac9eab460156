import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderCriteriaDocs } from '../src/docs/docFiles.js';
import { checkCriteriaDocs, writeCriteriaDocs } from '../src/node/writeDocs.js';
import { docsFixtures } from './docs.fixture.js';

const { engine } = docsFixtures();
const frameworks = engine.frameworks();
const options = { format: 'md' as const, operators: engine.operators, groups: engine.groups };
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cdht-docs-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const expectedPaths = [
  'docs-test-child/1.0.0.en.md',
  'docs-test-child/1.0.0.vi.md',
  'docs-test/1.0.0.en.md',
  'docs-test/1.0.0.vi.md',
  'docs-test/2.0.0.en.md',
  'docs-test/2.0.0.vi.md',
  'index.en.md',
  'index.vi.md',
];

describe('renderCriteriaDocs', () => {
  it('has a page per framework version and language plus an index per language', () => {
    const files = renderCriteriaDocs(frameworks, options);
    expect(files.map((f) => f.path)).toEqual(expectedPaths);
    // Each version is compared with the previous one of the same id.
    expect(files.find((f) => f.path === 'docs-test/2.0.0.vi.md')?.content).toContain(
      'So với phiên bản trước: docs-test 1.0.0.',
    );
    expect(renderCriteriaDocs(frameworks, { ...options, format: 'html', locales: ['en'] }).map((f) => f.path)).toEqual([
      'docs-test-child/1.0.0.en.html',
      'docs-test/1.0.0.en.html',
      'docs-test/2.0.0.en.html',
      'index.en.html',
    ]);
  });
});

describe('writeCriteriaDocs and checkCriteriaDocs', () => {
  it('writes the files, then finds the folder up to date', async () => {
    const dir = await tempDir();
    const { written } = await writeCriteriaDocs(frameworks, dir, options);
    expect(written).toEqual(expectedPaths);
    expect(await readFile(join(dir, 'docs-test/2.0.0.en.md'), 'utf8')).toBe(
      renderCriteriaDocs(frameworks, options)[4]?.content,
    );
    expect(await checkCriteriaDocs(frameworks, dir, options)).toEqual({
      stale: [],
      missing: [],
      extra: [],
      upToDate: true,
    });
  });

  it('reports stale, missing and extra files, and prune removes extra ones', async () => {
    const dir = await tempDir();
    await writeCriteriaDocs(frameworks, dir, options);
    await writeFile(join(dir, 'docs-test/1.0.0.vi.md'), 'edited by hand\n');
    await rm(join(dir, 'index.en.md'));
    await writeFile(join(dir, 'docs-test/0.9.0.vi.md'), 'old\n');
    await writeFile(join(dir, 'README.txt'), 'not generated, other format\n');
    expect(await checkCriteriaDocs(frameworks, dir, options)).toEqual({
      stale: ['docs-test/1.0.0.vi.md'],
      missing: ['index.en.md'],
      extra: ['docs-test/0.9.0.vi.md'],
      upToDate: false,
    });
    const { removed } = await writeCriteriaDocs(frameworks, dir, { ...options, prune: true });
    expect(removed).toEqual(['docs-test/0.9.0.vi.md']);
    expect((await readdir(dir)).sort()).toEqual([
      'README.txt',
      'docs-test',
      'docs-test-child',
      'index.en.md',
      'index.vi.md',
    ]);
    expect((await checkCriteriaDocs(frameworks, dir, options)).upToDate).toBe(true);
  });

  it('treats a folder that does not exist as all missing', async () => {
    const dir = join(await tempDir(), 'absent');
    const result = await checkCriteriaDocs(frameworks, dir, options);
    expect(result.missing).toEqual(expectedPaths);
    expect(result.upToDate).toBe(false);
  });
});

describe('pages are written whole', () => {
  it('writeCriteriaDocs replaces a page through a temporary file and leaves none behind; a page that cannot be written leaves the old one', async () => {
    const dir = await tempDir();
    await writeCriteriaDocs(frameworks, dir, options);
    const listAll = async (): Promise<string[]> =>
      (await readdir(dir, { recursive: true })).map(String).filter((f) => f.endsWith('.tmp'));
    const files = renderCriteriaDocs(frameworks, options);
    const first = files[0]?.path as string;
    await writeFile(join(dir, first), 'an older page', 'utf8');
    await writeCriteriaDocs(frameworks, dir, options);
    expect(await readFile(join(dir, first), 'utf8')).toBe(files[0]?.content);
    expect(await listAll()).toEqual([]);
    // A page whose place is taken by a folder fails; the temporary file is removed, the folder untouched.
    const second = files[1]?.path as string;
    await rm(join(dir, second));
    await mkdir(join(dir, second, 'kept'), { recursive: true });
    await expect(writeCriteriaDocs(frameworks, dir, options)).rejects.toThrow();
    expect(await listAll()).toEqual([]);
    expect(await readdir(join(dir, second))).toEqual(['kept']);
  });
});
