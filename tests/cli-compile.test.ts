import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine.js';
import { createScorer, type Scorer } from '../src/evaluate/score.js';
import type { EvidenceRecord } from '../src/format/evidence.js';
import { readFrameworkInputs } from '../src/node/criteriaFiles.js';
import { cdht, ROOT, requireBuild } from './fixtures/cli/run.js';

// Inside the repository, so the module's `import … from 'cdht/aot-runtime'` resolves through the
// package's own exports (node_modules/cdht is this package), as in a project that installed cdht.
let dir: string;
beforeAll(() => {
  requireBuild();
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(ROOT, '.tmp', 'cli-compile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sample = readFileSync(join(ROOT, 'examples/sample/evidence-2025.ndjson'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as EvidenceRecord);

describe('cdht compile', () => {
  it('writes a module for a bundled id that scores the sample exactly as createScorer, and says where', async () => {
    const r = cdht(['compile', 'cdht-resident@2.0.0', '--out', join(dir, 'resident.mjs')]);
    expect(r.stderr).toContain('Đã biên dịch cdht-resident 2.0.0 thành mô-đun chấm điểm:');
    expect(r.code).toBe(0);
    const source = readFileSync(join(dir, 'resident.mjs'), 'utf8');
    expect(source).toContain('import * as $ from "cdht/aot-runtime";');
    expect(source).not.toMatch(/\beval\s*\(|\bFunction\s*\(/);
    const mod = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'resident.mjs')).href)) as {
      createScorer: () => Scorer;
      framework: { id: string; version: string };
    };
    expect(mod.framework).toEqual({ id: 'cdht-resident', version: '2.0.0' });
    const engine = createEngine();
    engine.loadAll((await readFrameworkInputs([join(ROOT, 'criteria')])).inputs);
    const expected = createScorer(engine.compile(engine.get('cdht-resident', '2.0.0') as never));
    const actual = mod.createScorer();
    let awarded = 0;
    for (const record of sample) {
      const s = actual(record);
      expect(s).toEqual(expected(record));
      if (s.decisions[0] === 'awarded') awarded++;
    }
    // Not a constant: the sample has people on both sides of the title.
    expect(awarded).toBeGreaterThan(100);
    expect(awarded).toBeLessThan(sample.length);
  });

  it('compiles a framework file with --no-bundled to the default file name', () => {
    const cwd = mkdtempSync(join(dir, 'cwd-'));
    const file = join(ROOT, 'tests/fixtures/frameworks/basic.json');
    const r = cdht(['compile', file, '--no-bundled', '--lang', 'en'], cwd);
    expect(r.stderr).toContain('Compiled test-basic 1.0.0 to a scoring module: scorer-test-basic-1.0.0.mjs');
    expect(r.code).toBe(0);
    expect(readdirSync(cwd)).toEqual(['scorer-test-basic-1.0.0.mjs']);
  });

  it("refuses a plugin's operator and a collective framework, in both languages, writing nothing", () => {
    const out = join(dir, 'refused.mjs');
    const plugin = cdht([
      'compile',
      join(ROOT, 'tests/fixtures/plugins/twice.json'),
      '--plugin',
      join(ROOT, 'tests/fixtures/plugins/array-plugin.mjs'),
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(plugin.code).toBe(1);
    expect(plugin.stderr).toMatch(
      /twice\.json:\$\.criteria\[0\]\.indicators\[0\]\.award: aot_unsupported "twice" cannot be compiled ahead of time/,
    );
    const collective = cdht(['compile', 'gia-dinh-hoc-tap', '--out', out]);
    expect(collective.code).toBe(1);
    expect(collective.stderr).toContain('gia-dinh-hoc-tap@');
    expect(collective.stderr).toContain('không biên dịch trước được bộ tiêu chí tập thể');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with the usage line without a framework, and 1 naming an unknown one', () => {
    const none = cdht(['compile', '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: cdht compile <framework>');
    const unknown = cdht(['compile', 'no-such-framework', '--lang', 'en', '--out', join(dir, 'x.mjs')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no-such-framework');
    expect(existsSync(join(dir, 'x.mjs'))).toBe(false);
  });

  it('fails with exit 1 naming the output when it cannot be written, leaving no partial file', () => {
    const r = cdht(['compile', 'cdht-resident', '--out', join(dir, 'missing-folder', 'scorer.mjs'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('scorer.mjs');
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
    const help = cdht(['compile', '--help', '--lang', 'en']);
    expect(help.stdout).toContain('--runtime <module>');
    expect(cdht(['--help']).stdout).toMatch(/compile\s+biên dịch trước/);
  });
});
