/*
 * Outputs are atomic and checked (issue 11, item 1): an output that is an input or another output
 * is refused before anything is read (exit 2); results go to a temporary file beside the target,
 * renamed on success; a write or close error ends the run with exit 1 naming the file and the
 * cause; an interrupted run leaves nothing under the final name and says how far it got.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, FIELDS, requireBuild } from '../fixtures/cli/run.js';
import { expectHostile, runHostile } from './cli.js';

const record = (id: string) =>
  JSON.stringify({ id, period: '2025', data: Object.fromEntries(FIELDS.map((f) => [f, { self: 8 }])) });
const ndjson = (n: number) => `${Array.from({ length: n }, (_, i) => record(`p${i + 1}`)).join('\n')}\n`;
const evaluate = (...rest: string[]) => ['evaluate', '--framework', 'cdht', 'in.ndjson', ...rest];

beforeAll(() => requireBuild());

describe('outputs that would destroy an input or each other are refused (exit 2)', () => {
  it('--out equal to the evidence file: exit 2, the input untouched (it was emptied, exit 0)', () => {
    const run = runHostile({ 'in.ndjson': ndjson(40) }, evaluate('--out', 'in.ndjson'));
    expectHostile(run, { exit: 2, message: /--out in\.ndjson is also the evidence file/ });
    expect(run.file('in.ndjson')).toBe(ndjson(40));
  });

  it('--out equal to the evidence file through another spelling (./in.ndjson)', () => {
    const run = runHostile({ 'in.ndjson': ndjson(3) }, evaluate('--out', './in.ndjson'));
    expectHostile(run, { exit: 2, message: /is also the evidence file/ });
  });

  it('--out and --rejects the same file: exit 2 (the rejects overwrote the evaluations)', () => {
    const run = runHostile({ 'in.ndjson': ndjson(3) }, evaluate('--out', 'x.ndjson', '--rejects', 'x.ndjson'));
    expectHostile(run, { exit: 2, message: /--rejects x\.ndjson is also --out/ });
    expect(run.file('x.ndjson')).toBeUndefined();
  });

  it('report --out equal to one of its evaluation files: exit 2, the file untouched', () => {
    const first = runHostile({ 'in.ndjson': ndjson(3) }, evaluate('--out', 'e.ndjson'));
    expect(first.code).toBe(0);
    const evaluations = first.file('e.ndjson') as string;
    const run = runHostile({ 'e.ndjson': evaluations }, [
      'report',
      '--plan',
      'kon-ray-2022',
      'e.ndjson',
      '--out',
      'e.ndjson',
    ]);
    expectHostile(run, { exit: 2, message: /--out e\.ndjson is also an input/ });
    expect(run.file('e.ndjson')).toBe(evaluations);
  });
});

describe('write and close errors end the run with exit 1, naming the file and the cause', () => {
  it('--out in a folder that does not exist (it exited 0 claiming rows were evaluated)', () => {
    const run = runHostile({ 'in.ndjson': ndjson(3) }, evaluate('--out', 'nodir/x.ndjson'));
    expectHostile(run, { exit: 1, message: /cannot write nodir\/x\.ndjson: .*ENOENT/ });
    expect(run.stderr).not.toMatch(/Read 3 rows/);
  });

  it('--out a folder', () => {
    const run = runHostile({ 'in.ndjson': ndjson(3) }, evaluate('--out', '.'));
    expectHostile(run, { exit: 1, message: /cannot write \.: .*(folder|EISDIR)/ });
  });

  it('--out /dev/full: the disk-full error is reported, exit 1', () => {
    const run = runHostile({ 'in.ndjson': ndjson(2000) }, evaluate('--out', '/dev/full'));
    expectHostile(run, { exit: 1, message: /cannot write \/dev\/full: .*ENOSPC/ });
    expect(run.stderr).not.toMatch(/Read 2,?000 rows/);
  });

  it('results on a full stdout: exit 1 and a message, no ENOSPC stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdht-stdout-'));
    writeFileSync(join(dir, 'in.ndjson'), ndjson(2000));
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
      // stdout is /dev/full: the shell opens it for the CLI.
      const sh = spawn(
        'sh',
        ['-c', `"${process.execPath}" "${CLI}" ${evaluate('--lang', 'en').join(' ')} > /dev/full`],
        {
          cwd: dir,
          stdio: ['ignore', 'inherit', 'pipe'],
        },
      );
      let err = '';
      sh.stderr.on('data', (c: Buffer) => {
        err += c.toString();
      });
      sh.on('close', (c) => done({ code: c, stderr: err }));
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot write standard output: .*ENOSPC/);
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('--rejects in a folder that does not exist', () => {
    const bad = `${ndjson(2)}not json\n`;
    const run = runHostile({ 'in.ndjson': bad }, evaluate('--out', 'out.ndjson', '--rejects', 'nodir/r.ndjson'));
    expectHostile(run, { exit: 1, message: /cannot write nodir\/r\.ndjson: .*ENOENT/ });
    expect(run.file('out.ndjson')).toBeUndefined();
  });

  it('report --out in a folder that does not exist', () => {
    const first = runHostile({ 'in.ndjson': ndjson(3) }, evaluate('--out', 'e.ndjson'));
    const run = runHostile({ 'e.ndjson': first.file('e.ndjson') as string }, [
      'report',
      '--plan',
      'kon-ray-2022',
      'e.ndjson',
      '--out',
      'nodir/r.md',
    ]);
    expectHostile(run, { exit: 1, message: /cannot write nodir\/r\.md: .*ENOENT/ });
  });
});

describe('outputs appear whole or not at all', () => {
  it('a successful run leaves the output and no temporary file; an existing output is replaced', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdht-atomic-'));
    mkdirSync(join(dir, 'sub'));
    const run = runHostile({ 'in.ndjson': `${ndjson(5)}not json\n` }, [
      ...evaluate('--out', 'out.ndjson', '--rejects', 'rejects.ndjson'),
    ]);
    expectHostile(run, { exit: 0, message: /Read 6 rows: 5 evaluated, 1 rejected/, rows: 6, rejected: 1 });
    expect(readdirSync(run.dir).sort()).toEqual(['.guard.json', 'in.ndjson', 'out.ndjson', 'rejects.ndjson']);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} during evaluate --workers 2 leaves no file under the final name and says how far it got`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cdht-signal-'));
      writeFileSync(join(dir, 'in.ndjson'), `${ndjson(60_000)}not json\n`);
      const child = spawn(
        process.execPath,
        [CLI, ...evaluate('--workers', '2', '--out', 'w.ndjson', '--format', 'json', '--lang', 'en')],
        { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
      });
      // Wait until the run has written something (its temporary file exists and grows), then interrupt.
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const temp = readdirSync(dir).find((n) => n.startsWith('.w.ndjson.'));
        if (temp !== undefined && readFileSync(join(dir, temp)).length > 100_000) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      child.kill(signal);
      const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
      expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(existsSync(join(dir, 'w.ndjson'))).toBe(false);
      expect(existsSync(join(dir, 'w.rejects.ndjson'))).toBe(false);
      expect(readdirSync(dir)).toEqual(['in.ndjson']);
      expect(stderr).toMatch(
        /Interrupted after \d[\d,]* rows? \(\d[\d,]* evaluated, \d[\d,]* rejected\); nothing was written to w\.ndjson/,
      );
      expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    }, 120_000);
  }
});
