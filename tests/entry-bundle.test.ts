// The main entry runs in any runtime: bundled for the browser with no externals it reaches no Node
// built-in and no exceljs, and with every bundled framework it stays within the size budget.
import { readFileSync } from 'node:fs';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogues } from '../src/i18n/messages.js';
import { ROOT, requireBuild } from './fixtures/cli/run.js';

beforeAll(requireBuild);

/** `createEngine` plus every bundled framework, minified, in bytes (1 KB = 1,000 bytes). */
const BUDGET = 400_000;

/** Bundles a snippet importing the published package (`cdht` resolves to this repository's dist/). */
async function bundle(contents: string): Promise<{ bytes: number; inputs: string[]; text: string }> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    // No tsconfig: its `paths` would map `cdht` to src/ instead of the built package.
    tsconfigRaw: {},
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const meta: Metafile = result.metafile;
  const [output] = Object.values(meta.outputs);
  return {
    bytes: result.outputFiles[0]?.contents.length ?? 0,
    inputs: Object.keys(output?.inputs ?? {}),
    text: result.outputFiles[0]?.text ?? '',
  };
}

/** Inputs that have no place in a browser bundle. */
const nodeOnly = (inputs: readonly string[]): string[] =>
  inputs.filter((i) => /^node:|(^|\/)node_modules\/exceljs\//.test(i) || i.includes('/dist/node'));

describe('the cdht entry in a browser bundle', () => {
  it('bundles every export for the browser without a Node built-in or exceljs', async () => {
    // `export *` keeps every export of the entry, so nothing is tree-shaken away before the check.
    const { inputs } = await bundle("export * from 'cdht';");
    expect(inputs.some((i) => i.endsWith('dist/index.js'))).toBe(true);
    expect(nodeOnly(inputs)).toEqual([]);
  });

  it('bundles cdht/criteria for the browser as plain data', async () => {
    const { inputs } = await bundle("export * from 'cdht/criteria';");
    expect(nodeOnly(inputs)).toEqual([]);
    expect(inputs.filter((i) => i.includes('node_modules/'))).toEqual([]);
  });

  it('keeps createEngine plus every bundled framework within the budget, as the README says', async () => {
    const { bytes, inputs, text } = await bundle(
      "import { createEngine } from 'cdht'; import { frameworks } from 'cdht/criteria';" +
        'globalThis.cdht = { engine: createEngine(), frameworks };',
    );
    expect(nodeOnly(inputs)).toEqual([]);
    // What an engine never uses stays out: the built-in report formats (renderReport carries them)
    // and the messages of the tooling codes (readers, batches, plans, lint, command line).
    expect(text).not.toContain('<!DOCTYPE html>');
    // esbuild writes non-ASCII characters as escapes, so the English texts are the ones to look for.
    const en = catalogues.en.issues;
    expect(text).toContain(en.invalid_as_of({ got: 'x' }).slice(0, 30));
    expect(text).not.toContain(en.unknown_file_kind({}));
    expect(text).not.toContain(en.sample_missing({ path: 'x' }).slice(0, 'no sample data at'.length));
    // The control: a bundle of every export does carry them, so the search would find them.
    const all = await bundle("export * from 'cdht';");
    expect(all.text).toContain(en.unknown_file_kind({}));
    expect(all.text).toContain('<!DOCTYPE html>');
    expect(bytes).toBeLessThanOrEqual(BUDGET);
    // The README states the measured size in KB; it must not drift by more than 5 KB.
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const stated = /createEngine` plus every bundled framework[^.]*?(\d+) KB minified/.exec(readme)?.[1];
    expect(stated, 'README states the measured bundle size').toBeDefined();
    expect(Math.abs(Number(stated) - bytes / 1000)).toBeLessThanOrEqual(5);
  });
});
