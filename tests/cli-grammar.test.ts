// One CLI grammar (issue 14, item 5): argument mistakes in the chosen language, numbers as people
// read them (vi 1.200; en 1,200), progress with rate and time left, and `cdht demo` from the
// files an installed package has.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgsMessage } from '../src/cli/args.js';
import { createProgress } from '../src/cli/progress.js';
import { cdht, ROOT, requireBuild, scores } from './fixtures/cli/run.js';

beforeAll(requireBuild);

describe('argument mistakes are explained in the chosen language', () => {
  it('an unknown option names the nearest known one', () => {
    const vi = cdht(['evaluate', 'x.ndjson', '--ouy', 'kq.ndjson']);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('không có tùy chọn --ouy (có phải --out?)');
    expect(vi.stderr).not.toMatch(/Unknown option|positional argument/);
    const en = cdht(['evaluate', 'x.ndjson', '--ouy', 'kq.ndjson', '--lang', 'en']);
    expect(en.stderr).toContain('unknown option --ouy (did you mean --out?)');
  });

  it('a missing value, a value given to a switch, an argument a command does not take', () => {
    expect(cdht(['report', 'a.ndjson', '--plan']).stderr).toContain('tùy chọn --plan cần một giá trị');
    expect(cdht(['evaluate', 'a.ndjson', '--strict=yes', '--lang', 'en']).stderr).toContain(
      'option --strict takes no value',
    );
    expect(cdht(['demo', 'extra']).stderr).toContain('lệnh này không nhận tham số “extra”');
  });

  it('falls back to the parser’s words for an error it does not know', () => {
    expect(parseArgsMessage(new Error('something else'), []).en).toBe('invalid arguments: something else');
    // No suggestion when nothing is close.
    const far = Object.assign(new Error("Unknown option '--zzzzzz'"), { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' });
    expect(parseArgsMessage(far, ['out', 'format']).en).toBe('unknown option --zzzzzz; see --help');
  });
});

describe('--no-bundled on the commands that read criteria', () => {
  const child = 'examples/district-framework/cdht-huyen-kon-ray';

  it('validate: a district framework extends a bundled one; without the bundled criteria its parent is missing', () => {
    expect(cdht(['validate', child, '--lang', 'en']).code).toBe(0);
    const alone = cdht(['validate', child, '--no-bundled', '--lang', 'en']);
    expect(alone.code).toBe(1);
    expect(alone.stdout + alone.stderr).toMatch(/missing_parent/);
  });

  it('test: the same case files need the parent too', () => {
    const cases = `${child}`;
    expect(cdht(['test', cases, '--lang', 'en']).code).toBe(0);
    expect(cdht(['test', cases, '--no-bundled', '--lang', 'en']).code).toBe(1);
  });

  // Each command: without the bundled criteria the district's parent is missing; naming the parent
  // with --criteria brings it back, and nothing else is loaded.
  const dir = mkdtempSync(join(tmpdir(), 'cdht-nobundled-'));
  const commands: Record<string, string[]> = {
    docs: ['docs', child, '--out', join(dir, 'site')],
    lint: ['lint', child],
    diff: ['diff', 'cdht-huyen-kon-ray@1.0.0', 'cdht-huyen-kon-ray@1.1.0', '--criteria', child],
    schema: ['schema', 'cdht-huyen-kon-ray', '--criteria', child],
    template: ['template', 'cdht-huyen-kon-ray', '--criteria', child, '--format', 'csv', '--out', join(dir, 't.csv')],
  };
  for (const [name, args] of Object.entries(commands)) {
    it(`${name}: --no-bundled leaves the parent out; --criteria cdht-household puts it back`, () => {
      const alone = cdht([...args, '--no-bundled', '--lang', 'en']);
      expect(alone.code).toBe(1);
      expect(alone.stderr + alone.stdout).toContain('parent framework cdht-household@^2.0.0 is not loaded');
      const withParent = cdht([...args, '--no-bundled', '--criteria', 'cdht-household', '--lang', 'en']);
      expect(withParent.stderr + withParent.stdout).not.toContain('missing_parent');
      // lint still finds the district's deliberate scale change (exit 1); the others succeed.
      expect(withParent.code).toBe(name === 'lint' ? 1 : 0);
      if (name === 'lint') expect(withParent.stdout).toContain('scale_changed');
      expect(cdht([...args, '--lang', 'en']).code).toBe(name === 'lint' ? 1 : 0);
    });
  }

  it('--help of each lists --criteria and --no-bundled', () => {
    for (const name of ['validate', 'lint', 'evaluate', 'docs', 'diff', 'init', 'schema', 'template', 'test']) {
      const help = cdht([name, '--help', '--lang', 'en']).stdout;
      expect(help, name).toContain('--criteria');
      expect(help, name).toContain('--no-bundled');
    }
  });

  it('diff of two files: the newer may extend the older one it is compared with', () => {
    const r = cdht(['diff', `${child}/1.0.0.json`, `${child}/1.1.0.json`, '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('minimum total changed from 88 to 90');
    // The same file on both sides is loaded once per side, not twice in one engine.
    expect(cdht(['diff', `${child}/1.0.0.json`, `${child}/1.0.0.json`, '--lang', 'en']).stdout).toContain('no changes');
  });
});

describe('numbers as people read them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cdht-grammar-'));
  const file = join(dir, 'in.ndjson');
  // 1,200 rows: 1,199 with every score 8 (80 points, awarded) and one with a score of 12 (rejected).
  const rows = Array.from({ length: 1200 }, (_, i) =>
    JSON.stringify(scores(`p${i}`, i === 0 ? [12, 8, 8, 8, 8, 8, 8, 8, 8, 8] : Array(10).fill(8))),
  );
  writeFileSync(file, `${rows.join('\n')}\n`);

  it('evaluate’s summary: 1.200 in Vietnamese, 1,200 in English', () => {
    const vi = cdht(['evaluate', file, '--framework', 'cdht', '--out', join(dir, 'vi.ndjson')]);
    expect(vi.stderr).toContain(
      'Đã đọc 1.200 dòng: 1.199 đã đánh giá, 1 bị từ chối; danh hiệu cdht: 1.199 đạt, 0 không đạt, 0 chưa xác định',
    );
    const en = cdht(['evaluate', file, '--framework', 'cdht', '--out', join(dir, 'en.ndjson'), '--lang', 'en']);
    expect(en.stderr).toContain('Read 1,200 rows: 1,199 evaluated, 1 rejected; title cdht: 1,199 awarded');
  });
});

describe('one default date: the end of the assessment period', () => {
  it('report without --as-of is dated the latest period end of the evaluations it reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cdht-asof-'));
    const input = join(dir, 'in.ndjson');
    writeFileSync(input, `${JSON.stringify(scores('a', Array(10).fill(8), { framework: 'cdht-resident' }))}\n`);
    const out = join(dir, 'kq.ndjson');
    expect(cdht(['evaluate', input, '--out', out]).code).toBe(0);
    const r = cdht(['report', '--plan', 'qd-677-2022', out, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { asOf: string }).asOf).toBe('2025-12-31');
    const md = cdht(['report', '--plan', 'qd-677-2022', out]);
    expect(md.stdout).toContain('**Số liệu đến ngày:** 31/12/2025');
  });

  it('report --mapping asks for the date whose units it uses', () => {
    const r = cdht([
      'report',
      '--plan',
      'qd-677-2022',
      '--mapping',
      'kon-ray-2025-mapping',
      'x.ndjson',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--mapping needs --as-of');
  });
});

