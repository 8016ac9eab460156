/**
 * The shared helper of the hostile-input corpus: run the built CLI on files made for the case,
 * then check what every hostile run must show, whatever the input. Other corpus files
 * (frameworks, reports, CLI options) reuse it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { CLI, requireBuild } from '../fixtures/cli/run.js';

const GUARD = fileURLToPath(new URL('./guard.mjs', import.meta.url));

/** One run of the CLI on hostile files. */
export interface HostileRun {
  readonly dir: string;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Input files whose bytes changed during the run (must be none). */
  readonly changed: readonly string[];
  /** Whether Object.prototype and Array.prototype kept their own properties (undefined: the guard did not run). */
  readonly prototypesUnchanged: boolean | undefined;
  /** Text of a file the run wrote in its folder, or undefined. */
  file(name: string): string | undefined;
}

/**
 * Writes `files` to a fresh folder and runs `node dist/cli.js ...args` there (in English unless
 * `--lang` is given), with a preload that checks the prototypes at exit.
 *
 * @param files - file name → content
 * @param args - the CLI arguments; file names are relative to the folder
 */
export function runHostile(files: Readonly<Record<string, string | Buffer>>, args: readonly string[]): HostileRun {
  requireBuild();
  const dir = mkdtempSync(join(tmpdir(), 'cdht-hostile-'));
  const hashes = new Map<string, string>();
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), content);
    hashes.set(name, sha(join(dir, name)));
  }
  const guard = join(dir, '.guard.json');
  const lang = args.includes('--lang') ? [] : ['--lang', 'en'];
  const r = spawnSync(process.execPath, ['--import', GUARD, CLI, ...args, ...lang], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', CDHT_GUARD_FILE: guard },
  });
  const changed = [...hashes].filter(([name, hash]) => sha(join(dir, name)) !== hash).map(([name]) => name);
  const seen = existsSync(guard) ? (JSON.parse(readFileSync(guard, 'utf8')) as { unchanged: boolean }) : undefined;
  return {
    dir,
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    changed,
    prototypesUnchanged: seen?.unchanged,
    file: (name) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : undefined),
  };
}

function sha(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** What a hostile run must show. */
export interface HostileExpectation {
  /** The exit code. */
  readonly exit: number;
  /** Words that name the problem, found on stderr or in a rejects file of the folder. */
  readonly message: RegExp | string;
  /** Rows in the input, when the run reads rows: the summary must say so and evaluated + rejected = rows. */
  readonly rows?: number | undefined;
  /** Rows rejected, when known. */
  readonly rejected?: number | undefined;
}

/** The counts of the summary line ("Read 3 rows: 2 evaluated, 1 rejected"), if printed. */
export function summaryOf(stderr: string): { read: number; evaluated: number; rejected: number } | undefined {
  const m = /Read ([\d,]+) rows?: ([\d,]+) evaluated, ([\d,]+) rejected/.exec(stderr);
  const n = (text: string | undefined): number => Number((text ?? '').replaceAll(',', ''));
  return m ? { read: n(m[1]), evaluated: n(m[2]), rejected: n(m[3]) } : undefined;
}

/**
 * Checks a hostile run: the exit code; a message naming the problem; no stack trace and no
 * "unexpected error"; rows in = evaluated + rejected (and the output files hold as many lines);
 * every input file unchanged; Object.prototype and Array.prototype unchanged.
 */
export function expectHostile(run: HostileRun, expected: HostileExpectation): void {
  const rejects = readdirSync(run.dir)
    .filter((name) => name.includes('rejects'))
    .map((name) => run.file(name) ?? '')
    .join('\n');
  const said = `${run.stderr}\n${rejects}`;
  const context = `stderr:\n${run.stderr.slice(0, 2000)}`;
  expect(run.code, context).toBe(expected.exit);
  if (typeof expected.message === 'string') expect(said, context).toContain(expected.message);
  else expect(said, context).toMatch(expected.message);
  for (const text of [run.stderr, run.stdout]) {
    expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(text).not.toMatch(/unexpected error|lỗi không mong đợi/);
  }
  expect(run.changed).toEqual([]);
  expect(run.prototypesUnchanged).toBe(true);
  const summary = summaryOf(run.stderr);
  if (expected.rows !== undefined) {
    expect(summary, context).toBeDefined();
    expect(summary?.read).toBe(expected.rows);
    expect((summary?.evaluated ?? 0) + (summary?.rejected ?? 0)).toBe(expected.rows);
    const out = run.file('out.ndjson');
    if (out !== undefined) expect(lines(out)).toBe(summary?.evaluated);
    const rejected = run.file('rejects.ndjson');
    expect(rejected === undefined ? 0 : lines(rejected)).toBe(summary?.rejected);
  }
  if (expected.rejected !== undefined) expect(summary?.rejected).toBe(expected.rejected);
}

function lines(text: string): number {
  return text.split('\n').filter((l) => l.trim() !== '').length;
}