describe('progress on a terminal', () => {
  const tty = () => {
    const written: string[] = [];
    return { written, stream: { isTTY: true, columns: 120, write: (s: string) => written.push(s) } };
  };

  it('stays quiet for the first two seconds, then shows rows, rate and time left in the chosen language', () => {
    let t = 0;
    const { written, stream } = tty();
    const p = createProgress(stream as never, 1000, 'Đang đánh giá', () => t, 'vi');
    t = 1500;
    p.tick(1024, 100);
    expect(written).toEqual([]);
    // 4 s for a quarter of the bytes: 12 s left; 2,048 rows in 4 s = 512 rows a second.
    t = 4000;
    p.tick(2048, 250);
    expect(written.at(-1)).toContain('25% Đang đánh giá: 2.048 (512 dòng/giây, còn khoảng 0:12)');
    p.done();
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  it('in English, and with minutes', () => {
    let t = 0;
    const { written, stream } = tty();
    const p = createProgress(stream as never, 1000, 'Evaluating', () => t, 'en');
    t = 60_000;
    p.tick(12_800, 100);
    // 60 s for a tenth: 540 s (9:00) left.
    expect(written.at(-1)).toContain('Evaluating: 12,800 (213 rows/s, about 9:00 left)');
  });

  it('draws nothing in a pipe', () => {
    const written: string[] = [];
    const p = createProgress({ isTTY: false, write: (s: string) => written.push(s) } as never, 10, 'x', () => 1e6);
    p.tick(256, 5);
    p.done();
    expect(written).toEqual([]);
  });
});

describe('cdht demo from an installed package', () => {
  /** The files `npm pack` would publish, copied into a fresh folder with the dependencies linked. */
  const install = (): string => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]?.files ?? [];
    const dir = mkdtempSync(join(tmpdir(), 'cdht-installed-'));
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      cpSync(join(ROOT, f.path), join(dir, f.path));
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    mkdirSync(join(dir, 'work'));
    return dir;
  };

  it('runs on the published files, from any folder, with Vietnamese numbers', () => {
    const dir = install();
    const r = spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), 'demo'], {
      cwd: join(dir, 'work'),
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Đã đọc 4.000 dòng: 3.981 đã đánh giá, 19 bị từ chối');
    expect(r.stderr).toMatch(/Xong sau \d+(,\d)? giây\./);
    // sample_missing still names where it looked when the sample is gone.
    rmSync(join(dir, 'examples'), { recursive: true });
    const gone = spawnSync(process.execPath, [join(dir, 'dist', 'cli.js'), 'demo', '--lang', 'en'], {
      cwd: join(dir, 'work'),
      encoding: 'utf8',
    });
    expect(gone.status).toBe(1);
    expect(gone.stderr).toContain('sample_missing');
  }, 120_000);
});
